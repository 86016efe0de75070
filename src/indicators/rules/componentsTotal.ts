import { defineRule } from "../../lint/rule";
import { INDICATORS } from "../analysis";
import type { Report } from "../../lint/rule";
import type { IndicatorRecord } from "../types";
import { formatVietnameseNumber } from "../../text/numbers";

const fmt = (n: number): string => formatVietnameseNumber(n, { maxDecimals: 3 });

/** The listed parts against their total: null when nothing is listed or the sum is within what rounding the parts allows. */
export function componentsCheck(record: IndicatorRecord): { sum: number; computation: string } | null {
  const parts = record.components;
  if (!parts || record.value === null) return null;
  const sum = parts.values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - record.value) <= parts.tolerance + 1e-9) return null;
  return { sum, computation: `${parts.texts.join(" + ")} = ${fmt(sum)} ≠ ${fmt(record.value)}` };
}

/** `70.067 triệu đồng, bao gồm … 59.233 …, … 11.017 …`: the parts listed after "bao gồm" must add up to the total. */
export const componentsTotal = defineRule<Record<string, never>>({
  id: "indicator/components-total",
  category: "indicator",
  description: {
    vi: "Các thành phần liệt kê sau \"bao gồm\"/\"gồm\" phải cộng lại bằng tổng đã nêu (cho phép sai số do làm tròn từng số).",
    en: "The parts listed after \"bao gồm\"/\"gồm\" must add up to the stated total (within the rounding of each figure).",
  },
  severity: "warning",
  messages: {
    partsSum: {
      vi: "Tổng các thành phần của \"{recordName}\" không bằng tổng đã nêu: {checkComputation} {recordUnit}.",
      en: "The parts of \"{recordName}\" do not add up to the stated total: {checkComputation} {recordUnit}.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const record of ctx.get(INDICATORS)) {
      const check = componentsCheck(record);
      const figure = record.stated?.value;
      if (!check || !figure || !record.components) continue;
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "partsSum", data: { recordName: record.name, checkComputation: check.computation, recordUnit: record.unit ?? "" },
        related: [{ paragraph: record.paragraph, start: record.components.start, end: record.components.end, note: { vi: "Các thành phần", en: "The parts" } }],
      });
    }
    return reports;
  },
});
