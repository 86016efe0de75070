import type { Rule } from "../../lint/types";
import { hasFormatting } from "../../document/snapshot";
import { bodyParagraphs, groupedByValue } from "../presentation";

/** Body paragraphs justified on both sides. */
export const presentationAlignment: Rule<{ minLength: number }> = {
  meta: {
    id: "presentation/alignment",
    category: "presentation",
    docs: { vi: "Đoạn văn phần nội dung căn đều hai lề.", en: "Body paragraphs are justified." },
    defaultSeverity: "warning",
    defaultOptions: { minLength: 80 },
  },
  check(ctx, options) {
    if (!hasFormatting(ctx.snapshot)) return [];
    // Short lines (a signature, a caption) may sit anywhere; only real paragraphs must be justified.
    // Length of the normalised text: decomposed accents must not make a short line long.
    const wrong = bodyParagraphs(ctx)
      .filter((p) => p.alignment !== undefined && p.alignment !== "Justified" && ctx.text[p.index].normalized.trim().length >= options.minLength)
      .map((p) => ({ paragraph: p.index, value: p.alignment as string }));
    return groupedByValue(ctx, wrong, (_alignment, count) => ({
      vi: `Đoạn văn chưa căn đều hai lề${count > 1 ? ` (${count} đoạn)` : ""}.`,
      en: `The paragraph is not justified${count > 1 ? ` (${count} paragraphs)` : ""}.`,
    }));
  },
};
