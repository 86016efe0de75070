import type { Report, Rule } from "../../lint/types";
import unitsData from "../../../data/structure/units.json";
import { insertBefore, suggestionOf } from "../context";
import { scan, textParagraphs } from "../scan";
import { asOneFinding } from "../grouping";

/** A figure glued to the next word: "174,2tỷ", "năm 2020của". Single letters (15h30) are left alone. */
const GLUED = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)*)(\p{Ll}{2,})/gu;
const UNITS = new Set(unitsData.units);

export const consistencyNumberSpacing: Rule<Record<string, never>> = {
  meta: {
    id: "consistency/number-spacing",
    category: "consistency",
    docs: {
      vi: "Số viết liền với đơn vị hoặc chữ sau nó (174,2tỷ → 174,2 tỷ).",
      en: "A number is glued to its unit or the next word (174,2tỷ → 174,2 tỷ).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
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
        message: isUnit
          ? { vi: `Số và đơn vị cần cách nhau: “${number} ${word}”.`, en: `Separate the number from its unit: “${number} ${word}”.` }
          : { vi: `Số viết liền với chữ sau: “${number} ${word}”.`, en: `The number is glued to the next word: “${number} ${word}”.` },
        suggestions: suggestionOf({ vi: "Thêm khoảng trắng", en: "Add a space" }, insertBefore(ctx, hit.paragraph, at, " ")),
      };
    });
    return asOneFinding(reports, (n) => ({ vi: `(${n} chỗ số viết liền chữ)`, en: `(${n} numbers glued to the next word)` }), { vi: "Thêm khoảng trắng ở mọi chỗ", en: "Add the space everywhere" });
  },
};
