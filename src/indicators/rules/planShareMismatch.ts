import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { IndicatorRecord } from "../types";
import { checkPlanPct, type ArithmeticCheck } from "../arithmetic";
import { parsePeriod, type Period } from "../periods";
import { findValue, type IndicatorStore } from "../store";
import { INDICATOR_DATA, INDICATORS } from "../analysis";

/** The plan period a share refers to: the whole year of the statement's period. */
export function planPeriodOf(period: Period): Period {
  return { kind: "year", year: period.year, startMonth: 1, endMonth: 12 };
}

/** `đạt 51,6% kế hoạch năm` recomputed from the plan in the prior-period data. */
export function planCheck(record: IndicatorRecord, data: IndicatorStore): { check: ArithmeticCheck; plan: number; file: string } | null {
  const figure = record.stated?.plan;
  const period = record.period ? parsePeriod(record.period) : null;
  if (record.value === null || record.planPct === null || !figure || !period || period.year === null) return null;
  const plan = findValue(data, { name: record.name, unit: record.unit, period: planPeriodOf(period), kind: "plan" });
  if (!plan) return null;
  const check = checkPlanPct(record.value, plan.value, record.planPct, figure.decimals);
  return check ? { check, plan: plan.value, file: plan.stored.source.file } : null;
}

export const planShareMismatch = defineRule({
  id: "indicator/plan-share-mismatch",
  category: "indicator",
  description: {
    vi: "Tỷ lệ đạt so với kế hoạch/dự toán phải khớp với số kế hoạch trong dữ liệu, làm tròn theo số chữ số thập phân đã ghi.",
    en: "The stated share of plan must match the plan in the data, rounded as written.",
  },
  severity: "warning",
  messages: {
    sharePlanStated: {
      vi: "Tỷ lệ đạt kế hoạch của \"{recordName}\" không khớp kế hoạch trong \"{resultFile}\": {checkComputation}.",
      en: "The share of plan stated for \"{recordName}\" does not match the plan in \"{resultFile}\": {checkComputation}.",
    },
  },
  check(ctx) {
    const data = ctx.resource(INDICATOR_DATA);
    if (!data) return [];
    const reports: Report[] = [];
    for (const record of ctx.get(INDICATORS)) {
      const result = planCheck(record, data);
      const figure = record.stated?.plan;
      if (!result || result.check.ok || !figure) continue;
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "sharePlanStated", data: { recordName: record.name, resultFile: result.file, checkComputation: result.check.computation },
      });
    }
    return reports;
  },
});
