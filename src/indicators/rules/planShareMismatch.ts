import { defineRule } from "../../lint/rule";
import { INDICATOR_DATA, INDICATORS } from "../analysis";
import type { Report } from "../../lint/rule";
import type { IndicatorRecord } from "../types";
import { checkPlanPct, type ArithmeticCheck } from "../arithmetic";
import { parsePeriod, type Period } from "../periods";
import { findConflict, findValue, type IndicatorStore } from "../store";
import { normalizeIndicatorName } from "../match";
import { convertUnit } from "../units";

const PLAN_NAME = /\b(?:ke hoach|du toan|chi tieu)\b/u;
/** How many statements back a plan stated in the report is looked for (the same or the previous sentence). */
const PLAN_WINDOW = 4;

/**
 * `Dự toán chi … là 22.143 tỷ đồng …, đã giải ngân 9.400 tỷ đồng, đạt 42,5% kế hoạch`, or
 * `đạt 9.037/17.454 tỷ đồng, đạt 51,8% kế hoạch`: the share against a plan the report itself
 * states just before (any of them may be the base; wrong only when none gives the share).
 */
export function statedPlanCheck(records: readonly IndicatorRecord[], index: number): { check: ArithmeticCheck; plan: IndicatorRecord | null } | null {
  const record = records[index];
  const figure = record.stated?.plan;
  if (record.value === null || record.planPct === null || !figure || record.target) return null;
  const candidates: { value: number; plan: IndicatorRecord | null }[] = [];
  if (record.share?.denominator != null) candidates.push({ value: record.share.denominator, plan: null });
  for (let k = index - 1; k >= 0 && index - k <= PLAN_WINDOW; k -= 1) {
    const before = records[k];
    if (before.paragraph !== record.paragraph || before.footnote !== record.footnote) break;
    if (before.value === null || before.planPct !== null || before.target || !PLAN_NAME.test(normalizeIndicatorName(before.name))) continue;
    const value = convertUnit(before.value, before.unit, record.unit);
    if (value !== null && value > 0) candidates.push({ value, plan: before });
  }
  let first: { check: ArithmeticCheck; plan: IndicatorRecord | null } | null = null;
  for (const candidate of candidates) {
    const check = checkPlanPct(record.value, candidate.value, record.planPct, figure.decimals);
    if (!check) continue;
    if (check.ok) return { check, plan: candidate.plan };
    first ??= { check, plan: candidate.plan };
  }
  return first;
}

/** The plan period a share refers to: the whole year of the statement's period. */
export function planPeriodOf(period: Period): Period {
  return { kind: "year", year: period.year, startMonth: 1, endMonth: 12 };
}

/**
 * `đạt 51,6% kế hoạch năm` recomputed from the plan in the prior-period data. When two sources
 * disagree on the plan (not yet resolved), the share is wrong only if neither plan gives it.
 */
export function planCheck(record: IndicatorRecord, data: IndicatorStore): { check: ArithmeticCheck; plan: number; file: string } | null {
  const figure = record.stated?.plan;
  const period = record.period ? parsePeriod(record.period) : null;
  if (record.value === null || record.planPct === null || !figure || !period || period.year === null) return null;
  const query = { name: record.name, unit: record.unit, period: planPeriodOf(period), kind: "plan" as const };
  const found = findValue(data, query);
  const conflict = found ? null : findConflict(data, query);
  const plans = found
    ? [{ value: found.value, file: found.stored.source.file }]
    : conflict
      ? [conflict.stored, conflict.incoming].map((v) => ({ value: convertUnit(v.value, v.unit, record.unit), file: v.source.file }))
      : [];
  let first: { check: ArithmeticCheck; plan: number; file: string } | null = null;
  for (const plan of plans) {
    const check = plan.value === null ? null : checkPlanPct(record.value, plan.value, record.planPct, figure.decimals);
    if (!check || plan.value === null) continue;
    if (check.ok) return { check, plan: plan.value, file: plan.file };
    first ??= { check, plan: plan.value, file: plans.map((p) => p.file).join(", ") };
  }
  return first;
}

export const planShareMismatch = defineRule({
  id: "indicator/plan-share-mismatch",
  category: "indicator",
  description: {
    vi: "Tỷ lệ đạt so với kế hoạch/dự toán phải khớp với số kế hoạch nêu trong báo cáo hoặc trong dữ liệu, làm tròn theo số chữ số thập phân đã ghi.",
    en: "The stated share of plan must match the plan stated in the report or in the data, rounded as written.",
  },
  severity: "warning",
  messages: {
    sharePlanInReport: {
      vi: "Tỷ lệ đạt kế hoạch của \"{recordName}\" không khớp kế hoạch nêu trong báo cáo: {checkComputation}.",
      en: "The share of plan stated for \"{recordName}\" does not match the plan the report states: {checkComputation}.",
    },
    sharePlanInData: {
      vi: "Tỷ lệ đạt kế hoạch của \"{recordName}\" không khớp kế hoạch trong \"{resultFile}\": {checkComputation}.",
      en: "The share of plan stated for \"{recordName}\" does not match the plan in \"{resultFile}\": {checkComputation}.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const indicators = ctx.get(INDICATORS);
    indicators.forEach((record, index) => {
      const result = statedPlanCheck(indicators, index);
      const figure = record.stated?.plan;
      if (!result || result.check.ok || !figure) return;
      const planFigure = result.plan?.stated?.value;
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "sharePlanInReport", data: { recordName: record.name, checkComputation: result.check.computation },
        related: result.plan && planFigure ? [{ paragraph: result.plan.paragraph, start: planFigure.start, end: planFigure.end, note: { vi: "Kế hoạch nêu ở đây", en: "The plan stated here" } }] : undefined,
      });
    });
    const data = ctx.resource(INDICATOR_DATA);
    if (!data) return reports;
    for (const record of indicators) {
      const result = planCheck(record, data);
      const figure = record.stated?.plan;
      if (!result || result.check.ok || !figure) continue;
      reports.push({
        paragraph: record.paragraph,
        start: figure.start,
        end: figure.end,
        messageId: "sharePlanInData", data: { recordName: record.name, resultFile: result.file, checkComputation: result.check.computation },
      });
    }
    return reports;
  },
});
