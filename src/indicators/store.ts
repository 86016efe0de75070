/**
 * Prior-period data: every value with where it came from (file, paragraph or sheet/row, text).
 * The store is an immutable value: every import returns a new store or throws
 * IndicatorDataError, so a bad source never leaves a half-imported store behind. It
 * serialises to JSON (the CLI's `--data FILE`; the add-in keeps the same JSON in IndexedDB).
 */
import type { Paragraph, Snapshot } from "../document/snapshot";
import type { IndicatorRecord } from "./types";
import { analyzeStructure, toOutlineEntries } from "../structure/analysis";
import { normalizeParagraph } from "../text/normalize";
import { IndicatorDataError } from "./errors";
import { extractIndicators } from "./extract";
import { matchIndicatorName, normalizeIndicatorName, type MatchCandidate } from "./match";
import { formatPeriod, parsePeriod, samePeriod, type Period } from "./periods";
import { canonicalUnit, convertUnit } from "./units";

export type ValueKind = "actual" | "plan";

export interface Provenance {
  file: string;
  /** Report sources: paragraph index (0-based) and footnote id when the value is in a footnote. */
  paragraph?: number;
  footnote?: string | null;
  /** Spreadsheet sources: sheet name and 1-based row. */
  sheet?: string;
  row?: number;
  /** The text the value was read from (a sentence, or the row's cells). */
  text: string;
}

export interface StoredValue {
  name: string;
  unit: string | null;
  /** Canonical period label (`formatPeriod`). */
  period: string;
  kind: ValueKind;
  value: number;
  source: Provenance;
}

export interface IndicatorStore {
  format: "soanchuan-indicators";
  version: 1;
  values: StoredValue[];
  /** Matches the user confirmed or corrected: normalised name → normalised stored name. */
  matches: Record<string, string>;
}

export interface ImportResult {
  store: IndicatorStore;
  added: number;
  replaced: number;
}

export function emptyStore(): IndicatorStore {
  return { format: "soanchuan-indicators", version: 1, values: [], matches: {} };
}

export function serializeStore(store: IndicatorStore): string {
  return `${JSON.stringify(store, null, 2)}\n`;
}

/** Reads a store saved by `serializeStore`; throws IndicatorDataError on anything else. */
export function parseStore(json: string): IndicatorStore {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw corrupt("không phải JSON hợp lệ", "is not valid JSON");
  }
  const store = data as Partial<IndicatorStore>;
  if (typeof data !== "object" || data === null || store.format !== "soanchuan-indicators" || store.version !== 1) {
    throw corrupt("không phải tệp dữ liệu chỉ tiêu của Soạn Chuẩn", "is not a Soạn Chuẩn indicator data file");
  }
  if (!Array.isArray(store.values) || typeof store.matches !== "object" || store.matches === null) {
    throw corrupt("thiếu trường values/matches", "lacks the values/matches fields");
  }
  store.values.forEach((v, i) => {
    const ok =
      typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.value === "number" && Number.isFinite(v.value) &&
      (v.kind === "actual" || v.kind === "plan") && typeof v.period === "string" && parsePeriod(v.period) !== null &&
      typeof v.source?.file === "string";
    if (!ok) throw corrupt(`giá trị thứ ${i + 1} không hợp lệ`, `value #${i + 1} is malformed`);
  });
  return { format: "soanchuan-indicators", version: 1, values: store.values, matches: { ...store.matches } };
}

function corrupt(vi: string, en: string): IndicatorDataError {
  return new IndicatorDataError("corrupt-store", { vi: `Tệp dữ liệu chỉ tiêu ${vi}.`, en: `The indicator data file ${en}.` });
}

function sameSlot(a: StoredValue, b: StoredValue): boolean {
  return (
    a.kind === b.kind && a.period === b.period && normalizeIndicatorName(a.name) === normalizeIndicatorName(b.name) &&
    convertUnit(1, a.unit, b.unit) !== null
  );
}

/** Adds values (typed by the user or read from a source); a value for the same indicator, period and kind replaces the old one. */
export function addValues(store: IndicatorStore, values: readonly StoredValue[]): ImportResult {
  const next = [...store.values];
  // Values by kind, period and name, so each value is compared only with its few namesakes (imports stay linear).
  const slotKey = (v: StoredValue) => `${v.kind}\u0000${v.period}\u0000${normalizeIndicatorName(v.name)}`;
  const bySlot = new Map<string, number[]>();
  const remember = (key: string, at: number) => {
    const list = bySlot.get(key);
    if (list) list.push(at);
    else bySlot.set(key, [at]);
  };
  next.forEach((v, i) => remember(slotKey(v), i));
  let added = 0;
  let replaced = 0;
  for (const value of values) {
    if (!Number.isFinite(value.value)) throw notFinite(value);
    const clean: StoredValue = { ...value, unit: canonicalUnit(value.unit), period: canonicalPeriod(value.period) };
    const key = slotKey(clean);
    const at = bySlot.get(key)?.find((i) => sameSlot(next[i], clean));
    if (at !== undefined) {
      next[at] = clean;
      replaced += 1;
    } else {
      remember(key, next.length);
      next.push(clean);
      added += 1;
    }
  }
  return { store: { ...store, values: next }, added, replaced };
}

/** A value JSON cannot hold (a 400-digit figure is Infinity) would be saved as null and break the store. */
function notFinite(value: StoredValue): IndicatorDataError {
  const where = `"${value.source.file}"${value.source.sheet ? `, ${value.source.sheet}` : ""}${value.source.row !== undefined ? `, row ${value.source.row}` : ""}`;
  return new IndicatorDataError("bad-value", {
    vi: `Giá trị của "${value.name}" (${where}) không phải là một số hữu hạn: "${value.source.text.slice(0, 80)}".`,
    en: `The value of "${value.name}" (${where}) is not a finite number: "${value.source.text.slice(0, 80)}".`,
  });
}

function canonicalPeriod(label: string): string {
  const period = parsePeriod(label);
  if (!period || period.year === null) {
    throw new IndicatorDataError("bad-period", {
      vi: `Kỳ số liệu "${label}" không đọc được hoặc thiếu năm (ví dụ: "6 tháng đầu năm 2021", "năm 2020", "quý I/2021").`,
      en: `Period "${label}" cannot be read or has no year (e.g. "6 tháng đầu năm 2021", "năm 2020", "quý I/2021").`,
    });
  }
  return formatPeriod(period);
}

/** The values a report states: its own figures and the prior figures its footnotes give. */
export function valuesFromRecords(records: readonly IndicatorRecord[], file: string): StoredValue[] {
  const values: StoredValue[] = [];
  for (const r of records) {
    const period = r.period ? parsePeriod(r.period) : null;
    if (r.value !== null && period?.year) {
      values.push({
        name: r.name,
        unit: r.unit,
        period: formatPeriod(period),
        kind: "actual",
        value: r.value,
        source: { file, paragraph: r.paragraph, footnote: r.footnote ?? null, text: r.text },
      });
    }
  }
  return values;
}

/** Imports a prior report (a .txt or .docx snapshot) through the indicator extractor. */
export function importReport(store: IndicatorStore, snapshot: Snapshot): ImportResult {
  const text = snapshot.paragraphs.map((p: Paragraph) => normalizeParagraph(p.text));
  // Headings give statements their period when the sentence does not ("I. … 6 tháng đầu năm 2021").
  const outline = toOutlineEntries(analyzeStructure(snapshot, text).entries);
  const values = valuesFromRecords(extractIndicators(text, outline, snapshot.paragraphs), snapshot.source);
  if (values.length === 0) {
    throw new IndicatorDataError("no-indicators", {
      vi: `Không tìm thấy chỉ tiêu nào có số liệu và kỳ báo cáo trong "${snapshot.source}".`,
      en: `No indicator with a figure and a period was found in "${snapshot.source}".`,
    });
  }
  return addValues(store, values);
}

/** Distinct indicator names in the store. */
export function storedIndicators(store: IndicatorStore): { key: string; name: string; unit: string | null }[] {
  const seen = new Map<string, { key: string; name: string; unit: string | null }>();
  for (const v of store.values) {
    const key = normalizeIndicatorName(v.name);
    if (!seen.has(key)) seen.set(key, { key, name: v.name, unit: v.unit });
  }
  return [...seen.values()];
}

/** Stored indicators that may be `name`, best first, for the user to confirm or correct. */
export function matchCandidates(store: IndicatorStore, name: string, options: { minScore?: number; limit?: number } = {}): MatchCandidate[] {
  return matchIndicatorName(name, storedIndicators(store), { ...options, confirmed: store.matches });
}

/** Records the user's choice: `name` is the stored indicator `key` (from a candidate), or null to undo. */
export function confirmMatch(store: IndicatorStore, name: string, key: string | null): IndicatorStore {
  const matches = { ...store.matches };
  if (key === null) delete matches[normalizeIndicatorName(name)];
  else matches[normalizeIndicatorName(name)] = key;
  return { ...store, matches };
}

export interface FoundValue {
  stored: StoredValue;
  /** In the unit asked for. */
  value: number;
  match: MatchCandidate;
}

/**
 * The stored value of indicator `name` for `period`, converted to `unit`. Takes the best match
 * above `minScore` (0.75 by default: automatic use needs a close name; weaker candidates are for the user).
 */
export function findValue(
  store: IndicatorStore,
  query: { name: string; unit: string | null; period: Period; kind: ValueKind },
  minScore = 0.75,
): FoundValue | null {
  for (const match of matchCandidates(store, query.name, { minScore, limit: 10 })) {
    for (const stored of store.values) {
      if (stored.kind !== query.kind || normalizeIndicatorName(stored.name) !== match.key) continue;
      const period = parsePeriod(stored.period);
      if (!period || !samePeriod(period, query.period)) continue;
      const value = query.unit === null ? stored.value : convertUnit(stored.value, stored.unit, query.unit);
      if (value !== null) return { stored, value, match };
    }
  }
  return null;
}
