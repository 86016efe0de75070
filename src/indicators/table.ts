/**
 * The comparison table, Vietnamese statistical style (SPEC §7):
 * `TT | Chỉ tiêu | Đơn vị tính | Thực hiện cùng kỳ … | Thực hiện … | So sánh (%) | Kế hoạch năm | % KH`.
 * A plain model (text + alignment per cell, sources per value); Word insertion is the add-in's job.
 */
import type { IndicatorRecord } from "./types";
import type { Localized } from "../core/types";
import { percentOf } from "./arithmetic";
import { formatVietnameseNumber } from "../text/numbers";
import { formatPeriod, parsePeriod, samePeriodLastYear, type Period } from "./periods";
import { planPeriodOf } from "./rules/planShareMismatch";
import { findConflict, findValue, type IndicatorStore, type Provenance, type ValueConflict } from "./store";

export type CellAlign = "left" | "center" | "right";

export interface TableCell {
  text: string;
  align: CellAlign;
  /** No data for this cell (shown as `missing`, never as 0). */
  missing?: boolean;
  /** Why the cell is empty ("chưa có số liệu cùng kỳ 6 tháng đầu năm 2020"), for the preview and the table's notes. */
  reason?: Localized;
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
  /** Under the table: one note per row with an empty cell, saying why ("(1) Hàng 2: chưa có số liệu cùng kỳ …"). */
  notes: string[];
  /** Cells without a value: the pane warns before inserting a table that has any. */
  missingCells: number;
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

function conflictReason({ stored, incoming }: ValueConflict): Localized {
  const figure = (v: ValueConflict["stored"]) => `${formatVietnameseNumber(v.value, { maxDecimals: 3 })}${v.unit ? ` ${v.unit}` : ""} (${v.source.file})`;
  return {
    vi: `hai nguồn số liệu ${stored.period} khác nhau, chưa chọn: ${figure(stored)} và ${figure(incoming)}`,
    en: `two sources disagree on ${stored.period}, none chosen yet: ${figure(stored)} and ${figure(incoming)}`,
  };
}

export function buildComparisonTable(request: TableRequest): IndicatorTable {
  const period = typeof request.period === "string" ? parsePeriod(request.period) : request.period;
  if (!period || period.year === null) throw new Error(`period with a year expected, got "${String(request.period)}"`);
  const prior = samePeriodLastYear(period);
  const plan = planPeriodOf(period);
  const missingText = request.missing ?? "—";
  const missing = (reason: Localized): TableCell => ({ text: missingText, align: "center", missing: true, reason });
  const label = (p: Period) => formatPeriod(p);
  const why = {
    unit: { vi: "chưa rõ đơn vị tính", en: "no unit known" },
    prior: { vi: `chưa có số liệu cùng kỳ ${label(prior)}`, en: `no figure for the same period, ${label(prior)}` },
    current: { vi: `chưa có số liệu ${label(period)}`, en: `no figure for ${label(period)}` },
    plan: { vi: `chưa có kế hoạch ${label(plan)}`, en: `no plan for ${label(plan)}` },
    compare: { vi: "thiếu số liệu để so sánh", en: "a figure to compare is missing" },
    planShare: { vi: "chỉ tính % KH khi có kế hoạch trong hàng", en: "% of plan is computed only from a plan shown in the row" },
  } satisfies Record<string, Localized>;
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
    // A figure two sources disagree on stays out of the table until the user picks one.
    const disputed = (p: Period, kind: "actual" | "plan", reason: Localized): Localized => {
      const conflict = findConflict(request.store, { name: row.name, unit, period: p, kind });
      return conflict ? conflictReason(conflict) : reason;
    };

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

    const value = (v: { value: number; source: Provenance } | null, reason: Localized) =>
      v ? right(formatVietnameseNumber(v.value, { maxDecimals: 3 }), [v.source]) : missing(reason);
    const ratio = (a: number | undefined, b: number | undefined) => {
      const pct = a === undefined || b === undefined ? null : percentOf(a, b);
      return pct === null ? null : formatVietnameseNumber(pct, { decimals: 1 });
    };
    const compare = ratio(current?.value, previous?.value);
    // "% KH" only from the plan in column 4 of this row, never from a share the report states
    // against a plan the table does not show.
    const planShare = ratio(current?.value, planValue?.value);
    return [
      { text: String(index + 1), align: "center" },
      { text: row.name, align: "left" },
      unit === null ? missing(why.unit) : { text: unit, align: "center" },
      value(previous, previous ? why.prior : disputed(prior, "actual", why.prior)),
      value(current, current ? why.current : disputed(period, "actual", why.current)),
      compare === null ? missing(why.compare) : right(compare),
      value(planValue, planValue ? why.plan : disputed(plan, "plan", why.plan)),
      planShare === null ? missing(planValue ? why.current : why.planShare) : right(planShare),
    ];
  });

  // Notes under the table say why a row has empty cells (the first reason of each row's figures).
  const notes: string[] = [];
  let missingCells = 0;
  rows.forEach((row, index) => {
    const reasons = [...new Set(row.filter((c) => c.missing && c.reason).map((c) => c.reason!.vi))];
    missingCells += row.filter((c) => c.missing).length;
    if (reasons.length > 0) notes.push(`(${notes.length + 1}) Hàng ${index + 1} (${request.rows[index].name}): ${reasons.join("; ")}.`);
  });

  const titles = ["TT", "Chỉ tiêu", "Đơn vị tính", `Thực hiện cùng kỳ ${label(prior)}`, `Thực hiện ${label(period)}`, "So sánh (%)", `Kế hoạch ${label(plan)}`, "% KH"];
  const numbers = ["A", "B", "C", "1", "2", "3 = 2/1", "4", "5 = 2/4"];
  const header = (texts: string[]): TableCell[] => texts.map((text) => ({ text, align: "center" }));

  const list = (column: string) => [...(fileSources.get(column) ?? [])].filter((f) => f !== "").join(", ");
  const parts = [
    list("current") && `số liệu ${label(period)}: ${list("current")}`,
    list("prior") && `số liệu cùng kỳ ${label(prior)}: ${list("prior")}`,
    list("plan") && `kế hoạch ${label(plan)}: ${list("plan")}`,
  ].filter(Boolean);
  const sourceNote = `${parts.length > 0 ? `Nguồn số liệu: ${parts.join("; ")}. ` : ""}Ghi chú: "${missingText}" là chưa có số liệu; So sánh (%) = (2)/(1) × 100; % KH = (2)/(4) × 100.`;

  return {
    period: label(period),
    priorPeriod: label(prior),
    planPeriod: label(plan),
    headerRows: [header(titles), header(numbers)],
    rows,
    notes,
    missingCells,
    sourceNote,
  };
}
