import type { IndicatorRecord } from "../../src/engine/types";
import { findValue, type IndicatorStore } from "../../src/indicators/store";
import { formatPeriod, parsePeriod, samePeriodLastYear } from "../../src/indicators/periods";
import { formatVietnameseNumber, roundHalfUp } from "../../src/text/numbers";
import type { TableRequest } from "../word/gateway";
import type { Translate } from "./i18n";

export interface IndicatorRow {
  record: IndicatorRecord;
  /** Same period one year earlier, from the store or else from the report's own footnote. */
  prior: { value: number; source: string } | null;
  /** Computed change in percent when both values are known. */
  change: number | null;
}

/** Pairs each extracted indicator with its prior-period value. */
export function matchPriorValues(records: readonly IndicatorRecord[], store: IndicatorStore, footnoteLabel: string): IndicatorRow[] {
  return records.map((record) => {
    const period = record.period ? parsePeriod(record.period) : null;
    const found = period?.year ? findValue(store, { name: record.name, unit: record.unit, period: samePeriodLastYear(period), kind: "actual" }) : null;
    const prior = found
      ? { value: found.value, source: found.stored.source.file }
      : record.priorValue !== null
        ? { value: record.priorValue, source: footnoteLabel }
        : null;
    const change = prior && record.value !== null && prior.value !== 0 ? (record.value / prior.value - 1) * 100 : null;
    return { record, prior, change };
  });
}

/** The comparison table, Vietnamese statistical layout; a missing value is written as missing, never as zero. */
export function comparisonTable(rows: readonly IndicatorRow[], t: Translate): TableRequest {
  const period = rows.map((r) => r.record.period).find(Boolean) ?? "";
  const parsed = period ? parsePeriod(period) : null;
  const priorPeriod = parsed?.year ? formatPeriod(samePeriodLastYear(parsed)) : "";
  const number = (v: number | null, decimals?: number) =>
    v === null ? t("missing") : formatVietnameseNumber(decimals === undefined ? v : roundHalfUp(v, decimals), { maxDecimals: decimals ?? 3 });
  const sources = [...new Set(rows.flatMap((r) => (r.prior ? [r.prior.source] : [])))];
  return {
    title: t("indicatorTableTitle"),
    header: [t("colNo"), t("colIndicator"), t("colUnit"), `${t("colPrior")} ${priorPeriod}`.trim(), `${t("colCurrent")} ${period}`.trim(), t("colCompare"), t("colPlan")],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.record.name,
      r.record.unit ?? "",
      number(r.prior?.value ?? null),
      number(r.record.value),
      number(r.change === null ? null : r.change + 100, 1),
      number(r.record.planPct, 1),
    ]),
    numericColumns: [0, 3, 4, 5, 6],
    note: sources.length ? t("sourceNote", { sources: sources.join("; ") }) : undefined,
    spec: { indicators: rows.map((r) => ({ name: r.record.name, period: r.record.period, unit: r.record.unit })) },
  };
}
