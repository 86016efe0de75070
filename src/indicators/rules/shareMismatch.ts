import type { Rule, Report } from "../../lint/types";
import { checkSharePct } from "../arithmetic";
import { formatVietnameseNumber } from "../../text/numbers";

/** `40/43 vụ (93%)`: the percentage must be the fraction it follows. */
export const shareMismatch: Rule<Record<string, never>> = {
  meta: {
    id: "indicator/share-mismatch",
    category: "indicator",
    docs: {
      vi: "Tỷ lệ ghi trong ngoặc phải bằng phân số đứng trước, ví dụ 40/43 vụ (93%).",
      en: "A percentage in brackets must equal the fraction before it, e.g. 40/43 vụ (93%).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const record of ctx.indicators) {
      const figure = record.stated?.share;
      if (!record.share || record.share.pct === null || !figure) continue;
      const check = checkSharePct(record.share.numerator, record.share.denominator, record.share.pct, figure.decimals);
      if (!check || check.ok) continue;
      const expected = ctx.text[record.paragraph].original.slice(figure.start, figure.end);
      const corrected = formatVietnameseNumber(check.rounded, { decimals: check.decimals });
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        message: {
          vi: `Tỷ lệ của "${record.name}" không khớp phân số: ${check.computation}.`,
          en: `The share stated for "${record.name}" does not match its fraction: ${check.computation}.`,
        },
        suggestions: [
          { label: { vi: `Sửa thành ${corrected}`, en: `Change to ${corrected}` }, edits: [{ paragraph: record.paragraph, start: figure.start, end: figure.end, expected, text: corrected }] },
        ],
      });
    }
    return reports;
  },
};
