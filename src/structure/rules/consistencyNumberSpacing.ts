import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { asOneFinding } from "../grouping";
import { SYMBOLS, UNIT_SPELLINGS } from "../units";
import { suggestionOf } from "../../lint/fixer";
import { scan, textParagraphs, type Hit } from "../scan";
import { FindingBudget, GROUPED_MESSAGE } from "../findingBudget";

/**
 * A figure glued to the next word: "174,2tỷ", "năm 2020của". Single letters (15h30) and unit
 * symbols ("25ha", consistency/unit-spacing) are left alone.
 * A figure is tried only from its first digit (not after "1." inside "1.2.3…") and read as one
 * character class, so a long run of digits and separators costs one linear attempt; figures
 * with doubled separators ("1..2") are dropped after matching.
 */
const GLUED = /(?<![\p{L}\p{N}])(?<!\d[.,])(\d(?:[\d.,]*\d)?)(\p{Ll}{2,})/gu;
const DOUBLED_SEPARATOR = /[.,]{2}/;
const UNITS = new Set(UNIT_SPELLINGS);

export const consistencyNumberSpacing = defineRule<Record<string, never>>({
  id: "consistency/number-spacing",
  category: "consistency",
  description: {
    vi: "Số viết liền với đơn vị hoặc chữ sau nó (174,2tỷ → 174,2 tỷ).",
    en: "A number is glued to its unit or the next word (174,2tỷ → 174,2 tỷ).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    unitGlued: { vi: "Số và đơn vị cần cách nhau: “{number} {word}”.", en: "Separate the number from its unit: “{number} {word}”." },
    wordGlued: { vi: "Số viết liền với chữ sau: “{number} {word}”.", en: "The number is glued to the next word: “{number} {word}”." },
    gluedMany: { vi: "Số viết liền với chữ sau: “{number} {word}”; {count} chỗ số viết liền chữ.", en: "The number is glued to the next word: “{number} {word}”; {count} numbers glued to the next word." },
    more: GROUPED_MESSAGE,
  },
  check(ctx) {
    const budget = new FindingBudget();
    const addSpace = (hit: Hit) => ctx.fix.insertBefore(hit.paragraph, ctx.text[hit.paragraph].toOriginal(hit.match.index + hit.match[1].length), " ");
    const hits = scan(
      ctx,
      GLUED,
      textParagraphs(ctx),
      // A unit symbol glued to its figure ("25ha") is a choice, weighed by consistency/unit-spacing.
      (hit) => !DOUBLED_SEPARATOR.test(hit.match[1]) && !SYMBOLS.has(hit.match[2]) && budget.take(hit.paragraph, hit.start, hit.end, () => [addSpace(hit)]),
    );
    const listed = hits.map((hit): Report<"unitGlued" | "wordGlued" | "gluedMany"> => {
      const [, number, word] = hit.match;
      const isUnit = UNITS.has(word);
      return {
        paragraph: hit.paragraph,
        start: hit.start,
        end: hit.end,
        messageId: isUnit ? "unitGlued" : "wordGlued",
        data: { number, word },
        suggestions: suggestionOf({ vi: "Thêm khoảng trắng", en: "Add a space" }, addSpace(hit)),
      };
    });
    return [...asOneFinding(ctx, listed, "gluedMany", { vi: "Thêm khoảng trắng ở mọi chỗ", en: "Add the space everywhere" }), ...budget.grouped()];
  },
});
