import { defineRule } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { bodyParagraphs, groupedByValue } from "../presentation";

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
      vi: "Đoạn văn chưa căn đều hai lề ({count} đoạn).",
      en: "The paragraph is not justified ({count} paragraph(s)).",
    },
  },
  check(ctx, options) {
    if (!hasFormatting(ctx.snapshot)) return [];
    // Short lines (a signature, a caption) may sit anywhere; only real paragraphs must be justified.
    // Length of the normalised text: decomposed accents must not make a short line long.
    const wrong = bodyParagraphs(ctx)
      .filter((p) => p.alignment !== undefined && p.alignment !== "Justified" && ctx.text[p.index].normalized.trim().length >= options.minLength)
      .map((p) => ({ paragraph: p.index, value: p.alignment as string }));
    return groupedByValue(ctx, wrong, "paragraphNotJustified", () => ({}));
  },
});
