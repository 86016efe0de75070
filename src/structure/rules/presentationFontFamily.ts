import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { presentationStyle } from "../presentation";

/** Every paragraph in the profile's font family (Times New Roman). */
export const presentationFont = defineRule<Record<string, never>>({
  id: "presentation/font-family",
  category: "presentation",
  description: { vi: "Văn bản dùng phông chữ Times New Roman.", en: "The document uses the Times New Roman font." },
  severity: "warning",
  messages: {
    fontProfileRequires: {
      vi: "Phông chữ “{name}”; thể thức quy định {family}.",
      en: "Font “{name}”; the profile requires {family}.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const family = presentationStyle(ctx).fontFamily;
    const reports: Report[] = [];
    for (const p of ctx.snapshot.paragraphs) {
      const name = p.font?.name;
      if (!name || p.text.trim() === "" || name.toLowerCase() === family.toLowerCase()) continue;
      reports.push({
        paragraph: p.index,
        start: 0,
        end: p.text.length,
        messageId: "fontProfileRequires", data: { name, family },
      });
    }
    return reports;
  },
});
