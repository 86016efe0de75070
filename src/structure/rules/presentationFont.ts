import type { Rule } from "../../lint/types";
import { hasFormatting } from "../../document/snapshot";
import { fontFamilyOf, groupedByValue, presentationStyle } from "../presentation";

/** Every paragraph in the profile's font family (Times New Roman). */
export const presentationFont: Rule<Record<string, never>> = {
  meta: {
    id: "presentation/font-family",
    category: "presentation",
    docs: { vi: "Văn bản dùng phông chữ Times New Roman.", en: "The document uses the Times New Roman font." },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const family = presentationStyle(ctx).fontFamily;
    const wanted = fontFamilyOf(family);
    const wrong = ctx.snapshot.paragraphs
      .filter((p) => p.font?.name && p.text.trim() !== "" && fontFamilyOf(p.font.name) !== wanted)
      .map((p) => ({ paragraph: p.index, value: p.font?.name as string }));
    return groupedByValue(ctx, wrong, (name, count) => ({
      vi: `Phông chữ “${name}”${count > 1 ? ` (${count} đoạn)` : ""}; thể thức quy định ${family}.`,
      en: `Font “${name}”${count > 1 ? ` (${count} paragraphs)` : ""}; the profile requires ${family}.`,
    }));
  },
};
