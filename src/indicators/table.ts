/**
 * The comparison table, Vietnamese statistical style (SPEC §7):
 * `TT | Chỉ tiêu | Đơn vị tính | Thực hiện cùng kỳ … | Thực hiện … | So sánh (%) | Kế hoạch năm | % KH`.
 * A plain model (text + alignment per cell, sources per value); Word insertion is the add-in's job.
 */
import type { IndicatorRecord } from "./types";
import { formatVietnameseNumber } from "../text/numbers";
import { formatPeriod, parsePeriod, samePeriodLastYear, type Period } from "./periods";
import { planPeriodOf } from "./rules/planShareMismatch";
import { findValue, type IndicatorStore, type Provenance } from "./store";

export type CellAlign = "left" | "center" | "right";

export interface TableCell {
  text: string;
  align: CellAlign;
  /** No data for this cell (shown as `missing`, never as 0). */
  missing?: boolean;
  /** Where the value came from (for "Show sources"). */
  sources?: Provenance[];
}

export interface IndicatorTable {
  period: string;
  priorPeriod: string;
  planPeriod: string;
  /** Column titles, then the column-number row (A, B, C, 1, 2, 3 = 2/1 …); repeat them on every page. */
  headerRows: TableCell[][];
  rows: TableCell[][];
  sourceNote: string;
}

/** One row to build: an indicator of the current report, or just a name to look up in the store. */
export interface TableRowRequest {
  name: string;
  unit?: string | null;
  /** The statement in the current report (its value, stated plan share and footnoted prior are used). */
  record?: IndicatorRecord;
}

export interface TableRequest {
  period: string | Period;
  rows: readonly TableRowRequest[];
  store: IndicatorStore;
  /** File name of the current report, for the source note. */
  currentFile?: string;
  /** How a missing value is shown (default "—"). */
  missing?: string;
}

const right = (text: string, sources?: Provenance[]): TableCell => ({ text, align: "right", ...(sources ? { sources } : {}) });

export function buildComparisonTable(request: TableRequest): IndicatorTable {
  const period = typeof request.period === "string" ? parsePeriod(request.period) : request.period;
  if (!period || period.year === null) throw new Error(`period with a year expected, got "${String(request.period)}"`);
  const prior = samePeriodLastYear(period);
  const plan = planPeriodOf(period);
  const missingText = request.missing ?? "—";
  const missing = (): TableCell => ({ text: missingText, align: "center", missing: true });
  const fileSources = new Map<string, Set<string>>();
  const note = (column: string, source: Provenance) => {
    const set = fileSources.get(column) ?? new Set<string>();
    set.add(source.file);
    fileSources.set(column, set);
  };

  const rows = request.rows.map((row, index): TableCell[] => {
    const record = row.record;
    const unit = row.unit ?? record?.unit ?? null;
    const query = (p: Period, kind: "actual" | "plan") => findValue(request.store, { name: row.name, unit, period: p, kind });

    let current: { value: number; source: Provenance } | null = null;
    if (record && record.value !== null && record.period === formatPeriod(period)) {
      current = { value: record.value, source: { file: request.currentFile ?? "", paragraph: record.paragraph, footnote: record.footnote ?? null, text: record.text } };
    } else {
      const found = query(period, "actual");
      if (found) current = { value: found.value, source: found.stored.source };
    }
    let previous: { value: number; source: Provenance } | null = null;
    if (record && record.priorValue !== null && record.priorPeriod === formatPeriod(prior)) {
      const src = record.priorSource;
      previous = { value: record.priorValue, source: { file: request.currentFile ?? "", paragraph: src?.paragraph, footnote: src?.footnote ?? null, text: src?.text ?? record.text } };
    } else {
      const found = query(prior, "actual");
      if (found) previous = { value: found.value, source: found.stored.source };
    }
    const planFound = query(plan, "plan");
    const planValue = planFound ? { value: planFound.value, source: planFound.stored.source } : null;

    if (current) note("current", current.source);
    if (previous) note("prior", previous.source);
    if (planValue) note("plan", planValue.source);

    const value = (v: { value: number; source: Provenance } | null) => (v ? right(formatVietnameseNumber(v.value, { maxDecimals: 3 }), [v.source]) : missing());
    const ratio = (a: number | undefined, b: number | undefined) =>
      a === undefined || b === undefined || b === 0 ? null : formatVietnameseNumber((a / b) * 100, { decimals: 1 });
    const compare = ratio(current?.value, previous?.value);
    let planShare = ratio(current?.value, planValue?.value);
    let planShareSources: Provenance[] | undefined;
    if (planShare === null && record && record.planPct !== null && current && record.period === formatPeriod(period)) {
      // The report states the share but the plan itself is not in the data: show the share as written.
      planShare = formatVietnameseNumber(record.planPct, { decimals: record.stated?.plan?.decimals ?? 1 });
      planShareSources = [current.source];
    }
    return [
      { text: String(index + 1), align: "center" },
      { text: row.name, align: "left" },
      unit === null ? missing() : { text: unit, align: "center" },
      value(previous),
      value(current),
      compare === null ? missing() : right(compare),
      value(planValue),
      planShare === null ? missing() : right(planShare, planShareSources),
    ];
  });

  const label = (p: Period) => formatPeriod(p);
  const titles = ["TT", "Chỉ tiêu", "Đơn vị tính", `Thực hiện cùng kỳ ${label(prior)}`, `Thực hiện ${label(period)}`, "So sánh (%)", `Kế hoạch ${label(plan)}`, "% KH"];
  const numbers = ["A", "B", "C", "1", "2", "3 = 2/1", "4", "5 = 2/4"];
  const header = (texts: string[]): TableCell[] => texts.map((text) => ({ text, align: "center" }));

  const list = (column: string) => [...(fileSources.get(column) ?? [])].filter((f) => f !== "").join(", ");
  const parts = [
    list("current") && `số liệu ${label(period)}: ${list("current")}`,
    list("prior") && `số liệu cùng kỳ ${label(prior)}: ${list("prior")}`,
    list("plan") && `kế hoạch ${label(plan)}: ${list("plan")}`,
  ].filter(Boolean);
  const sourceNote = `${parts.length > 0 ? `Nguồn: ${parts.join("; ")}. ` : ""}Ghi chú: "${missingText}" là chưa có số liệu; So sánh (%) = (2)/(1) × 100; % KH = (2)/(4) × 100.`;

  return {
    period: label(period),
    priorPeriod: label(prior),
    planPeriod: label(plan),
    headerRows: [header(titles), header(numbers)],
    rows,
    sourceNote,
  };
}
