import { defineRule } from "../../lint/rule";
import { INDICATORS } from "../analysis";
import type { Report } from "../../lint/rule";
import { checkSharePct } from "../arithmetic";
import { formatVietnameseNumber } from "../../text/numbers";

/** `40/43 vụ (93%)`: the percentage must be the fraction it follows. */
export const shareMismatch = defineRule<Record<string, never>>({
  id: "indicator/share-mismatch",
  category: "indicator",
  description: {
    vi: "Tỷ lệ ghi trong ngoặc phải bằng phân số đứng trước, ví dụ 40/43 vụ (93%).",
    en: "A percentage in brackets must equal the fraction before it, e.g. 40/43 vụ (93%).",
  },
  severity: "warning",
  fix: "suggest",
  messages: {
    shareStatedDoes: {
      vi: "Tỷ lệ của \"{recordName}\" không khớp phân số: {checkComputation}.",
      en: "The share stated for \"{recordName}\" does not match its fraction: {checkComputation}.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const record of ctx.get(INDICATORS)) {
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
        messageId: "shareStatedDoes", data: { recordName: record.name, checkComputation: check.computation },
        suggestions: [
          { label: { vi: `Sửa thành ${corrected}`, en: `Change to ${corrected}` }, edits: [{ paragraph: record.paragraph, start: figure.start, end: figure.end, expected, text: corrected }] },
        ],
      });
    }
    return reports;
  },
});
