/**
 * Prior-period data: every value with where it came from (file, paragraph or sheet/row, text).
 * The store is an immutable value: every import returns a new store or throws
 * IndicatorDataError, so a bad source never leaves a half-imported store behind. It
 * serialises to JSON (the CLI's `--data FILE`; the add-in keeps the same JSON in IndexedDB).
 */
import type { Paragraph, Snapshot } from "../document/snapshot";
import type { IndicatorRecord } from "./types";
import { analyzeStructure, toOutlineEntries } from "../structure/analysis";
import { documentIssuer } from "../structure/issuer";
import { normalizeParagraph } from "../text/normalize";
import { IndicatorDataError } from "./errors";
import { extractIndicators } from "./extract";
import { matchIndicatorName, normalizeIndicatorName, type MatchCandidate } from "./match";
import { formatPeriod, parsePeriod, samePeriod, type Period } from "./periods";
import { canonicalUnit, convertUnit } from "./units";
import { remembered } from "../core/remembered";

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
  /** Whose figures these are (the issuer of the reports imported, or the name the user gave); null until known. */
  organisation?: string | null;
  values: StoredValue[];
  /** Matches the user confirmed or corrected: normalised name → normalised stored name. */
  matches: Record<string, string>;
  /**
   * Values two sources disagree on (same indicator, period and kind), waiting for the user's
   * choice: the stored value stays but is not used until the user picks one of the two.
   */
  conflicts?: ValueConflict[];
}

export interface ValueConflict {
  stored: StoredValue;
  incoming: StoredValue;
}

export interface ImportResult {
  store: IndicatorStore;
  /** Values for a slot the store did not have. */
  added: number;
  /** Values that replaced an earlier value from the same source (a corrected file) or typed by the user. */
  updated: number;
  /** Values the store already held. */
  unchanged: number;
  /** Values another source states differently: kept apart for the user to pick (`resolveConflict`). */
  conflicts: ValueConflict[];
}

export function emptyStore(): IndicatorStore {
  return { format: "soanchuan-indicators", version: 1, organisation: null, values: [], matches: {}, conflicts: [] };
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
    if (!isValue(v)) throw corrupt(`giá trị thứ ${i + 1} không hợp lệ`, `value #${i + 1} is malformed`);
  });
  const conflicts = store.conflicts ?? [];
  if (!Array.isArray(conflicts) || !conflicts.every((c) => isValue(c?.stored) && isValue(c?.incoming))) {
    throw corrupt("có trường conflicts không hợp lệ", "has a malformed conflicts field");
  }
  const organisation = typeof store.organisation === "string" ? store.organisation : null;
  return { format: "soanchuan-indicators", version: 1, organisation, values: store.values, matches: { ...store.matches }, conflicts };
}

function isValue(v: StoredValue | undefined): boolean {
  return (
    typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.value === "number" && Number.isFinite(v.value) &&
    (v.kind === "actual" || v.kind === "plan") && typeof v.period === "string" && parsePeriod(v.period) !== null &&
    typeof v.source?.file === "string"
  );
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

/** Typed values are the user's own word: they replace what the store holds. */
export const TYPED_SOURCE = "nhập tay / typed";

/**
 * Adds values (typed by the user or read from a source). Nothing is overwritten silently: a
 * value for a slot (indicator, period, kind) the store holds replaces it only when it comes from
 * the same source (a corrected file) or was typed; when another source (or another statement of
 * the same source) disagrees, both are kept as a conflict for the user to resolve.
 */
export function addValues(store: IndicatorStore, values: readonly StoredValue[]): ImportResult {
  const next = [...store.values];
  const conflicts = [...(store.conflicts ?? [])];
  const slots = new SlotIndex();
  const heldAt = (value: StoredValue, name: string): number | undefined => {
    const held = slots.get(value, name);
    if (held === undefined) return undefined;
    return typeof held === "number" ? (sameSlot(next[held], value) ? held : undefined) : held.find((i) => sameSlot(next[i], value));
  };
  next.forEach((v, i) => slots.add(v, normalizeIndicatorName(v.name), i));
  // Pending conflicts by slot too: an import that disagrees with everything stays linear.
  const pendingBySlot = new Map<string, ValueConflict[]>();
  const pending = (conflict: ValueConflict) => {
    const key = slotKey(conflict.stored);
    pendingBySlot.set(key, [...(pendingBySlot.get(key) ?? []), conflict]);
  };
  conflicts.forEach(pending);
  // Values this import adds are appended after the store's own.
  const fromThisImport = (at: number) => at >= store.values.length;
  // Few distinct units and periods recur on every row: each spelling is read once per import.
  const units = new Map<string | null, string | null>();
  const periods = new Map<string, string>();
  const unitOf = (spelling: string | null) => remembered(units, spelling, canonicalUnit);
  const periodOf = (label: string) => remembered(periods, label, canonicalPeriod);
  const shown = new Set<ValueConflict>();
  const result = { added: 0, updated: 0, unchanged: 0, conflicts: [] as ValueConflict[] };
  for (const value of values) {
    if (!Number.isFinite(value.value)) throw notFinite(value);
    const unit = unitOf(value.unit);
    const period = periodOf(value.period);
    // Values are never changed in place: one already in canonical form is kept as it is.
    const clean: StoredValue = unit === value.unit && period === value.period ? value : { ...value, unit, period };
    const name = normalizeIndicatorName(clean.name);
    const at = heldAt(clean, name);
    if (at === undefined) {
      slots.add(clean, name, next.length);
      next.push(clean);
      result.added += 1;
      continue;
    }
    const held = next[at];
    const incoming = convertUnit(clean.value, clean.unit, held.unit) ?? clean.value;
    if (sameNumber(held.value, incoming)) {
      result.unchanged += 1;
    } else if (clean.source.file === TYPED_SOURCE || (clean.source.file === held.source.file && !fromThisImport(at))) {
      next[at] = clean;
      result.updated += 1;
      if (pendingBySlot.delete(slotKey(clean, name))) removeConflicts(conflicts, held);
    } else {
      // The same disagreement imported again is shown again, not stored twice.
      const known = pendingBySlot.get(slotKey(clean, name))?.find((c) => sameSlot(c.stored, clean) && sameNumber(convertUnit(c.incoming.value, c.incoming.unit, clean.unit) ?? c.incoming.value, clean.value));
      const conflict = known ?? { stored: held, incoming: clean };
      if (!known) {
        conflicts.push(conflict);
        pending(conflict);
      }
      if (!shown.has(conflict)) {
        shown.add(conflict);
        result.conflicts.push(conflict);
      }
    }
  }
  return { store: { ...store, values: next, conflicts }, ...result };
}

/**
 * Positions in a value list by slot (kind, period, normalised name), so each value is compared
 * only with its few namesakes (imports stay linear). Most slots hold one value: a number rather
 * than a one-element array. Keyed by the parts rather than one joined string: a 100,000-row
 * import keeps no key per value beyond its folded name.
 */
class SlotIndex {
  private readonly byKind = { actual: new Map<string, Map<string, number | number[]>>(), plan: new Map<string, Map<string, number | number[]>>() };

  /** `name` is the value's normalised name, folded once by the caller. */
  get(value: StoredValue, name: string): number | number[] | undefined {
    return this.byKind[value.kind].get(value.period)?.get(name);
  }

  add(value: StoredValue, name: string, at: number): void {
    const periods = this.byKind[value.kind];
    let names = periods.get(value.period);
    if (!names) periods.set(value.period, (names = new Map()));
    const held = names.get(name);
    if (held === undefined) names.set(name, at);
    else if (typeof held === "number") names.set(name, [held, at]);
    else held.push(at);
  }
}

/** `name`: the value's normalised name, when the caller has folded it already. */
function slotKey(v: StoredValue, name = normalizeIndicatorName(v.name)): string {
  return `${v.kind}\u0000${v.period}\u0000${name}`;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function removeConflicts(conflicts: ValueConflict[], slot: StoredValue): void {
  for (let i = conflicts.length - 1; i >= 0; i -= 1) if (sameSlot(conflicts[i].stored, slot)) conflicts.splice(i, 1);
}

/** The user's pick for a conflict: the stored value stays, or the incoming one replaces it; the other is dropped. */
export function resolveConflict(store: IndicatorStore, conflict: ValueConflict, keep: "stored" | "incoming"): IndicatorStore {
  const conflicts = (store.conflicts ?? []).filter((c) => c !== conflict && !(sameConflict(c, conflict)));
  const values = keep === "stored" ? store.values : store.values.map((v) => (sameSlot(v, conflict.stored) ? conflict.incoming : v));
  // Other disagreements about the same slot were against the value just set aside.
  return { ...store, values, conflicts: keep === "incoming" ? conflicts.filter((c) => !sameSlot(c.stored, conflict.stored)) : conflicts };
}

function sameConflict(a: ValueConflict, b: ValueConflict): boolean {
  return sameSlot(a.stored, b.stored) && a.incoming.value === b.incoming.value && a.incoming.source.file === b.incoming.source.file;
}

/** The conflict waiting on the stored value, if any: such a value is not used until the user picks. */
export function conflictOf(store: IndicatorStore, stored: StoredValue): ValueConflict | null {
  return (store.conflicts ?? []).find((c) => sameSlot(c.stored, stored)) ?? null;
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
    // A target ("phấn đấu đạt …") is not a figure of the period.
    if (r.value !== null && period?.year && !r.target) {
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

/** A prior report's figures (a .txt or .docx snapshot, through the indicator extractor) and its issuer. */
export function readReport(snapshot: Snapshot): { values: StoredValue[]; issuer: string | null } {
  const text = snapshot.paragraphs.map((p: Paragraph) => normalizeParagraph(p.text));
  // Headings give statements their period when the sentence does not ("I. … 6 tháng đầu năm 2021").
  const structure = analyzeStructure(snapshot, text);
  const outline = toOutlineEntries(structure.entries);
  const values = valuesFromRecords(extractIndicators(text, outline, snapshot.paragraphs), snapshot.source);
  if (values.length === 0) {
    throw new IndicatorDataError("no-indicators", {
      vi: `Không tìm thấy chỉ tiêu nào có số liệu và kỳ báo cáo trong "${snapshot.source}".`,
      en: `No indicator with a figure and a period was found in "${snapshot.source}".`,
    });
  }
  return { values, issuer: documentIssuer(text, structure.layout) };
}

/** Imports a prior report's figures. */
export function importReport(store: IndicatorStore, snapshot: Snapshot): ImportResult {
  return addValues(store, readReport(snapshot).values);
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

type ValueQuery = { name: string; unit: string | null; period: Period; kind: ValueKind };

/**
 * The stored value of indicator `name` for `period`, converted to `unit`. Takes the best match
 * above `minScore` (0.75 by default: automatic use needs a close name; weaker candidates are for
 * the user). A value two sources disagree on is not used (null) until the user picks one.
 */
export function findValue(store: IndicatorStore, query: ValueQuery, minScore = 0.75): FoundValue | null {
  const found = locateValue(store, query, minScore);
  return found && !conflictOf(store, found.stored) ? found : null;
}

/** The disagreement that keeps `findValue` from answering, if that is why it has no value. */
export function findConflict(store: IndicatorStore, query: ValueQuery, minScore = 0.75): ValueConflict | null {
  const found = locateValue(store, query, minScore);
  return found ? conflictOf(store, found.stored) : null;
}

function locateValue(store: IndicatorStore, query: ValueQuery, minScore: number): FoundValue | null {
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
