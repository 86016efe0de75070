import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import unitsData from "../../../data/structure/units.json";
import { suggestionOf } from "../../lint/fixer";
import { scan, textParagraphs } from "../scan";
import { asOneFinding } from "../grouping";

/** A figure glued to the next word: "174,2tỷ", "năm 2020của". Single letters (15h30) are left alone. */
const GLUED = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)*)(\p{Ll}{2,})/gu;
const UNITS = new Set(unitsData.units);

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
  },
  check(ctx) {
    const reports = scan(ctx, GLUED, textParagraphs(ctx)).map((hit): Report => {
      const [, number, word] = hit.match;
      const at = ctx.text[hit.paragraph].toOriginal(hit.match.index + number.length);
      const isUnit = UNITS.has(word);
      return {
        paragraph: hit.paragraph,
        start: hit.start,
        end: hit.end,
        messageId: isUnit ? "unitGlued" : "wordGlued",
        data: { number, word },
        suggestions: suggestionOf({ vi: "Thêm khoảng trắng", en: "Add a space" }, ctx.fix.insertBefore(hit.paragraph, at, " ")),
      };
    });
    return asOneFinding(ctx, reports, "gluedMany", { vi: "Thêm khoảng trắng ở mọi chỗ", en: "Add the space everywhere" });
  },
});
