/**
 * Reporting periods: `6 tháng đầu năm 2021`, `năm 2020`, `quý I/2021`, `9 tháng`,
 * `đến 30/6/2021`. A period is a span of months in one year (or a cut-off day); the year may
 * be missing when the text leaves it to the sentence, the heading or the document.
 */

import type { ChunkedList } from "../core/chunkedList";
import { remembered } from "../core/remembered";
import { FirstComeSpans } from "./spans";

export type PeriodKind = "year" | "half" | "quarter" | "months" | "as-of";

export interface Period {
  kind: PeriodKind;
  /** null: not written, to be inherited from the context. */
  year: number | null;
  startMonth: number;
  endMonth: number;
  /** "as-of" only: the day of `endMonth` the figure is counted to. */
  day?: number;
}

/** A period phrase's place and period: what the extractor keeps of each (see periodsIn). */
export interface PeriodSpan {
  start: number;
  end: number;
  period: Period;
}

export interface PeriodMatch extends PeriodSpan {
  raw: string;
}

const COUNT_WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, "mười hai": 12 };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const YEAR = String.raw`((?:19|20)\d{2})`;
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}])`;

// Longest forms first; each pattern's groups are read by its `build`. No pattern matches a
// comma, semicolon or full stop (leadingPeriods relies on it). `hint` is a word every
// match contains: testing for it first skips the costly scan on most sentences.
// `wordStart`: the match must not follow a letter or digit. Checked in code rather than by a
// leading look-behind, which makes V8 scan this case-insensitive alternation several times slower.
const PATTERNS: { hint: RegExp; regex: RegExp; wordStart?: boolean; build(m: RegExpExecArray): Period | null }[] = [
  {
    hint: /đến/iu,
    // tính đến (ngày) 30/6/2021
    regex: new RegExp(String.raw`${NOT_AFTER_WORD}(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/${YEAR}${NOT_BEFORE_WORD}`, "giu"),
    build: (m) => asOf(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    hint: /tháng/iu,
    // 6 tháng đầu năm 2021, 06 tháng, Sáu tháng cuối năm, 9 tháng năm 2020
    regex: new RegExp(String.raw`(\d{1,2}|ba|sáu|chín|mười hai)\s+tháng(?:\s+(đầu|cuối))?(?:\s+năm(?:\s+${YEAR})?)?${NOT_BEFORE_WORD}`, "giu"),
    wordStart: true,
    build: (m) => months(countOf(m[1]), m[2]?.toLowerCase() === "cuối", m[3]),
  },
  {
    hint: /quý/iu,
    // quý I/2021, quý II năm 2021, quý 3
    regex: new RegExp(String.raw`${NOT_AFTER_WORD}quý\s+(iv|iii|ii|i|[1-4])(?:\s*\/\s*${YEAR}|\s+năm\s+${YEAR})?${NOT_BEFORE_WORD}`, "giu"),
    build: (m) => quarter(ROMAN[m[1].toLowerCase()], m[2] ?? m[3]),
  },
  {
    hint: /năm/iu,
    // năm 2020 (but not "đến năm 2030", "giai đoạn …", "nhiệm kỳ …": horizons, nor "cùng kỳ năm 2020", "so với năm 2019": comparisons)
    regex: new RegExp(String.raw`(?<!(?:đến|tới|giai đoạn|nhiệm kỳ|cùng kỳ|so với)\s+)${NOT_AFTER_WORD}năm\s+${YEAR}${NOT_BEFORE_WORD}`, "giu"),
    build: (m) => ({ kind: "year", year: Number(m[1]), startMonth: 1, endMonth: 12 }),
  },
];

function countOf(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

function months(count: number, last: boolean, year: string | undefined): Period | null {
  if (!(count >= 1 && count <= 12)) return null;
  const startMonth = last ? 13 - count : 1;
  const endMonth = last ? 12 : count;
  return { kind: kindOfSpan(startMonth, endMonth), year: year ? Number(year) : null, startMonth, endMonth };
}

function quarter(q: number, year: string | undefined): Period {
  return { kind: "quarter", year: year ? Number(year) : null, startMonth: 3 * q - 2, endMonth: 3 * q };
}

function asOf(day: number, month: number, year: number): Period | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return { kind: "as-of", year, startMonth: 1, endMonth: month, day };
}

function kindOfSpan(startMonth: number, endMonth: number): PeriodKind {
  if (startMonth === 1 && endMonth === 12) return "year";
  if ((startMonth === 1 && endMonth === 6) || (startMonth === 7 && endMonth === 12)) return "half";
  if (endMonth - startMonth === 2 && startMonth % 3 === 1) return "quarter";
  return "months";
}

/** Every period phrase in `text`, left to right, without overlaps. */
export function findPeriods(text: string): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  for (const { start, end, period } of periodsIn(text)) out.push({ start, end, raw: text.slice(start, end), period });
  return out;
}

/**
 * As findPeriods, without the phrases' text and in a chunked list: a long paragraph's tens of
 * thousands of periods are all kept until its sentences are read (see chunkedList.ts).
 */
export function periodsIn(text: string): ChunkedList<PeriodSpan> {
  const found = new FirstComeSpans<PeriodSpan>();
  for (const { hint, regex, wordStart, build } of PATTERNS) {
    if (!hint.test(text)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      if (wordStart && followsWordChar(text, start)) {
        regex.lastIndex = start + 1;
        continue;
      }
      const end = start + m[0].length;
      if (!found.isFree(start, end)) continue;
      const period = build(m);
      if (period) found.keep({ start, end, period: shared(period) });
    }
    found.endPattern();
  }
  return found.spans();
}

const KIND_INDEX: Record<PeriodKind, number> = { year: 0, half: 1, quarter: 2, months: 3, "as-of": 4 };
/** A number for each distinct period: years are (19|20)dd or none, months 1–12, days 1–31. */
function keyOf(period: Period): number {
  return (((((period.year ?? 0) * 5 + KIND_INDEX[period.kind]) * 13 + period.startMonth) * 13 + period.endMonth) << 5) | (period.day ?? 0);
}

/** One object per distinct period (few: years × spans), shared by all the phrases that name it. */
const SHARED_PERIODS = new Map<number, Period>();

/**
 * The shared object equal to `period`: a long paragraph names the same few periods tens of
 * thousands of times, and one object each would be most of what its scan keeps. Periods are
 * never mutated (withYear and the others return new ones).
 */
function shared(period: Period): Period {
  const key = keyOf(period);
  const known = SHARED_PERIODS.get(key);
  if (known) return known;
  SHARED_PERIODS.set(key, period);
  return period;
}

/** Characters no period phrase contains: the periods before one are those of the text up to it. */
const PHRASE_BREAK = /[,;.]/g;
const FIRST_WINDOW = 2_048;

/**
 * The periods of `text` from its start, read in growing windows until `enough` has what it
 * needs: a title line of a megabyte is not read whole for its first period. A window ends just
 * after a comma, semicolon or full stop, which no period phrase contains nor looks past, so its
 * periods are exactly the text's periods before that point (a prefix of findPeriods(text)).
 */
export function leadingPeriods(text: string, enough: (found: readonly PeriodMatch[]) => boolean): PeriodMatch[] {
  for (let window = FIRST_WINDOW; window < text.length; window *= 4) {
    PHRASE_BREAK.lastIndex = window;
    const cut = PHRASE_BREAK.exec(text);
    if (!cut) break;
    const found = findPeriods(text.slice(0, cut.index + 1));
    if (enough(found)) return found;
    window = Math.max(window, cut.index);
  }
  return findPeriods(text);
}

// Same flags as the patterns, so case-insensitive matching classifies characters the same way.
const WORD_CHAR = /^[\p{L}\p{N}]$/iu;

/** Whether the code point just before `index` is a letter or a digit. */
function followsWordChar(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const pairStart = low >= 0xdc00 && low <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return WORD_CHAR.test(text.slice(pairStart ? index - 2 : index - 1, index));
}

/** The period a whole string names (`"6 tháng đầu năm 2021"`, `"quý I/2021"`), or null. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.normalize("NFC").trim();
  const [first] = findPeriods(trimmed);
  return first && first.start === 0 && first.end === trimmed.length ? first.period : null;
}

const ROMAN_OUT = ["", "I", "II", "III", "IV"];

/**
 * The canonical label; `parsePeriod(formatPeriod(p))` gives `p` back. One string per distinct
 * period: a report's thousands of records name a handful.
 */
export function formatPeriod(period: Period): string {
  return remembered(LABELS, keyOf(period), () => labelOf(period), MAX_LABELS);
}

const LABELS = new Map<number, string>();
const MAX_LABELS = 4096;

function labelOf(period: Period): string {
  const year = period.year === null ? "" : ` năm ${period.year}`;
  const count = period.endMonth - period.startMonth + 1;
  switch (period.kind) {
    case "as-of":
      return `đến ${period.day}/${period.endMonth}/${period.year}`;
    case "year":
      return period.year === null ? "cả năm" : `năm ${period.year}`;
    case "quarter":
      return `quý ${ROMAN_OUT[period.endMonth / 3]}${period.year === null ? "" : `/${period.year}`}`;
    default:
      return period.startMonth === 1 ? `${count} tháng đầu${year || " năm"}` : `${count} tháng cuối${year || " năm"}`;
  }
}

/** Same span of the same year (both years must be known or both unknown). */
export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.startMonth === b.startMonth && a.endMonth === b.endMonth && a.kind === b.kind && a.day === b.day;
}

/** Chronological order: by year, then by end, then longer spans first. Unknown years sort first. */
export function comparePeriods(a: Period, b: Period): number {
  return (a.year ?? 0) - (b.year ?? 0) || a.endMonth - b.endMonth || (a.day ?? 31) - (b.day ?? 31) || a.startMonth - b.startMonth;
}

/** `cùng kỳ`: the same span one year earlier. */
export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year === null ? null : period.year - 1 };
}

/** The period just before: previous year, half, quarter or equally long span of months. */
export function previousPeriod(period: Period): Period {
  if (period.kind === "as-of" || period.kind === "year") return samePeriodLastYear(period);
  const length = period.endMonth - period.startMonth + 1;
  if (period.startMonth > length) {
    const startMonth = period.startMonth - length;
    return { ...period, startMonth, endMonth: startMonth + length - 1, kind: kindOfSpan(startMonth, startMonth + length - 1) };
  }
  if (period.startMonth > 1) {
    // A span that would straddle the year boundary: fall back to the same span a year earlier.
    return samePeriodLastYear(period);
  }
  const endMonth = 12;
  const startMonth = 13 - length;
  return { ...period, year: period.year === null ? null : period.year - 1, startMonth, endMonth, kind: kindOfSpan(startMonth, endMonth) };
}

/** Fills a missing year from the first context that has one. */
export function withYear(period: Period, ...contexts: (Period | number | null | undefined)[]): Period {
  if (period.year !== null) return period;
  for (const context of contexts) {
    const year = typeof context === "number" ? context : context?.year ?? null;
    if (year !== null) return { ...period, year };
  }
  return period;
}
