import type { Rule, Report } from "../../lint/types";
import type { IndicatorRecord } from "../../engine/types";
import { checkPlanPct, type ArithmeticCheck } from "../arithmetic";
import { parsePeriod, type Period } from "../periods";
import { findValue, type IndicatorStore } from "../store";

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

export interface PlanShareOptions {
  /** Prior-period data holding the plans (the CLI's --data file, the add-in's store); none: nothing to check. */
  data?: IndicatorStore | null;
}

export const planShareMismatch: Rule<PlanShareOptions> = {
  meta: {
    id: "indicator/plan-share-mismatch",
    category: "indicator",
    docs: {
      vi: "Tỷ lệ đạt so với kế hoạch/dự toán phải khớp với số kế hoạch trong dữ liệu, làm tròn theo số chữ số thập phân đã ghi.",
      en: "The stated share of plan must match the plan in the data, rounded as written.",
    },
    defaultSeverity: "warning",
    defaultOptions: { data: null },
  },
  check(ctx, options) {
    const data = options.data;
    if (!data) return [];
    const reports: Report[] = [];
    for (const record of ctx.indicators) {
      const result = planCheck(record, data);
      const figure = record.stated?.plan;
      if (!result || result.check.ok || !figure) continue;
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        message: {
          vi: `Tỷ lệ đạt kế hoạch của "${record.name}" không khớp kế hoạch trong "${result.file}": ${result.check.computation}.`,
          en: `The share of plan stated for "${record.name}" does not match the plan in "${result.file}": ${result.check.computation}.`,
        },
      });
    }
    return reports;
  },
};
