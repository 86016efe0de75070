/**
 * What a report says it covers, read from its summary (trích yếu) or its closing sentence: the
 * periods (6 tháng đầu năm, quý I, tháng 11), the years (2025, 2021 - 2025, đến năm 2030) and the
 * kind of review (sơ kết, tổng kết). Vocabulary in data/structure/report-scope.json.
 */
import scopeData from "../../data/structure/report-scope.json";
import { escapeRegExp, foldForMatch } from "./vietnamese";

interface Facet {
  id: string;
  label: string;
  wordings: string[];
}

export interface Mention {
  id: string;
  label: string;
}

export interface ReportScope {
  periods: Mention[];
  reviews: Mention[];
  /** Year spans: a single year is [y, y], a range "2021 - 2025" is [2021, 2025]. */
  years: [number, number][];
}

const matcher = (facets: readonly Facet[]) =>
  facets.map((f) => ({ ...f, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${f.wordings.map((w) => escapeRegExp(foldForMatch(w))).join("|")})(?![\\p{L}\\p{N}])`, "u") }));

const PERIODS = matcher(scopeData.periods);
const REVIEWS = matcher(scopeData.reviews);
/** "tháng 11/2025", "tháng 6 năm 2025" — a month reported on, not a date ("ngày 06 tháng 11 năm 2025"). */
const MONTH = /(?<!ngày \d{1,2} )(?<![\p{L}\p{N}])tháng (\d{1,2})(?=\s*(?:\/|năm )\s*(?:19|20)\d{2})/gu;
/** A year or a range of years; the year of a date ("22/10/2018", "ngày 5 tháng 3 năm 2025") is not one. */
const YEARS = /(?<![\d.])(?<!\d{1,2}\/\d{1,2}\/)(?<!ngày \d{1,2} tháng \d{1,2} năm )((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?![\d/])/gu;

export function reportScope(text: string): ReportScope {
  const folded = foldForMatch(text);
  const periods: Mention[] = PERIODS.filter((p) => p.pattern.test(folded)).map(({ id, label }) => ({ id, label }));
  for (const m of folded.matchAll(MONTH)) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12 && !periods.some((p) => p.id === `month-${month}`)) periods.push({ id: `month-${month}`, label: `tháng ${month}` });
  }
  const reviews: Mention[] = REVIEWS.filter((r) => r.pattern.test(folded)).map(({ id, label }) => ({ id, label }));
  const years = [...folded.matchAll(YEARS)].map((m): [number, number] => [Number(m[1]), Number(m[2] ?? m[1])]);
  return { periods, reviews, years };
}

/**
 * Where two readings clearly disagree: both name periods (or review kinds) and share none, or both
 * name years and no year of one falls in a span of the other. Silence on one side is no conflict.
 */
export function scopeConflicts(a: ReportScope, b: ReportScope): { facet: "period" | "review" | "year"; a: string; b: string }[] {
  const conflicts: { facet: "period" | "review" | "year"; a: string; b: string }[] = [];
  const disjoint = (x: Mention[], y: Mention[]) => x.length > 0 && y.length > 0 && !x.some((m) => y.some((n) => n.id === m.id));
  const labels = (x: Mention[]) => x.map((m) => m.label).join(", ");
  if (disjoint(a.periods, b.periods)) conflicts.push({ facet: "period", a: labels(a.periods), b: labels(b.periods) });
  if (disjoint(a.reviews, b.reviews)) conflicts.push({ facet: "review", a: labels(a.reviews), b: labels(b.reviews) });
  const within = (spans: [number, number][], year: number) => spans.some(([from, to]) => year >= from && year <= to);
  const overlap = a.years.some(([from, to]) => within(b.years, from) || within(b.years, to)) || b.years.some(([from, to]) => within(a.years, from) || within(a.years, to));
  if (a.years.length > 0 && b.years.length > 0 && !overlap) {
    const show = (spans: [number, number][]) => spans.map(([from, to]) => (from === to ? String(from) : `${from} - ${to}`)).join(", ");
    conflicts.push({ facet: "year", a: show(a.years), b: show(b.years) });
  }
  return conflicts;
}
