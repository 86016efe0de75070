import { defineRule } from "../../lint/rule";
import { INDICATORS } from "../analysis";
import type { Report } from "../../lint/rule";
import type { IndicatorRecord } from "../types";
import { checkSharePct, roundingRule, type ArithmeticCheck } from "../arithmetic";
import { formatVietnameseNumber } from "../../text/numbers";

/**
 * A stated share against its fraction: the written denominator (`40/43 vụ (93%)`,
 * `3.065 … trên tổng số 3.416 hồ sơ, đạt 89,7%`), or, for a count with `(chiếm p%)`, the
 * totals stated just before — any of them may be the base, so the share is wrong only when
 * none gives it. Null when there is nothing to check.
 */
export function shareCheck(record: IndicatorRecord): ArithmeticCheck | null {
  const share = record.share;
  const figure = record.stated?.share;
  if (!share || share.pct === null || !figure) return null;
  const bases = share.denominator !== null ? [share.denominator] : (share.totals ?? []);
  let first: ArithmeticCheck | null = null;
  for (const base of bases) {
    const check = checkSharePct(share.numerator, base, share.pct, figure.decimals);
    if (check?.ok) return check;
    first ??= check;
  }
  return first;
}

/** `40/43 vụ (93%)`: the percentage must be the fraction it states, rounded as written. */
export const shareMismatch = defineRule<Record<string, never>>({
  id: "indicator/share-mismatch",
  category: "indicator",
  description: {
    vi: "Tỷ lệ ghi kèm một phân số hoặc một số đếm phải bằng phân số đó (hoặc số đếm trên tổng số nêu ngay trước), làm tròn theo số chữ số thập phân đã ghi, ví dụ 40/43 vụ (93%).",
    en: "A percentage stated with a fraction (or with a count whose total is stated just before) must equal it, rounded as written, e.g. 40/43 vụ (93%).",
  },
  severity: "warning",
  messages: {
    shareStatedDoes: {
      vi: "Tỷ lệ của \"{recordName}\" không khớp phân số: {checkComputation}, {ruleVi}{hintVi}.",
      en: "The share stated for \"{recordName}\" does not match its fraction: {checkComputation}, {ruleEn}{hintEn}.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const record of ctx.get(INDICATORS)) {
      const figure = record.stated?.share;
      const check = shareCheck(record);
      if (!check || check.ok || !figure) continue;
      const expected = ctx.text[record.paragraph].original.slice(figure.start, figure.end);
      const corrected = formatVietnameseNumber(check.rounded, { decimals: check.decimals });
      const rule = roundingRule(check.decimals);
      const hint = check.hint ? { vi: ` (${check.hint.vi})`, en: ` (${check.hint.en})` } : { vi: "", en: "" };
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "shareStatedDoes", data: { recordName: record.name, checkComputation: check.computation, ruleVi: rule.vi, hintVi: hint.vi, ruleEn: rule.en, hintEn: hint.en },
        suggestions: [
          { label: { vi: `Sửa thành ${corrected}`, en: `Change to ${corrected}` }, edits: [{ paragraph: record.paragraph, start: figure.start, end: figure.end, expected, text: corrected }] },
        ],
      });
    }
    return reports;
  },
});
