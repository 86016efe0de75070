/**
 * One source into the prior-period store, chosen by its file type: a spreadsheet (.csv, .xlsx),
 * the store's own JSON export, or a report read with the document readers. The CLI's
 * `data import` and the task pane's picker both import through it.
 *
 * Before anything is matched, the import asks (and changes nothing until answered) when the
 * source belongs to another organisation than the store, or when a value is more than ten
 * times off the figure it would be matched with: both are how a wrong prior figure gets in.
 */
import { readDocument } from "../document/read";
import type { IndicatorRecord } from "./types";
import { nameSimilarity, normalizeIndicatorName, organisationKey } from "./match";

export { organisationKey };
import { csvValues, valuesFromSheets, type TableMapping } from "./spreadsheet";
import { parseXlsx } from "./xlsxReader";
import { addValues, parseStore, readReport, type ImportResult, type IndicatorStore, type StoredValue } from "./store";
import { convertUnit } from "./units";

/** Beyond this ratio a value is more likely another unit, another organisation or a typo than a real change. */
export const SCALE_LIMIT = 10;

export interface ImportOptions {
  mapping?: TableMapping;
  /** Whose data the store holds (the current report's issuer, or the name the user gave); falls back to the store's own. */
  organisation?: string | null;
  /** The statements of the report being written: imported values are compared with the ones they will be matched to. */
  current?: readonly IndicatorRecord[];
  /** The user's answers: take a source of another organisation; import values far off in scale, or leave them out. */
  confirm?: { organisation?: boolean; scale?: "import" | "skip" };
}

/** An imported value more than SCALE_LIMIT times off the figure it matches. */
export interface ScaleQuestion {
  value: StoredValue;
  matched: { name: string; value: number; unit: string | null; where: string };
  ratio: number;
}

export interface ImportQuestions {
  /** The source names another organisation than the store's. */
  organisation: { store: string; source: string } | null;
  scale: ScaleQuestion[];
}

export interface ImportOutcome extends ImportResult {
  /** The issuer the source names (reports, exported stores); null for spreadsheets. */
  sourceOrganisation: string | null;
  /** Set when the user must answer first: then nothing was imported (`store` is the store given). */
  questions: ImportQuestions | null;
  /** Values left out at the user's request (scale). */
  skipped: number;
}

export async function importSource(store: IndicatorStore, name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  const source = await readSource(name, bytes, options.mapping);
  const organisation = options.organisation ?? store.organisation ?? null;
  const otherOrganisation =
    organisation !== null && source.organisation !== null && organisationKey(organisation) !== organisationKey(source.organisation)
      ? { store: organisation, source: source.organisation }
      : null;
  const scale = scaleQuestions(store, source.values, options.current ?? []);
  const unanswered = {
    organisation: otherOrganisation && !options.confirm?.organisation ? otherOrganisation : null,
    scale: options.confirm?.scale ? [] : scale,
  };
  if (unanswered.organisation || unanswered.scale.length > 0) {
    return { store, added: 0, updated: 0, unchanged: 0, conflicts: [], sourceOrganisation: source.organisation, questions: unanswered, skipped: 0 };
  }
  const leftOut = new Set(options.confirm?.scale === "skip" ? scale.map((q) => q.value) : []);
  const result = addValues(store, source.values.filter((v) => !leftOut.has(v)));
  const owner = result.store.organisation ?? organisation ?? source.organisation;
  return { ...result, store: { ...result.store, organisation: owner }, sourceOrganisation: source.organisation, questions: null, skipped: leftOut.size };
}

async function readSource(name: string, bytes: Uint8Array, mapping?: TableMapping): Promise<{ values: StoredValue[]; organisation: string | null }> {
  const extension = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";
  switch (extension) {
    case ".csv":
      return { values: csvValues(bytes, name, mapping), organisation: null };
    case ".xlsx":
      return { values: valuesFromSheets(parseXlsx(bytes, name), name, mapping), organisation: null };
    case ".json": {
      const exported = parseStore(new TextDecoder().decode(bytes));
      return { values: exported.values, organisation: exported.organisation ?? null };
    }
    default: {
      const report = readReport(await readDocument(name, bytes));
      return { values: report.values, organisation: report.issuer };
    }
  }
}


/**
 * Imported values more than SCALE_LIMIT times off every figure they match: the store's values of
 * the same indicator (any period) and the current report's statements of it (matched as tables match them).
 */
export function scaleQuestions(store: IndicatorStore, values: readonly StoredValue[], current: readonly IndicatorRecord[]): ScaleQuestion[] {
  const stored = new Map<string, StoredValue[]>();
  for (const v of store.values) {
    const key = normalizeIndicatorName(v.name);
    const list = stored.get(key);
    if (list) list.push(v);
    else stored.set(key, [v]);
  }
  const statements = current.filter((r) => r.value !== null && r.value > 0 && !r.target);
  // Names are compared once per distinct imported name, not once per value.
  const matchedStatements = new Map<string, IndicatorRecord[]>();
  const questions: ScaleQuestion[] = [];
  for (const value of values) {
    if (!(value.value > 0)) continue;
    const key = normalizeIndicatorName(value.name);
    let near = matchedStatements.get(key);
    if (!near) {
      near = statements.filter((r) => nameSimilarity(r.name, value.name) >= 0.75);
      matchedStatements.set(key, near);
    }
    const figures = [
      ...(stored.get(key) ?? []).map((s) => ({ name: s.name, value: s.value, unit: s.unit, where: `${s.source.file} (${s.period})` })),
      ...near.map((r) => ({ name: r.name, value: r.value!, unit: r.unit, where: r.text })),
    ];
    let best: ScaleQuestion | null = null;
    for (const figure of figures) {
      const comparable = convertUnit(value.value, value.unit, figure.unit);
      if (comparable === null || !(figure.value > 0)) continue;
      const ratio = Math.max(comparable / figure.value, figure.value / comparable);
      if (!best || ratio < best.ratio) best = { value, matched: figure, ratio };
    }
    if (best && best.ratio > SCALE_LIMIT) questions.push(best);
  }
  return questions;
}
