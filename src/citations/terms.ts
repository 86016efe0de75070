import termData from "../../data/citations/party-terms.json";
import termSchema from "../../data/citations/party-terms.schema.json";
import { validatedData } from "../core/data";
import { HYPHEN_AFTER_NUMBER } from "./symbol";

/**
 * Terms (khóa) of the Party Central Committee, as data. Central Party documents restart their
 * numbers with each term (25-NQ/TW of khóa IX, 2003 ≠ 25-NQ/TW of khóa XI, 2013), so a number
 * names one document only together with its term, told by the date or written (`khóa IX`).
 */
export interface PartyTerm {
  term: string;
  /** ISO date the term starts (the opening of the congress that elected it). */
  from: string;
}

export const PARTY_TERMS: readonly PartyTerm[] = [
  ...validatedData<{ source: string; terms: PartyTerm[] }>("data/citations/party-terms.json", termSchema, termData).terms,
].sort((a, b) => a.from.localeCompare(b.from));

/** The term a date falls in; null before the first term listed. */
export function termOfDate(iso: string): string | null {
  let found: string | null = null;
  for (const t of PARTY_TERMS) if (t.from <= iso) found = t.term;
  return found;
}

/** The terms a year can belong to: one, or the old and the new one in a congress year. */
export function termsOfYear(year: number): string[] {
  const first = termOfDate(`${year}-01-01`);
  const last = termOfDate(`${year}-12-31`);
  return [first, last].filter((t, n, all): t is string => t !== null && all.indexOf(t) === n);
}

/** When a document was issued, as far as one source tells: a date, a year, a written term. */
export interface DocumentTime {
  iso: string | null;
  year: number | null;
  /** Term as written (`khóa IX`); for Central documents only. */
  term: string | null;
}

export const NO_TIME: DocumentTime = { iso: null, year: null, term: null };

/** A Party symbol whose issuer code is a Central one (`25-NQ/TW`, `36-HD/VPTW`, `02-KH/BCĐTW`): numbered through a Central Committee term. */
export function numberedByTerm(symbol: string): boolean {
  if (!HYPHEN_AFTER_NUMBER.test(symbol)) return false;
  const issuer = symbol.slice(symbol.lastIndexOf("/") + 1);
  return issuer.split("-").every((code) => code.endsWith("TW"));
}

/** The terms a source allows (a date decides; else a written term; else its year); null when it says nothing. */
export function termsOf(time: DocumentTime): string[] | null {
  if (time.iso) {
    const term = termOfDate(time.iso);
    return term ? [term] : null;
  }
  if (time.term) return [time.term];
  if (time.year !== null) return termsOfYear(time.year);
  return null;
}

/**
 * Whether two sources can speak of the same numbered document. Central Party numbers restart
 * each term: same term. Other Party committees number through their own terms, whose dates the
 * program does not know: dates at most a year apart. State administrative numbers restart every
 * year: same year. A source that gives no time fits any.
 */
export function sameTime(symbol: string, a: DocumentTime, b: DocumentTime): boolean {
  if (numberedByTerm(symbol)) {
    const ta = termsOf(a);
    const tb = termsOf(b);
    return ta === null || tb === null || ta.some((t) => tb.includes(t));
  }
  if (a.year === null || b.year === null) return true;
  return HYPHEN_AFTER_NUMBER.test(symbol) ? Math.abs(a.year - b.year) <= 1 : a.year === b.year;
}
