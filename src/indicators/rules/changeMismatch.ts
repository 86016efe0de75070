import { defineRule } from "../../lint/rule";
import { INDICATORS } from "../analysis";
import type { Report } from "../../lint/rule";
import { checkChangeAmount, checkChangePct, type ArithmeticCheck } from "../arithmetic";
import type { IndicatorRecord } from "../types";
import { formatVietnameseNumber } from "../../text/numbers";

/** Stated change vs the same period, recomputed from the current and prior figures (`tăng 12,4% so với cùng kỳ`). */
export function changeCheck(record: IndicatorRecord): ArithmeticCheck | null {
  const figure = record.stated?.change;
  if (record.value === null || record.priorValue === null || !figure) return null;
  if (record.changePct !== null) return checkChangePct(record.value, record.priorValue, record.changePct, figure.decimals);
  if (record.changeAmount !== null && record.changeAmount !== undefined) {
    return checkChangeAmount(record.value, record.priorValue, record.changeAmount, figure.decimals);
  }
  return null;
}

export const changeMismatch = defineRule<Record<string, never>>({
  id: "indicator/change-mismatch",
  category: "indicator",
  description: {
    vi: "Mức tăng/giảm so với cùng kỳ phải khớp với số liệu kỳ này và cùng kỳ, làm tròn theo số chữ số thập phân đã ghi.",
    en: "The stated change vs the same period must match the current and prior figures, rounded as written.",
  },
  severity: "warning",
  fix: "suggest",
  messages: {
    changeStatedDoes: {
      vi: "Mức tăng/giảm của \"{recordName}\" không khớp số liệu: {checkComputation}.",
      en: "The change stated for \"{recordName}\" does not match the figures: {checkComputation}.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const record of ctx.get(INDICATORS)) {
      const check = changeCheck(record);
      const figure = record.stated?.change;
      if (!check || check.ok || !figure) continue;
      const expected = ctx.text[record.paragraph].original.slice(figure.start, figure.end);
      const corrected = formatVietnameseNumber(Math.abs(check.rounded), { decimals: check.decimals });
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "changeStatedDoes", data: { recordName: record.name, checkComputation: check.computation },
        related: record.priorSource
          ? [{ ...pick(record.priorSource), note: { vi: "Số liệu cùng kỳ ở đây", en: "The prior-period figure is here" } }]
          : undefined,
        suggestions:
          Math.sign(check.rounded) === Math.sign(check.stated) || check.rounded === 0
            ? [{ label: { vi: `Sửa thành ${corrected}`, en: `Change to ${corrected}` }, edits: [{ paragraph: record.paragraph, start: figure.start, end: figure.end, expected, text: corrected }] }]
            : [],
      });
    }
    return reports;
  },
});

function pick(source: { paragraph: number; start: number; end: number }) {
  return { paragraph: source.paragraph, start: source.start, end: source.end };
}
