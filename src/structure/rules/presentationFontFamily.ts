import { defineRule } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { fontFamilyOf, groupedByValue, presentationStyle } from "../presentation";

/** Every paragraph in the profile's font family (Times New Roman; "Times New Roman Bold" is that family). */
export const presentationFont = defineRule<Record<string, never>>({
  id: "presentation/font-family",
  category: "presentation",
  description: { vi: "Văn bản dùng phông chữ Times New Roman.", en: "The document uses the Times New Roman font." },
  severity: "warning",
  messages: {
    fontProfileRequires: {
      vi: "Phông chữ “{name}” ({count} đoạn); thể thức quy định {family}.",
      en: "Font “{name}” ({count} paragraph(s)); the profile requires {family}.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const family = presentationStyle(ctx).fontFamily;
    const wanted = fontFamilyOf(family);
    const wrong = ctx.snapshot.paragraphs
      .filter((p) => p.font?.name && p.text.trim() !== "" && fontFamilyOf(p.font.name) !== wanted)
      .map((p) => ({ paragraph: p.index, value: p.font?.name as string }));
    return groupedByValue(ctx, wrong, "fontProfileRequires", (name) => ({ name, family }));
  },
});
