import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { bodyParagraphs } from "../presentation";

/** Body paragraphs justified on both sides. */
export const presentationAlignment = defineRule<{ minLength: number }>({
  id: "presentation/alignment",
  category: "presentation",
  description: { vi: "Đoạn văn phần nội dung căn đều hai lề.", en: "Body paragraphs are justified." },
  severity: "warning",
  options: {
    schema: { type: "object", properties: { minLength: { type: "integer", minimum: 0 } }, additionalProperties: false },
    defaults: { minLength: 80 },
  },
  messages: {
    paragraphNotJustified: {
      vi: "Đoạn văn chưa căn đều hai lề.",
      en: "The paragraph is not justified.",
    },
  },
  check(ctx, options) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const reports: Report[] = [];
    // Short lines (a signature, a caption) may sit anywhere; only real paragraphs must be justified.
    // Length of the normalised text: decomposed accents must not make a short line long.
    for (const p of bodyParagraphs(ctx)) {
      if (p.alignment === undefined || p.alignment === "Justified" || ctx.text[p.index].normalized.trim().length < options.minLength) continue;
      reports.push({
        paragraph: p.index,
        start: 0,
        end: p.text.length,
        messageId: "paragraphNotJustified",
      });
    }
    return reports;
  },
});
