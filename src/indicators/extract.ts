/**
 * Indicator statements in running text and footnotes (SPEC §7):
 * `Tổng mức bán lẻ … 6 tháng đầu năm 2021 ước thực hiện 17.592 tỷ đồng, đạt 51,6% kế hoạch
 * năm và tăng 12,4% so với cùng kỳ năm trước` → name, period, qualifier, value + unit, plan
 * share, change; a footnote with the same indicator one year earlier gives `priorValue`.
 */
import type { Paragraph } from "../document/snapshot";
import type { IndicatorKind, IndicatorRecord, IndicatorSource, StatedFigure } from "./types";
import type { OutlineEntry } from "../structure/types";
import { paragraphMemo, type ParagraphText } from "../text/normalize";
import { parseVietnameseNumber } from "../text/numbers";
import { nameSimilarity } from "./match";
import { ChunkedList } from "../core/chunkedList";
import { ownCopy } from "../core/ownCopy";
import { comparePeriods, findPeriods, formatPeriod, leadingPeriods, periodsIn, samePeriod, samePeriodLastYear, withYear, type Period, type PeriodMatch, type PeriodSpan } from "./periods";
import { firstReferences, inlineBody, segmentParagraph, type FootnoteRef, type TextSegment } from "./segments";
import { FirstComeSpans } from "./spans";
import { canonicalUnit, convertUnit, sameKind, unitInfo, UNIT_PATTERN } from "./units";
import { phrasePattern, PHRASES } from "./vocabulary";

const DIGITS = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)`;
const NUM = String.raw`(?<![\p{L}\p{N}.,/])${DIGITS}(?![\p{N}]|[.,/]\d)`;
// Both sides of a fraction ("40/43"): the slash is allowed next to them, not a third part
// ("30/6/2021", "45/2020/NĐ-CP").
const FRACTION = String.raw`(?<![\p{L}\p{N}.,/])(${DIGITS})\s*\/\s*(${DIGITS})(?![\p{N}]|[.,]\d|\s*\/)`;
const UNIT = String.raw`(?:${UNIT_PATTERN})(?![\p{L}\p{N}])`;
const SAME_PERIOD = String.raw`so\s+(?:với\s+)?cùng\s+kỳ(?:\s+năm\s+(trước|(?:19|20)\d{2}))?`;
const words = (list: readonly string[]): string => String.raw`(?:${phrasePattern(list)})(?![\p{L}])`;

const VALUE = new RegExp(String.raw`(${NUM})\s?(${UNIT})`, "giu");
const CHANGE = new RegExp(
  String.raw`(?:${SAME_PERIOD}\s*,?\s*)?(tăng|giảm)\s+(?:thêm\s+)?(${NUM})\s?(${UNIT})?(?:\s*${SAME_PERIOD})?(?:\s*\(\s*${FRACTION}\s*(?:${UNIT})?\s*\))?`,
  "giu",
);
const PLAN = new RegExp(
  String.raw`(?:(?:ước\s+|chỉ\s+|mới\s+)?(?:đạt|bằng)\s+)?(${NUM})\s?%\s*(?:so\s+với\s+)?(${words(PHRASES.planBases)}(?:\s+${words(PHRASES.planBasisWords)})*)`,
  "giu",
);
/** `42/49 TCCS đảng`, `104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ`: a fraction, its unit after it or after the numerator. */
const SHARE = new RegExp(String.raw`${FRACTION}\s*(${UNIT})?|(${NUM})\s?(${UNIT})((?:\s+[\p{L}]+){0,4})\s*\/\s*(${DIGITS})(?![\p{N}]|[.,]\d|\s*\/)`, "giu");
/** `(chiếm 18,3%)`, `đạt tỷ lệ 96,62%`, `82%`: a percentage not measured against a plan. */
const PCT = new RegExp(String.raw`(?:(${words(PHRASES.shareWords)})\s+)?(${NUM})\s?%`, "giu");
const OF_TOTAL = new RegExp(String.raw`trên\s+tổng\s+số\s+(${NUM})\s?(${UNIT})?`, "giu");
const RANK = new RegExp(String.raw`(?<![\p{L}])(?:${words(PHRASES.rankWords)})\s+(?:thứ\s+)?(${DIGITS})(?:\s*\/\s*(${DIGITS}))?(?![\p{N}]|[.,]\d|\s*\/)`, "giu");
/** `là 193.457 (tỷ lệ 99,1%)`: a bare count whose share follows in brackets. */
const BARE_COUNT = new RegExp(String.raw`(${NUM})(?=\s*\(\s*(?:tỷ\s+lệ|tỉ\s+lệ|chiếm)\s+${DIGITS}\s?%)`, "giu");

const TRAILING_QUALIFIER =
  /(?:\s|^)(ước\s+thực\s+hiện|ước\s+tính|ước\s+đạt|thực\s+hiện|đạt|là|được|trên|gần|khoảng|hơn|có|đối\s+với|với|cho|của|bằng|chiếm|:|-)\s*$/iu;
const QUALIFIERS = new Set(PHRASES.qualifiers);
const LEADING_FILLER = /^(?:[-–+•]|trong\s+đó|trong|kết\s+quả|về|riêng|bao\s+gồm|gồm|và|còn|đến\s+nay)\s*[:,]?\s+/iu;
const RATE_NAME = new RegExp(words(PHRASES.rateWords), "iu");
const RATE_START = new RegExp(String.raw`^\s*${words(PHRASES.rateWords)}`, "iu");
const TARGET = new RegExp(String.raw`(?<![\p{L}])${words(PHRASES.targetWords)}`, "iu");
/** The target words alone: a literal scan, several times cheaper than TARGET's look-behind at every offset; most sentences have none. */
const TARGET_WORD = new RegExp(phrasePattern(PHRASES.targetWords), "iu");
/** Words before a fraction that make it something else: a quarter (`quý 3/2025`), a map scale (`tỷ lệ 1/500`), a date. */
const NOT_A_SHARE_BEFORE = /(?:quý|tháng|ngày|tỷ\s+lệ|tỉ\s+lệ|số)\s*$/iu;
const MAX_NAME_WORDS = 20;
/** A clause's subject: the words before its verb ("Điểm CCHC năm 2020 | được xếp loại tốt"). */
const SUBJECT = /^(.*?\p{L}.*?)\s+(?:được|đã|đạt|xếp|tiếp\s+tục|vẫn|có|là|luôn)(?![\p{L}])/u;
/** How far back the total of a `(chiếm p%)` is looked for: the same or the previous sentence, or a list of a few statements. */
const TOTAL_WINDOW_STATEMENTS = 12;
const TOTAL_WINDOW_CHARS = 600;
const MAX_TOTAL_CANDIDATES = 6;

type EventKind = "value" | "share" | "change" | "plan" | "pct" | "total" | "rank" | "bare";
type StatedKind = "value" | "share" | "change" | "plan";

/**
 * Where a pattern matched: all a scan keeps of a match. A scan may be kept for the next check,
 * and a long sentence's events all live until it is read; the match itself (an array and a string
 * per group, ten times the size) is found again at its place when the sentence is read (matchOf).
 * A megabyte paragraph's scan: 16 → 7 MB, and a third less time spent collecting.
 */
interface FoundEvent {
  kind: EventKind;
  start: number;
  end: number;
}

interface Event extends FoundEvent {
  m: RegExpExecArray;
}

interface Draft {
  segment: TextSegment;
  nameStart: number;
  name: string;
  end: number;
  ownPeriod: Period | null;
  contextPeriod: Period | null;
  /** A year read from "so với cùng kỳ năm 2020" (the prior year). */
  priorYearHint: number | null;
  qualifier: string | null;
  value: number | null;
  unit: string | null;
  planPct: number | null;
  planBasis: string | null;
  changePct: number | null;
  changeAmount: number | null;
  share: IndicatorRecord["share"];
  rank: IndicatorRecord["rank"];
  components: { values: number[]; texts: string[]; tolerance: number; start: number; end: number } | null;
  /** The value is itself a percentage (`Tỷ lệ … đạt 82%`). */
  rate: boolean;
  target: boolean;
  priorValue: number | null;
  prior: { start: number; end: number } | null;
  stated: Partial<Record<StatedKind, { start: number; end: number; decimals: number }>>;
}

/** All indicator statements, main text first then footnotes, each in reading order. */
export function extractIndicators(
  text: readonly ParagraphText[],
  outline: readonly OutlineEntry[],
  paragraphs?: readonly Paragraph[],
): IndicatorRecord[] {
  const refParagraph = firstReferences(text, paragraphs);
  const context = documentContext(text, outline);

  // Each statement becomes its record as it is read; only the drafts footnote priors may link are kept.
  const records: IndicatorRecord[] = [];
  const linkable: LinkableStatement[] = [];
  const read = (segment: TextSegment): void => {
    const anchor = segment.footnote === null ? segment.paragraph : refParagraph.get(segment.footnote) ?? segment.paragraph;
    for (const draft of extractFromSegment(segment, text[segment.paragraph], context.periodFor(anchor), context.year)) {
      const record = toRecord(draft, text);
      records.push(record);
      if (mayLinkPrior(draft)) linkable.push({ draft, record });
    }
  };
  // Each paragraph's main text, then its inline footnote bodies, segmented as it is read.
  for (let index = 0; index < text.length; index += 1) {
    // Every statement starts at a number, and segmenting only blanks characters: a paragraph
    // without a digit has no statement in its text nor in a footnote body it holds.
    if (!DIGIT.test(text[index].normalized)) continue;
    const { main, bodies } = segmentParagraph(index, text[index], paragraphs?.[index]);
    read(main);
    if (bodies) for (let k = 0; k < bodies.spans.length; k += 4) read(inlineBody(main.paragraph, bodies, k));
  }
  linkFootnotePriors(linkable, text);
  return records.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

interface DocumentContext {
  year: number | null;
  /** The period a paragraph's headings (or else the title) speak of. */
  periodFor(paragraph: number): Period | null;
}

function documentContext(text: readonly ParagraphText[], outline: readonly OutlineEntry[]): DocumentContext {
  // The title block: everything before the first heading (or the first lines when no outline is known).
  const titleEnd = Math.min(outline[0]?.paragraph ?? 15, text.length);
  let titlePeriod: Period | null = null;
  let year: number | null = null;
  for (let i = 0; i < titleEnd; i += 1) {
    // The date line ("ngày … tháng 6 năm 2021") gives the year, not the reporting period.
    const isDateLine = hasDateWords(text[i].normalized);
    // Only the first period and the first year are kept: a long line is read only that far.
    const decided = (found: readonly PeriodMatch[]) => (isDateLine || titlePeriod !== null || found.length > 0) && (year !== null || found.some((p) => p.period.year !== null));
    for (const found of leadingPeriods(text[i].normalized, decided)) {
      if (!isDateLine) titlePeriod ??= found.period;
      year ??= found.period.year;
    }
  }
  if (titlePeriod) titlePeriod = withYear(titlePeriod, year);

  // periodFor is asked once per segment: walking the whole outline (and re-reading every
  // heading's periods) each time made extraction quadratic. Instead, replay the outline once:
  // after the first k headings the chain of open headings is fixed, so its answer is too.
  const headingPeriods = outline.map((entry) => findPeriods(entry.title.normalize("NFC"))[0]?.period ?? null);
  const periodAfter: (Period | null)[] = [];
  const chain: number[] = [];
  outline.forEach((entry, k) => {
    while (chain.length > 0 && outline[chain[chain.length - 1]].level >= entry.level) chain.pop();
    chain.push(k);
    const deepest = [...chain].reverse().find((n) => headingPeriods[n] !== null);
    periodAfter.push(deepest === undefined ? titlePeriod : withYear(headingPeriods[deepest]!, titlePeriod, year));
  });
  // The headings read for a paragraph are those before the first heading placed after it.
  const reachBefore: number[] = [];
  for (const entry of outline) reachBefore.push(Math.max(reachBefore.at(-1) ?? -Infinity, entry.paragraph));
  return {
    year,
    periodFor(paragraph) {
      const read = firstIndexAbove(reachBefore, paragraph);
      return read === 0 ? titlePeriod : periodAfter[read - 1];
    },
  };
}

const DATE_WORDS = [/ngày/giu, /tháng/giu, /năm/giu];
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * "ngày", "tháng" and "năm" in this order within one line, as /ngày.*tháng.*năm/iu tests, but
 * in one pass: that pattern retries from every "ngày" when the rest is missing.
 */
function hasDateWords(text: string): boolean {
  return text.split(LINE_TERMINATOR).some((line) => {
    let at = 0;
    for (const word of DATE_WORDS) {
      word.lastIndex = at;
      const found = word.exec(line);
      if (!found) return false;
      at = found.index + found[0].length;
    }
    return true;
  });
}

/** Index of the first value above `limit` in a non-decreasing list (its length when none is). */
function firstIndexAbove(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] > limit) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Chunked lists: a long paragraph has tens of thousands of each (see chunkedList.ts). */
interface SegmentScan {
  events: ChunkedList<FoundEvent>;
  periods: ChunkedList<PeriodSpan>;
  /** The text the patterns ran on (the segment's slice, whose start is `sourceStart` in the paragraph). */
  source: string;
  sourceStart: number;
}

/**
 * The figure events and period phrases of `text[start, end)`. Statements do not cross sentence
 * boundaries (a dot inside them is followed by a digit, which is no boundary), nor do period
 * phrases (none contains . ; ! or ?): the segment is read once and each sentence takes its part.
 */
function scanSegment(text: string, start: number, end: number): SegmentScan {
  const source = text.slice(start, end);
  const events = findEvents(source, start);
  // Every statement starts at an event: without one (dates, list numbers) the periods are not needed.
  if (events.length === 0) return { events, periods: new ChunkedList(), source, sourceStart: start };
  const periods = periodsIn(source);
  // A footnote body's periods are found in its slice: moved to the paragraph's offsets.
  if (start !== 0) {
    for (let k = 0; k < periods.length; k += 1) {
      const p = periods.get(k);
      periods.set(k, { ...p, start: p.start + start, end: p.end + start });
    }
  }
  return { events, periods, source, sourceStart: start };
}

/** The scan of a whole paragraph without footnote markers, kept with a paragraph held for the next check. */
const PARAGRAPH_SCAN = paragraphMemo((t): SegmentScan => scanSegment(t.normalized, 0, t.normalized.length), { readOncePerCheck: true });

/** Shared by the many segments and sentences without statements (never mutated). */
const NO_DRAFTS: readonly Draft[] = [];

function extractFromSegment(segment: TextSegment, paragraph: ParagraphText, fallback: Period | null, documentYear: number | null): readonly Draft[] {
  // Every statement starts at a number: a segment without a digit has none (most paragraphs).
  if (!DIGIT.test(segment.text.slice(segment.start, segment.end))) return NO_DRAFTS;
  const whole = segment.start === 0 && segment.end === segment.text.length && segment.text === paragraph.normalized;
  const scan = whole ? paragraph.memo(PARAGRAPH_SCAN) : scanSegment(segment.text, segment.start, segment.end);
  const { events: segmentEvents, periods: segmentPeriods } = scan;
  if (segmentEvents.length === 0) return NO_DRAFTS;
  const drafts: Draft[] = [];
  let segmentPeriod: Period | null = null;
  // Events and periods are sorted: each sentence takes the next run of them (one sweep, not a
  // filter over all of them per sentence).
  let nextEvent = 0;
  let nextPeriod = 0;
  let previousDrafts: readonly Draft[] = NO_DRAFTS;
  const bounds = sentences(segment);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b];
    const end = bounds[b + 1];
    while (nextEvent < segmentEvents.length && segmentEvents.get(nextEvent).start < start) nextEvent += 1;
    while (nextPeriod < segmentPeriods.length && segmentPeriods.get(nextPeriod).start < start) nextPeriod += 1;
    if (nextEvent >= segmentEvents.length || segmentEvents.get(nextEvent).start >= end) {
      // A sentence without figures only passes its period on (most sentences: read without arrays).
      for (; nextPeriod < segmentPeriods.length && segmentPeriods.get(nextPeriod).start < end; nextPeriod += 1) {
        if (segmentPeriods.get(nextPeriod).end <= end) segmentPeriod = segmentPeriods.get(nextPeriod).period;
      }
      previousDrafts = NO_DRAFTS;
      continue;
    }
    const inSentence = new ChunkedList<FoundEvent>();
    for (; nextEvent < segmentEvents.length && segmentEvents.get(nextEvent).start < end; nextEvent += 1) {
      if (segmentEvents.get(nextEvent).end <= end) inSentence.push(segmentEvents.get(nextEvent));
    }
    const events = withoutBracketedValues(segment.text, start, end, inSentence);
    const periods = new ChunkedList<PeriodSpan>();
    let e = 0;
    for (; nextPeriod < segmentPeriods.length && segmentPeriods.get(nextPeriod).start < end; nextPeriod += 1) {
      const p = segmentPeriods.get(nextPeriod);
      if (p.end > end) continue;
      while (e < events.length && events.get(e).end <= p.start) e += 1;
      if (e < events.length && events.get(e).start < p.end) continue;
      periods.push(p);
    }
    if (events.length === 0) {
      // A sentence without figures only passes its period on.
      segmentPeriod = periods.last()?.period ?? segmentPeriod;
      previousDrafts = NO_DRAFTS;
      continue;
    }
    const periodsBefore = new PeriodCursor(periods);
    const sentenceDrafts: Draft[] = [];
    // A statement is a target when a target word ("phấn đấu", "chỉ tiêu") comes before it in its sentence: found once per sentence.
    const sentence = segment.text.slice(start, end);
    const targetAt = TARGET_WORD.test(sentence) ? TARGET.exec(sentence) : null;
    const firstTarget = targetAt ? start + targetAt.index : Infinity;
    let cursor = start;
    let current: Draft | null = null;
    let sentencePeriod: Period | null = null;
    for (let k = 0; k < events.length; k += 1) {
      // Matched again one at a time: a sentence of a long paragraph may hold tens of thousands.
      const event = matchOf(scan, events.get(k));
      if (current && attachesTo(current, event, segment.text)) {
        attach(current, event);
        cursor = event.end;
        continue;
      }
      if (event.kind === "total") continue;
      const draft = startDraft(segment, cursor, event, periodsBefore);
      cursor = event.end;
      if (!draft) {
        // "… bắt giữ 209 vụ. So với năm 2010 tăng 54 vụ (209/155)": the change of a figure in the sentence before.
        const changed = current ? null : event.kind === "change" ? changedBefore(previousDrafts, event) : null;
        if (changed) attach(changed, event);
        continue;
      }
      sentenceDrafts.push(draft);
      draft.target = firstTarget < event.start;
      attach(draft, event);
      sentencePeriod ??= periodsBefore.lastBefore(draft.nameStart);
      draft.contextPeriod = sentencePeriod ?? segmentPeriod ?? fallback;
      if (draft.ownPeriod) sentencePeriod = draft.ownPeriod;
      drafts.push(draft);
      current = draft;
    }
    segmentPeriod = sentencePeriod ?? periods.last()?.period ?? segmentPeriod;
    previousDrafts = sentenceDrafts;
  }
  // Years last: "so với cùng kỳ năm 2020" (read with the whole statement) says the year is 2021.
  for (const draft of drafts) {
    const hint = draft.priorYearHint === null ? null : draft.priorYearHint + 1;
    if (draft.contextPeriod) draft.contextPeriod = withYear(draft.contextPeriod, hint, fallback, documentYear);
    if (draft.ownPeriod) draft.ownPeriod = withYear(draft.ownPeriod, hint, draft.contextPeriod, fallback, documentYear);
    draft.name = asNounPhrase(draft.name, draft.unit);
  }
  resolveShareTotals(drafts);
  for (const draft of drafts) readComponents(draft);
  let kept = 0;
  for (const d of drafts) if (d.value !== null || d.planPct !== null || d.changePct !== null || d.changeAmount !== null) drafts[kept++] = d;
  drafts.length = kept;
  return drafts;
}

/** The statement of the previous sentence a sentence-opening change refers to: the first in the change's unit without a change yet. */
function changedBefore(previous: readonly Draft[], event: Event): Draft | null {
  const unit = event.m[4] ? canonicalUnit(event.m[4]) : null;
  if (unit === null || unit === "%") return null;
  return previous.find((d) => d.value !== null && d.changeAmount === null && d.changePct === null && d.unit !== null && convertUnit(1, unit, d.unit) !== null) ?? null;
}

/** The periods of a sentence, asked in increasing positions: the last one ending before it. */
class PeriodCursor {
  private before = 0;
  private last: Period | null = null;
  private scan = 0;
  constructor(private readonly periods: ChunkedList<PeriodSpan>) {}
  /** The last period ending at or before `position` (positions asked in increasing order). */
  lastBefore(position: number): Period | null {
    while (this.before < this.periods.length && this.periods.get(this.before).end <= position) this.last = this.periods.get(this.before++).period;
    return this.last;
  }
  /** Periods inside `[from, to)`; each call's `from` at or after the previous call's `to`. */
  within(from: number, to: number): readonly PeriodSpan[] {
    while (this.scan < this.periods.length && this.periods.get(this.scan).start < from) this.scan += 1;
    if (this.scan >= this.periods.length || this.periods.get(this.scan).end > to) return NO_PERIODS;
    const out: PeriodSpan[] = [];
    for (let k = this.scan; k < this.periods.length && this.periods.get(k).end <= to; k += 1) out.push(this.periods.get(k));
    return out;
  }
}

const NO_PERIODS: readonly PeriodSpan[] = [];

/** Whether `event` completes the statement being read instead of starting a new one. */
function attachesTo(current: Draft, event: Event, text: string): boolean {
  switch (event.kind) {
    case "change":
    case "plan":
      return true;
    case "total":
      return current.value !== null && !current.share && !current.rate;
    case "pct": {
      if (current.rate || current.rank) return false;
      if (current.share && current.share.pct === null) return true;
      if (current.share || current.value === null || current.planPct !== null) return false;
      // A count followed by "(chiếm p%)", ", chiếm p%", "(tỷ lệ p%)": the count's share of a total.
      const info = unitInfo(current.unit);
      const countable = current.unit === null || info?.dimension === "count" || info?.dimension === "people";
      const between = text.slice(current.end, event.start);
      return countable && (event.m[1] !== undefined || /\(\s*$/u.test(between)) && between.length <= 80;
    }
    default:
      return false;
  }
}

/** A share's total when only the count and the percentage are written: the totals stated just before (a fraction's denominator first). */
function resolveShareTotals(drafts: readonly Draft[]): void {
  drafts.forEach((draft, i) => {
    const share = draft.share;
    if (!share || share.denominator !== null || share.pct === null) return;
    const denominators: number[] = [];
    const others: number[] = [];
    for (let k = i - 1; k >= 0 && i - k <= TOTAL_WINDOW_STATEMENTS; k -= 1) {
      const before = drafts[k];
      if (before.segment !== draft.segment || draft.nameStart - before.end > TOTAL_WINDOW_CHARS) break;
      if (!sameKind(before.unit, draft.unit) || before.rate) continue;
      if (before.share?.denominator != null && before.share.denominator > share.numerator) denominators.push(before.share.denominator);
      // "2.846.632 tài khoản …/2.935.139 …, trong đó 2.218.489 tài khoản đã kích hoạt (77,9%)": a part of an earlier count
      // or fraction — but not of a peer in a list of shares ("nữ 57 (66,3%); Đoàn thanh niên 45 (52,3%)").
      const peer = before.share != null && before.share.denominator === null;
      if (!peer && before.value !== null && before.value > share.numerator) others.push(before.value);
    }
    const totals = [...new Set([...denominators, ...others])].slice(0, MAX_TOTAL_CANDIDATES);
    if (totals.length > 0) share.totals = totals;
  });
}

const COMPONENTS_START = new RegExp(String.raw`^\s*([,(:]\s*)?${words(PHRASES.componentWords)}\s*:?`, "iu");
const COMPONENT_VALUE = new RegExp(String.raw`(${NUM})\s?(${UNIT})`, "giu");
const SENTENCE_END = /\.(?!\d)|;/u;
const MAX_COMPONENT_SPAN = 400;

/**
 * `Chi thường xuyên 70.067 triệu đồng …, bao gồm … 59.233 triệu đồng, … 11.017 triệu đồng`:
 * the parts listed after `bao gồm`/`gồm` (to the bracket's close, or the sentence's end), when
 * every figure there is in the statement's unit (or, for counts, any count noun).
 */
function readComponents(draft: Draft): void {
  if (draft.value === null || draft.unit === null || draft.share || draft.rate) return;
  const text = draft.segment.text;
  const head = COMPONENTS_START.exec(text.slice(draft.end, draft.end + 24));
  if (!head) return;
  const from = draft.end + head[0].length;
  const rest = text.slice(from, Math.min(draft.segment.end, from + MAX_COMPONENT_SPAN));
  const stop = head[1]?.includes("(") ? rest.indexOf(")") : rest.search(SENTENCE_END);
  const region = stop < 0 ? rest : rest.slice(0, stop);
  const values: number[] = [];
  const texts: string[] = [];
  let tolerance = halfUnit(draft.stated.value?.decimals ?? 0);
  COMPONENT_VALUE.lastIndex = 0;
  for (let m = COMPONENT_VALUE.exec(region); m; m = COMPONENT_VALUE.exec(region)) {
    const unit = canonicalUnit(m[2]);
    const parsed = parseVietnameseNumber(m[1]);
    const counted = unitInfo(unit)?.dimension === "count" && unitInfo(draft.unit)?.dimension === "count";
    const factor = convertUnit(1, unit, draft.unit) ?? (counted ? 1 : null);
    if (!parsed || factor === null) return;
    values.push(parsed.value * factor);
    texts.push(m[1]);
    tolerance += halfUnit(parsed.decimals) * factor;
  }
  if (values.length < 2) return;
  draft.components = { values, texts, tolerance, start: from, end: from + region.length };
}

const halfUnit = (decimals: number): number => 0.5 * 10 ** -decimals;

function spanOf(t: ParagraphText, start: number, end: number): { start: number; end: number } {
  const [s, e] = t.span(start, end);
  return { start: s, end: e };
}

/** A name that is a bare verb ("xử lý", "Xảy ra") becomes the quantity it counts: "Số vụ xử lý". */
function asNounPhrase(name: string, unit: string | null): string {
  // "bị thương", "chỉ đạo" begin with what is elsewhere an auxiliary: test the name as written first.
  let rest = name;
  while (!LEADING_VERB.test(rest)) {
    const m = AUXILIARY.exec(rest);
    if (!m) return name;
    rest = rest.slice(m[0].length);
  }
  const info = unitInfo(unit);
  const head = info?.dimension === "money" ? "Số tiền" : info?.dimension === "count" || info?.dimension === "people" ? `Số ${info.unit}` : "Số lượng";
  return `${head} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}
const AUXILIARY = new RegExp(String.raw`^${words(PHRASES.auxiliaries)}\s+`, "iu");
const LEADING_VERB = new RegExp(String.raw`^${words(PHRASES.verbs)}`, "iu");

const BOUNDARY = /[;!?.]/g;
/** A dot before a digit (`17.592`) or a small letter (`csdl.moet.gov.vn`) ends no sentence. */
const NOT_AFTER_SENTENCE = /[\p{N}\p{Ll}]/u;

/**
 * Sentence or clause boundaries: ".", ";", "!" and "?" that end a sentence — not the dots inside
 * numbers or addresses (`csdl.moet.gov.vn`), nor marks inside brackets (`(gồm …; …)`). Each
 * sentence's start and end in turn, in one flat list (no pair per sentence).
 */
function sentences(segment: TextSegment): number[] {
  const out: number[] = [];
  let start = segment.start;
  let depth = 0;
  let scanned = segment.start;
  // A regex finds the candidate marks much faster than a loop over every character.
  BOUNDARY.lastIndex = segment.start;
  for (let m = BOUNDARY.exec(segment.text); m && m.index < segment.end; m = BOUNDARY.exec(segment.text)) {
    const i = m.index;
    for (; scanned < i; scanned += 1) {
      const ch = segment.text.charCodeAt(scanned);
      if (ch === 40) depth += 1;
      else if (ch === 41 && depth > 0) depth -= 1;
    }
    const next = segment.text[i + 1] ?? " ";
    if (m[0] === "." && NOT_AFTER_SENTENCE.test(next)) continue;
    if (depth > 0 && m[0] === ";") continue;
    if (hasNonSpace(segment.text, start, i + 1)) out.push(start, i + 1);
    start = i + 1;
  }
  if (start < segment.end && hasNonSpace(segment.text, start, segment.end)) out.push(start, segment.end);
  return out;
}

/** Whether `text[from, to)` holds more than white space (as `trim() !== ""`, without copying the sentence). */
function hasNonSpace(text: string, from: number, to: number): boolean {
  return NON_SPACE.test(text.slice(from, to));
}
const NON_SPACE = /\S/;

// Every event holds a number, a change holds "tăng"/"giảm", shares and plans a "%": a sentence
// without them is not scanned by the patterns, which are slow to fail.
const DIGIT = /\d/u;
const CHANGE_WORD = /tăng|giảm/iu;
/** The rank words alone: a literal scan much cheaper than RANK, which few texts with "/" or "thứ" match. */
const RANK_WORD = new RegExp(phrasePattern(PHRASES.rankWords), "iu");

/** The event patterns, earlier ones first: a later pattern's match overlapping a kept one is dropped. Exported for the test that reads them piece by piece. */
export const EVENT_PATTERNS: readonly { kind: EventKind; regex: RegExp }[] = [
  { kind: "rank", regex: RANK },
  { kind: "change", regex: CHANGE },
  { kind: "plan", regex: PLAN },
  { kind: "share", regex: SHARE },
  { kind: "total", regex: OF_TOTAL },
  { kind: "pct", regex: PCT },
  { kind: "value", regex: VALUE },
  { kind: "bare", regex: BARE_COUNT },
];

/** Whether `slice` may hold a match of `kind`'s pattern (each test is necessary for a match, and cheap next to the pattern). */
function mayMatch(kind: EventKind, slice: string, hasPercent: boolean): boolean {
  switch (kind) {
    case "rank":
      return (slice.includes("/") || slice.includes("thứ")) && RANK_WORD.test(slice);
    case "change":
      return CHANGE_WORD.test(slice);
    case "plan":
    case "pct":
      return hasPercent;
    case "share":
      return slice.includes("/");
    case "total":
      return slice.includes("tổng");
    case "value":
      return true;
    case "bare":
      // The count is followed by a bracketed percentage.
      return hasPercent && slice.includes("(");
  }
}

/** Whether match `m` of `kind`, at `at` in `slice`, is an event (a share reads the text around it). */
function accepted(kind: EventKind, m: RegExpExecArray, slice: string, at: number): boolean {
  if (kind === "share") return isShare(m, slice, at);
  if (kind === "value") return unitInfo(m[2])?.dimension !== "percent";
  return true;
}

/** A stretch of a slice that may hold events, with what the patterns' cheap tests ask of it. */
interface EventPiece {
  /** Offset of the piece in the slice. */
  from: number;
  text: string;
  hasPercent: boolean;
}

/** A mark no event contains: ";", "!", "?", or a dot not before a digit (a dot inside a number is followed by one). */
const PIECE_END = /[;!?]|\.(?!\d)/g;

/**
 * The stretches of `slice` between marks no event contains (PIECE_END) that hold a digit: every
 * event lies inside one, and each pattern reads only the pieces its cheap test admits, not the
 * whole paragraph (most of a report's text is prose without figures). A pattern finds the same
 * matches in a piece as in the slice: nothing an event pattern matches or looks for, before or
 * after, is such a mark, so a search that reaches one fails at it in the slice as at the piece's
 * end; and a piece never starts with a digit after a dot (that dot would be in a number).
 */
export function eventPieces(slice: string): EventPiece[] {
  const pieces: EventPiece[] = [];
  let from = 0;
  PIECE_END.lastIndex = 0;
  for (let m = PIECE_END.exec(slice); m; m = PIECE_END.exec(slice)) {
    addPiece(pieces, slice, from, m.index);
    from = m.index + 1;
  }
  addPiece(pieces, slice, from, slice.length);
  return pieces;
}

function addPiece(pieces: EventPiece[], slice: string, from: number, to: number): void {
  const text = slice.slice(from, to);
  if (DIGIT.test(text)) pieces.push({ from, text, hasPercent: text.includes("%") });
}

/** The events of `slice`, which starts at `start` in its paragraph. */
function findEvents(slice: string, start: number): ChunkedList<FoundEvent> {
  if (!DIGIT.test(slice)) return new ChunkedList();
  const pieces = eventPieces(slice);
  const found = new FirstComeSpans<FoundEvent>();
  for (const { kind, regex } of EVENT_PATTERNS) {
    for (const piece of pieces) {
      if (!mayMatch(kind, piece.text, piece.hasPercent)) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(piece.text); m; m = regex.exec(piece.text)) {
        const at = piece.from + m.index;
        const s = start + at;
        const e = s + m[0].length;
        if (found.isFree(s, e) && accepted(kind, m, slice, at)) found.keep({ kind, start: s, end: e });
      }
    }
    found.endPattern();
  }
  return found.spans();
}

/** Each pattern anchored at a given offset: matching at the place of a match gives that match again. */
const AT_OFFSET = new Map(EVENT_PATTERNS.map(({ kind, regex }) => [kind, new RegExp(regex.source, regex.flags.replace("g", "") + "y")]));

/** The match of an event of `scan`, found again at its place in the text the scan read. */
function matchOf(scan: SegmentScan, found: FoundEvent): Event {
  const regex = AT_OFFSET.get(found.kind)!;
  regex.lastIndex = found.start - scan.sourceStart;
  const m = regex.exec(scan.source);
  if (m === null || m[0].length !== found.end - found.start) throw new Error(`indicator pattern "${found.kind}" no longer matches at ${found.start}`);
  return { kind: found.kind, start: found.start, end: found.end, m };
}

const PERCENT_FOLLOWS = /^[^;%]{0,80}?(?:đạt|chiếm|tỷ\s+lệ|\()\s*(?:tỷ\s+lệ\s+)?\d[\d.,]*\s?%/iu;
const UNIT_AT_START = new RegExp(String.raw`^\s?(${UNIT})`, "iu");

/** A fraction is a share when it is not a quarter, scale or date, its part is not above its whole, and a unit or a percentage says what it counts. */
function isShare(m: RegExpExecArray, slice: string, at: number): boolean {
  if (NOT_A_SHARE_BEFORE.test(slice.slice(Math.max(0, at - 12), at))) return false;
  const numerator = parseVietnameseNumber(m[1] ?? m[4])?.value ?? Number.NaN;
  const denominator = parseVietnameseNumber(m[2] ?? m[7])?.value ?? Number.NaN;
  if (!(numerator <= denominator) || denominator === 0) return false;
  const after = slice.slice(at + m[0].length, at + m[0].length + 80);
  const percentFollows = PERCENT_FOLLOWS.test(after);
  if (m[4] !== undefined) {
    // "104.462 hồ sơ trực tuyến/108.117 …": words between need a percentage after (not "08 lượt/11 người").
    const unitAfter = UNIT_AT_START.exec(after)?.[1] ?? null;
    return percentFollows || (unitAfter !== null && sameKind(m[5], unitAfter));
  }
  return m[3] !== undefined || percentFollows;
}

/** Bare values inside brackets (counted from the sentence start) are remarks, not statements. */
function withoutBracketedValues(text: string, start: number, end: number, events: ChunkedList<FoundEvent>): ChunkedList<FoundEvent> {
  // Without a bracket there is nothing to drop (looked for in the sentence's slice: a search of
  // the text from the sentence would read on to the text's end).
  if (!text.slice(start, end).includes("(")) return events;
  const depth = new BracketDepth(text, start);
  const kept = new ChunkedList<FoundEvent>();
  for (let i = 0; i < events.length; i += 1) {
    const e = events.get(i);
    // "(trong đó: có 961 đảng viên …, chiếm 16,3%)" is a share, not a remark.
    if (e.kind !== "value" || depth.at(e.start) === 0 || (i + 1 < events.length && events.get(i + 1).kind === "pct")) kept.push(e);
  }
  return kept;
}

/** Open brackets at each offset (a "(" there counted, a ")" not yet), asked in increasing offsets: one walk, no array per character. */
class BracketDepth {
  private level = 0;
  constructor(
    private readonly text: string,
    private scanned: number,
  ) {}

  at(offset: number): number {
    for (; this.scanned < offset; this.scanned += 1) {
      const ch = this.text.charCodeAt(this.scanned);
      if (ch === 40) this.level += 1;
      else if (ch === 41) this.level = Math.max(0, this.level - 1);
    }
    return this.level + (this.text.charCodeAt(offset) === 40 ? 1 : 0);
  }
}

// Hoisted: a regex literal in the function body is a new object on every call.
const BRACKETED = /\([^()]*\)/gu;
const TWO_LETTERS = /\p{L}{2}/u;
const LETTER = /\p{L}/u;
const SPACES = /\s+/gu;

/** "So với năm 2010": a comparison, never a name. */
const COMPARISON = /^so\s+với(?![\p{L}])/iu;

/** The words of `name` (split at each space) that hold a letter: a loop rather than split and filter, as every candidate name is counted. */
function wordCount(name: string): number {
  let count = 0;
  for (let from = 0; from <= name.length; ) {
    const space = name.indexOf(" ", from);
    const to = space < 0 ? name.length : space;
    if (hasLetter(name, from, to)) count += 1;
    from = to + 1;
  }
  return count;
}

/** Whether `text[from, to)` holds a letter: an ASCII letter settles it without a Unicode test. */
function hasLetter(text: string, from: number, to: number): boolean {
  let wide = false;
  for (let i = from; i < to; i += 1) {
    const lower = text.charCodeAt(i) | 32;
    if (lower >= 97 && lower <= 122) return true;
    if (lower >= 128) wide = true;
  }
  return wide && LETTER.test(text.slice(from, to));
}

/** , : ; ( ) */
const isCut = (code: number): boolean => code === 44 || code === 58 || code === 59 || code === 40 || code === 41;

/** The last offset before `before` holding a clause mark (as `lastIndexOf`, which reads offset 0 when `before` is 0), or -1. */
function lastCut(region: string, before: number): number {
  for (let i = Math.min(Math.max(0, before - 1), region.length - 1); i >= 0; i -= 1) if (isCut(region.charCodeAt(i))) return i;
  return -1;
}

/** Runs of white space as one space; the same string when there is none to change (most names). */
function collapseSpaces(text: string): string {
  return ODD_SPACE.test(text) ? text.replace(SPACES, " ") : text;
}
const ODD_SPACE = /[^\S ]| {2}/u;
const TRAILING_WORDS = /^[^(),;:.\d%]*/u;
const MAX_TRAILING_WORDS = 8;

/** The unit written after a figure and the words describing it, up to a bracket or a comma: `TCCS đảng hoàn thành xuất sắc nhiệm vụ`. */
function trailingName(text: string, event: Event): { name: string; end: number } | null {
  const unit = event.kind === "value" ? event.m[2] : event.kind === "share" ? (event.m[3] ?? event.m[5]) : undefined;
  if (!unit) return null;
  const after = TRAILING_WORDS.exec(text.slice(event.end, event.end + 160))?.[0] ?? "";
  const described = after.trim().split(SPACES).filter(Boolean).slice(0, MAX_TRAILING_WORDS);
  const name = [unit.trim().replace(SPACES, " "), ...described].join(" ");
  const end = described.length === 0 ? event.end : event.end + after.indexOf(described.at(-1)!) + described.at(-1)!.length;
  return { name, end };
}

/** `text[from, to)` with the period phrases in it (in order) turned to spaces. */
function withPeriodsBlanked(text: string, from: number, to: number, periods: readonly PeriodSpan[]): string {
  const pieces: string[] = [];
  let at = from;
  for (const p of periods) {
    pieces.push(text.slice(at, p.start), " ".repeat(p.end - p.start));
    at = p.end;
  }
  pieces.push(text.slice(at, to));
  return pieces.join("");
}

function startDraft(segment: TextSegment, from: number, event: Event, cursor: PeriodCursor): Draft | null {
  const text = segment.text;
  // Parenthesised remarks and period phrases are not part of a name (blanked in one pass).
  const inRegion = cursor.within(from, event.start);
  let region = inRegion.length === 0 ? text.slice(from, event.start) : withPeriodsBlanked(text, from, event.start, inRegion);
  if (region.includes("(")) region = region.replace(BRACKETED, (m) => " ".repeat(m.length));

  // The name is the last clause before the value; "Tổng số lượt tiếp: 08 lượt" names it before the colon.
  let cut = lastCut(region, region.length);
  if (cut >= 0 && !TWO_LETTERS.test(region.slice(cut + 1)) && region[cut] === ":") {
    region = region.slice(0, cut);
    cut = lastCut(region, cut);
  }
  const isPercent = event.kind === "pct";
  // "Như thuế … Nhà nước (40,37% dự toán)": a figure opening a bracket is named before it.
  if ((isPercent || event.kind === "plan") && cut >= 0 && region[cut] === "(" && !TWO_LETTERS.test(region.slice(cut + 1))) cut = lastCut(region, cut);
  // "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 82%": a rate's name may hold a comma.
  if (isPercent && cut >= 0 && region[cut] === "," && !RATE_NAME.test(region.slice(cut + 1))) {
    const previous = lastCut(region, cut);
    if (RATE_START.test(region.slice(previous + 1, cut))) cut = previous;
  }
  let nameStart = from + cut + 1;
  let body = region.slice(cut + 1);
  let qualifier: string | null = null;
  for (let m = TRAILING_QUALIFIER.exec(body); m; m = TRAILING_QUALIFIER.exec(body)) {
    const word = m[1].toLowerCase().replace(SPACES, " ");
    if (QUALIFIERS.has(word) && qualifier === null) qualifier = word;
    body = body.slice(0, m.index);
  }
  for (;;) {
    const trimmed = body.trimStart();
    const m = LEADING_FILLER.exec(trimmed);
    if (!m) break;
    const offset = body.length - trimmed.length + m[0].length;
    body = body.slice(offset);
    nameStart += offset;
  }
  // "Điểm CCHC năm 2020 được xếp loại tốt, đứng 3/10 huyện": a rank continues its sentence's subject.
  if (event.kind === "rank" && wordCount(body.trim()) < 2 && cut >= 0 && region[cut] === ",") {
    const clauseStart = lastCut(region, cut) + 1;
    const subject = SUBJECT.exec(region.slice(clauseStart, cut))?.[1];
    if (subject && wordCount(subject.trim()) >= 2) {
      body = subject;
      nameStart = from + clauseStart;
    }
  }
  const leadingSpace = body.length - body.trimStart().length;
  nameStart += leadingSpace;
  let name = collapseSpaces(body.trim());
  let end = event.end;
  let words = wordCount(name);
  if (words < 2) {
    // "trong đó 38 Chi bộ HTXSNV (chiếm 20,8%)": the count names itself after its number.
    const trailing = trailingName(text, event);
    if (!trailing) return null;
    name = trailing.name;
    nameStart = event.start;
    end = trailing.end;
    words = wordCount(name);
  }
  if (words < 2 || words > MAX_NAME_WORDS || COMPARISON.test(name)) return null;

  const lastInRegion = inRegion.at(-1);
  const own = lastInRegion !== undefined && lastInRegion.start >= nameStart ? lastInRegion.period : null;
  // A percentage alone is a statement when its name is a rate or a share word introduces it.
  if (isPercent && !RATE_NAME.test(name) && event.m[1] === undefined) return null;
  return {
    segment,
    nameStart,
    name,
    end,
    ownPeriod: own,
    contextPeriod: null,
    priorYearHint: null,
    qualifier,
    value: null,
    unit: null,
    planPct: null,
    planBasis: null,
    changePct: null,
    changeAmount: null,
    share: null,
    rank: null,
    components: null,
    rate: false,
    target: false,
    priorValue: null,
    prior: null,
    stated: {},
  };
}

function numberAt(m: RegExpExecArray, group: number): { value: number; decimals: number } {
  const parsed = parseVietnameseNumber(m[group]);
  return parsed ? { value: parsed.value, decimals: parsed.decimals } : { value: Number.NaN, decimals: 0 };
}

/** Offsets of capture group `group` (regex has no `d` flag: locate it inside the match) with the decimals written there. */
function statedAt(event: Event, group: number, decimals: number, after = 0): { start: number; end: number; decimals: number } {
  const at = event.m[0].indexOf(event.m[group], after);
  return { start: event.start + at, end: event.start + at + event.m[group].length, decimals };
}

function attach(draft: Draft, event: Event): void {
  const m = event.m;
  draft.end = Math.max(draft.end, event.end);
  switch (event.kind) {
    case "value":
    case "bare": {
      if (draft.value !== null) return;
      const n = numberAt(m, 1);
      draft.value = n.value;
      draft.unit = event.kind === "value" ? canonicalUnit(m[2]) : unitNamedBy(draft.name);
      draft.stated.value = statedAt(event, 1, n.decimals);
      return;
    }
    case "rank": {
      const position = numberAt(m, 1).value;
      const of = m[2] ? numberAt(m, 2).value : null;
      draft.rank = { position, of };
      draft.value ??= position;
      return;
    }
    case "share": {
      const fraction = m[1] !== undefined;
      const numerator = numberAt(m, fraction ? 1 : 4);
      const denominator = numberAt(m, fraction ? 2 : 7).value;
      draft.value ??= numerator.value;
      draft.unit ??= canonicalUnit(fraction ? m[3] : m[5]) ?? headNoun(m.input.slice(m.index + m[0].length));
      draft.share = { numerator: numerator.value, denominator, pct: null };
      draft.stated.value ??= statedAt(event, fraction ? 1 : 4, numerator.decimals);
      return;
    }
    case "total": {
      if (draft.value === null) return;
      draft.share = { numerator: draft.value, denominator: numberAt(m, 1).value, pct: null };
      return;
    }
    case "pct": {
      const pct = numberAt(m, 2);
      const span = statedAt(event, 2, pct.decimals);
      if (draft.value === null) {
        // "Tỷ lệ số hóa hồ sơ … đạt 82%": the percentage is the value.
        draft.value = pct.value;
        draft.unit = "%";
        draft.rate = true;
        draft.stated.value = span;
        return;
      }
      draft.share ??= { numerator: draft.value, denominator: null, pct: null };
      draft.share.pct = pct.value;
      draft.stated.share = span;
      return;
    }
    case "plan": {
      if (draft.planPct !== null) return;
      const n = numberAt(m, 1);
      draft.planPct = n.value;
      draft.planBasis = m[2].replace(/\s+/gu, " ");
      draft.stated.plan = statedAt(event, 1, n.decimals);
      return;
    }
    case "change": {
      const priorYear = m[1] ?? m[5];
      if (priorYear && /\d/u.test(priorYear)) draft.priorYearHint = Number(priorYear);
      if (draft.changeAmount !== null) return;
      const sign = m[2].toLowerCase() === "giảm" ? -1 : 1;
      const n = numberAt(m, 3);
      const unit = m[4] ? canonicalUnit(m[4]) : null;
      // "tăng 85% số đơn (tăng 90 đơn)": a change in percent restated in units adds the amount, nothing else.
      if (draft.changePct !== null) {
        if (unit === null || unit === "%" || !/\(\s*$/u.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return;
        if (draft.unit !== null && convertUnit(1, unit, draft.unit) === null) return;
        draft.changeAmount = sign * (draft.unit ? (convertUnit(n.value, unit, draft.unit) ?? n.value) : n.value);
        draft.unit ??= unit;
        return;
      }
      const span = statedAt(event, 3, n.decimals, m[0].indexOf(m[2]) + m[2].length);
      if (unit === "%") draft.changePct = sign * n.value;
      else if (unit !== null && (draft.unit === null || convertUnit(1, unit, draft.unit) !== null)) {
        draft.changeAmount = sign * (draft.unit ? (convertUnit(n.value, unit, draft.unit) ?? n.value) : n.value);
        draft.unit ??= unit;
      } else return;
      draft.stated.change = span;
      // "(71/74 đơn)": this period's figure over the same period's — read only when it starts with the figure stated.
      if (m[6] && m[7] && (draft.value === null || numberAt(m, 6).value === draft.value)) {
        const at = m[0].lastIndexOf("(");
        draft.priorValue = numberAt(m, 7).value;
        draft.prior = { start: event.start + at, end: event.end };
      }
      return;
    }
  }
}

const HEAD_NOUN = /^\s*(\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*[,;.()]|\s+(?:đạt|chiếm|tỷ\s+lệ)(?![\p{L}]))/u;

/** `8.056/8.203 tàu cá, đạt 98,2%`: a count noun the unit list does not know, read as the fraction's unit. */
function headNoun(after: string): string | null {
  return HEAD_NOUN.exec(after)?.[1] ?? null;
}

const NAMED_UNIT = new RegExp(String.raw`^(?:tổng\s+)?số\s+(?:lượng\s+)?(${UNIT})`, "iu");

/** `Số hồ sơ giải quyết đúng hạn là 193.457`: the unit the name counts. */
function unitNamedBy(name: string): string | null {
  const m = NAMED_UNIT.exec(name);
  return m ? canonicalUnit(m[1]) : null;
}

function kindOf(d: Draft): IndicatorKind {
  if (d.rank) return "rank";
  if (d.share) return "share";
  if (d.rate || (d.value === null && d.planPct !== null)) return "rate";
  if (d.value === null) return "change";
  const dimension = unitInfo(d.unit)?.dimension;
  return dimension === "count" || dimension === "people" ? "count" : "amount";
}

function toRecord(d: Draft, text: readonly ParagraphText[]): IndicatorRecord {
  const t = text[d.segment.paragraph];
  const [start, end] = t.span(d.nameStart, d.end);
  const period = d.ownPeriod ?? d.contextPeriod;
  const stated: IndicatorRecord["stated"] = {};
  // for…in: the keys in the order attach stated them, as Object.entries, without a pair per key.
  for (const key in d.stated) {
    const figure = d.stated[key as StatedKind]!;
    const [s, e] = t.span(figure.start, figure.end);
    stated[key as StatedKind] = { start: s, end: e, decimals: figure.decimals } satisfies StatedFigure;
  }
  const record: IndicatorRecord = {
    paragraph: d.segment.paragraph,
    start,
    end,
    text: t.original.slice(start, end),
    name: ownCopy(d.name),
    period: period ? formatPeriod(period) : null,
    value: d.value,
    unit: d.unit,
    planPct: d.planPct,
    changePct: d.changePct,
    priorValue: d.priorValue,
    qualifier: d.qualifier,
    footnote: d.segment.footnote,
    planBasis: d.planBasis,
    changeAmount: d.changeAmount,
    share: d.share,
    kind: kindOf(d),
    target: d.target,
    rank: d.rank,
    components: d.components ? { ...d.components, ...spanOf(t, d.components.start, d.components.end) } : null,
    priorPeriod: null,
    priorSource: null,
    stated,
  };
  if (d.prior) {
    record.priorPeriod = period ? formatPeriod(samePeriodLastYear(period)) : null;
    record.priorSource = sourceOf(text, d.segment.paragraph, d.prior.start, d.prior.end, null);
  }
  return record;
}

function sourceOf(text: readonly ParagraphText[], paragraph: number, from: number, to: number, footnote: string | null): IndicatorSource {
  const [start, end] = text[paragraph].span(from, to);
  return { paragraph, start, end, text: text[paragraph].original.slice(start, end), footnote };
}

const MIN_PRIOR_NAME_SCORE = 0.6;

/** A statement linkFootnotePriors may read, with its record (which it completes). */
interface LinkableStatement {
  draft: Draft;
  record: IndicatorRecord;
}

/** Only a footnote statement with a value and a period of its own can give a prior value. */
const givesPrior = (d: Draft): boolean => d.segment.footnote !== null && d.value !== null && d.ownPeriod !== null;

/**
 * Whether linkFootnotePriors may read the draft: a footnote statement that can give a prior, or a
 * main-text statement of a segment with reference marks (a prior is looked for among the marks
 * after it, up to the next statement of its segment; a statement of another segment never counts).
 */
const mayLinkPrior = (d: Draft): boolean => givesPrior(d) || (d.segment.footnote === null && d.segment.refs.length > 0);

/** The refs (sorted by offset) in `[from, to)`, found by binary search: a paragraph may hold thousands. */
function refsWithin(refs: readonly FootnoteRef[], from: number, to: number): FootnoteRef[] {
  let low = 0;
  let high = refs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (refs[mid].offset < from) low = mid + 1;
    else high = mid;
  }
  const out: FootnoteRef[] = [];
  for (let k = low; k < refs.length && refs[k].offset < to; k += 1) out.push(refs[k]);
  return out;
}

/**
 * A footnote attached to a statement that gives the same indicator, with an explicit earlier
 * period, supplies the statement's prior value (`[2: Tổng mức bán lẻ … 6 tháng năm 2020 đạt 15.654 tỷ đồng]`).
 */
function linkFootnotePriors(statements: readonly LinkableStatement[], text: readonly ParagraphText[]): void {
  const bodies = new Map<string, Draft[]>();
  for (const { draft: d } of statements) {
    if (!givesPrior(d)) continue;
    const list = bodies.get(d.segment.footnote!) ?? [];
    list.push(d);
    bodies.set(d.segment.footnote!, list);
  }
  // The main-text statements, in reading order.
  const main = statements.filter(({ draft }) => draft.segment.footnote === null);
  main.forEach(({ draft: d, record }, i) => {
    if (record.value === null || record.priorValue !== null) return;
    const following = main[i + 1]?.draft;
    const next = following?.segment === d.segment ? following.nameStart : d.segment.end;
    const period = d.ownPeriod ?? d.contextPeriod;
    const yearBefore = period ? samePeriodLastYear(period) : null;
    for (const ref of refsWithin(d.segment.refs, d.nameStart, next)) {
      let best: { draft: Draft; score: number; value: number } | null = null;
      for (const candidate of bodies.get(ref.id) ?? []) {
        const value = convertUnit(candidate.value as number, candidate.unit, d.unit);
        if (value === null) continue;
        const own = candidate.ownPeriod as Period;
        if (period && comparePeriods(own, period) >= 0) continue;
        const exact = yearBefore ? samePeriod(own, yearBefore) : false;
        const score = nameSimilarity(d.name, candidate.name) + (exact ? 0.1 : 0);
        if (score >= MIN_PRIOR_NAME_SCORE && (!best || score > best.score)) best = { draft: candidate, score, value };
      }
      if (best) {
        record.priorValue = best.value;
        record.priorPeriod = formatPeriod(best.draft.ownPeriod as Period);
        record.priorSource = sourceOf(text, best.draft.segment.paragraph, best.draft.nameStart, best.draft.end, ref.id);
        return;
      }
    }
  });
}
