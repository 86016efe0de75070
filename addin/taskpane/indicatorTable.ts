import type { IndicatorRecord } from "../../src/indicators/types";
import {
  buildComparisonTable,
  findValue,
  parsePeriod,
  percentChange,
  samePeriodLastYear,
  type IndicatorStore,
  type IndicatorTable,
  type Provenance,
  type TableCell,
} from "../../src/indicators/index";
import type { Snapshot } from "../../src/document/snapshot";
import type { CellAlignment, Place, TableRequest } from "../word/gateway";

export interface IndicatorRow {
  record: IndicatorRecord;
  /** Same period one year earlier, from the store or else from the report's own footnote. */
  prior: { value: number; source: string } | null;
  /** Computed change in percent when both values are known. */
  change: number | null;
}

/** Pairs each extracted indicator with its prior-period value, for the list the user ticks. */
export function matchPriorValues(records: readonly IndicatorRecord[], store: IndicatorStore, footnoteLabel: string): IndicatorRow[] {
  return records.map((record) => {
    const period = record.period ? parsePeriod(record.period) : null;
    const found = period?.year ? findValue(store, { name: record.name, unit: record.unit, period: samePeriodLastYear(period), kind: "actual" }) : null;
    const prior = found
      ? { value: found.value, source: found.stored.source.file }
      : record.priorValue !== null
        ? { value: record.priorValue, source: footnoteLabel }
        : null;
    const change = prior && record.value !== null ? percentChange(record.value, prior.value) : null;
    return { record, prior, change };
  });
}

/** What Refresh needs to rebuild a table: the period and the indicators, by name. */
export interface TableSpec {
  period: string;
  indicators: { name: string; unit: string | null }[];
}

/** The period most of the ticked indicators speak of (the table has one period). */
export function tablePeriod(records: readonly IndicatorRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const r of records) if (r.period && parsePeriod(r.period)?.year) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Builds the engine's comparison table for `spec`, taking values from the current report where it states them. */
export function buildTable(spec: TableSpec, records: readonly IndicatorRecord[], store: IndicatorStore, currentFile: string): IndicatorTable {
  return buildComparisonTable({
    period: spec.period,
    rows: spec.indicators.map((i) => ({ name: i.name, unit: i.unit, record: records.find((r) => r.name === i.name && r.period === spec.period) })),
    store,
    currentFile,
  });
}

const ALIGN: Record<TableCell["align"], CellAlignment> = { left: "Left", center: "Centered", right: "Right" };

export function toTableRequest(table: IndicatorTable, title: string, spec: TableSpec): TableRequest {
  return {
    title,
    headerRows: table.headerRows.map((row) => row.map((c) => c.text)),
    rows: table.rows.map((row) => row.map((c) => c.text)),
    align: table.rows.map((row) => row.map((c) => ALIGN[c.align])),
    // The reasons for empty cells go into the inserted table too, above the sources.
    note: [...table.notes, table.sourceNote].join("\n"),
    spec,
  };
}

/** One value of a table and where it came from ("Show sources"). */
export interface SourceLine {
  indicator: string;
  column: string;
  value: string;
  where: SourceWhere[];
}

/** A source written out, and the place in the open document when it is there (a link that jumps). */
export interface SourceWhere {
  text: string;
  place: Place | null;
}

/** The document being checked: sources from `file` are places in `snapshot`. */
export interface CurrentDocument {
  file: string;
  snapshot: Snapshot;
}

export interface SourceLabels {
  paragraph: string;
  footnote: string;
  row: string;
}

/** Every sourced value of the table, row by row, with each source written out and, in this document, placed. */
export function listSources(table: IndicatorTable, labels: SourceLabels, current: CurrentDocument | null = null): SourceLine[] {
  const titles = table.headerRows[0] ?? [];
  return table.rows.flatMap((row) =>
    row.flatMap((cell, c) =>
      cell.sources && cell.sources.length > 0
        ? [{ indicator: row[1]?.text ?? "", column: titles[c]?.text ?? "", value: cell.text, where: cell.sources.map((p) => ({ text: describeProvenance(p, labels), place: current && p.file === current.file ? sourcePlace(p, current.snapshot) : null })) }]
        : [],
    ),
  );
}

/**
 * Where a source of this document is: its sentence in the paragraph, the whole paragraph when the
 * sentence cannot be found any more, or the footnote's reference mark (Word selects no footnote text).
 */
export function sourcePlace(p: Provenance, snapshot: Snapshot): Place | null {
  const paragraph = p.paragraph === undefined ? undefined : snapshot.paragraphs[p.paragraph];
  if (!paragraph) return null;
  if (p.footnote) {
    const ref = paragraph.footnoteRefs?.find((r) => r.id === p.footnote);
    if (ref) return { paragraph: paragraph.index, start: ref.offset, end: ref.offset, text: "" };
  }
  const at = p.text ? paragraph.text.indexOf(p.text) : -1;
  return at >= 0
    ? { paragraph: paragraph.index, start: at, end: at + p.text.length, text: p.text }
    : { paragraph: paragraph.index, start: 0, end: paragraph.text.length, text: paragraph.text };
}

function describeProvenance(p: Provenance, labels: SourceLabels): string {
  const place = [
    p.sheet !== undefined ? `${p.sheet}${p.row !== undefined ? `, ${labels.row} ${p.row}` : ""}` : null,
    p.paragraph !== undefined ? `${labels.paragraph} ${p.paragraph + 1}` : null,
    p.footnote ? `${labels.footnote} ${p.footnote}` : null,
  ].filter((part): part is string => part !== null);
  return `${[p.file, ...place].filter((part) => part !== "").join(", ")}: “${p.text}”`;
}

/** A period label of the table (`6 tháng đầu năm 2021`) in English, for the English preview. */
export function periodInEnglish(label: string): string {
  const period = parsePeriod(label);
  if (!period) return label;
  const year = period.year === null ? "" : ` ${period.year}`;
  const months = period.endMonth - period.startMonth + 1;
  switch (period.kind) {
    case "as-of":
      return `to ${period.day}/${period.endMonth}/${period.year}`;
    case "year":
      return period.year === null ? "the year" : `year ${period.year}`;
    case "quarter":
      return `Q${period.endMonth / 3}${period.year === null ? "" : `/${period.year}`}`;
    default:
      return `${period.startMonth === 1 ? "first" : "last"} ${months} months${year ? ` of${year}` : ""}`;
  }
}

/**
 * What the pane shows of a table before it goes in: in Vietnamese the table itself; in English
 * the column titles and the reasons for empty cells in English (the inserted table keeps the
 * Vietnamese statistical form, since the report is Vietnamese).
 */
export function previewText(table: IndicatorTable, request: TableRequest, language: "vi" | "en"): { headerRows: string[][]; notes: string } {
  if (language === "vi") return { headerRows: request.headerRows, notes: request.note ?? "" };
  const titles = [
    "No.",
    "Indicator",
    "Unit",
    `Same period, ${periodInEnglish(table.priorPeriod)}`,
    periodInEnglish(table.period),
    "Change (%)",
    `Plan, ${periodInEnglish(table.planPeriod)}`,
    "% of plan",
  ];
  // The engine's English reasons name the period as the report writes it.
  const periods = [table.priorPeriod, table.period, table.planPeriod];
  const english = (reason: string) => periods.reduce((text, label) => text.split(label).join(periodInEnglish(label)), reason);
  const notes = table.rows.flatMap((row, r) => {
    const reasons = [...new Set(row.filter((c) => c.missing && c.reason).map((c) => english(c.reason!.en)))];
    return reasons.length > 0 ? [`Row ${r + 1} (${row[1]?.text ?? ""}): ${reasons.join("; ")}.`] : [];
  });
  return { headerRows: [titles, ...request.headerRows.slice(1)], notes: notes.map((n, i) => `(${i + 1}) ${n}`).join("\n") };
}
