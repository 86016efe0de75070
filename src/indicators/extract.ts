/**
 * Indicator statements in running text and footnotes (SPEC §7):
 * `Tổng mức bán lẻ … 6 tháng đầu năm 2021 ước thực hiện 17.592 tỷ đồng, đạt 51,6% kế hoạch
 * năm và tăng 12,4% so với cùng kỳ năm trước` → name, period, qualifier, value + unit, plan
 * share, change; a footnote with the same indicator one year earlier gives `priorValue`.
 */
import type { Paragraph } from "../document/snapshot";
import type { IndicatorRecord, IndicatorSource, StatedFigure } from "./types";
import type { OutlineEntry } from "../structure/types";
import type { ParagraphText } from "../text/normalize";
import { parseVietnameseNumber } from "../text/numbers";
import { nameSimilarity } from "./match";
import { comparePeriods, findPeriods, formatPeriod, samePeriod, samePeriodLastYear, withYear, type Period, type PeriodMatch } from "./periods";
import { segmentParagraphs, type TextSegment } from "./segments";
import { canonicalUnit, convertUnit, UNIT_PATTERN } from "./units";

const DIGITS = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)`;
const NUM = String.raw`(?<![\p{L}\p{N}.,/])${DIGITS}(?![\p{N}]|[.,/]\d)`;
// Both sides of a fraction ("40/43"): the slash is allowed next to them.
const FRACTION = String.raw`(?<![\p{L}\p{N}.,/])(${DIGITS})\s*\/\s*(${DIGITS})(?![\p{N}]|[.,/]\d)`;
const UNIT = String.raw`(?:${UNIT_PATTERN})(?![\p{L}\p{N}])`;
const SAME_PERIOD = String.raw`so\s+(?:với\s+)?cùng\s+kỳ(?:\s+năm\s+(trước|(?:19|20)\d{2}))?`;

const VALUE = new RegExp(String.raw`(${NUM})\s?(${UNIT})`, "giu");
const CHANGE = new RegExp(
  String.raw`(?:${SAME_PERIOD}\s*,?\s*)?(tăng|giảm)\s+(?:thêm\s+)?(${NUM})\s?(${UNIT})?(?:\s*${SAME_PERIOD})?(?:\s*\(\s*${FRACTION}\s*(?:${UNIT})?\s*\))?`,
  "giu",
);
const PLAN = new RegExp(
  String.raw`(?:(?:ước\s+|chỉ\s+|mới\s+)?(?:đạt|bằng)\s+)?(${NUM})\s?%\s*(?:so\s+với\s+)?((?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu)(?:\s+(?:năm|vốn|tỉnh|huyện|thành\s+phố|thị\s+xã|được|giao|do|HĐND|UBND)(?![\p{L}]))*)`,
  "giu",
);
const SHARE = new RegExp(String.raw`${FRACTION}\s*(${UNIT})?\s*\(\s*(${NUM})\s?%\s*\)`, "giu");

const TRAILING_QUALIFIER =
  /(?:\s|^)(ước\s+thực\s+hiện|ước\s+tính|ước\s+đạt|thực\s+hiện|đạt|là|được|trên|gần|khoảng|hơn|có|đối\s+với|với|cho|của|bằng|:|-)\s*$/iu;
const QUALIFIERS = new Set(["ước thực hiện", "ước tính", "ước đạt", "thực hiện", "đạt"]);
const LEADING_FILLER = /^(?:[-–+•]|trong\s+đó|trong|kết\s+quả|về|riêng|bao\s+gồm|gồm|và|còn|đến\s+nay)\s*[:,]?\s+/iu;
const RATE_NAME = /tỷ\s+lệ|tỉ\s+lệ|tốc\s+độ|tỷ\s+trọng|độ\s+che\s+phủ/iu;
const MAX_NAME_WORDS = 20;

type EventKind = "value" | "share" | "change" | "plan";

interface Event {
  kind: EventKind;
  start: number;
  end: number;
  m: RegExpExecArray;
}

interface Draft {
  segment: TextSegment;
  nameStart: number;
  nameEnd: number;
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
  priorValue: number | null;
  prior: { start: number; end: number } | null;
  stated: Partial<Record<EventKind, { start: number; end: number; decimals: number }>>;
}

/** All indicator statements, main text first then footnotes, each in reading order. */
export function extractIndicators(
  text: readonly ParagraphText[],
  outline: readonly OutlineEntry[],
  paragraphs?: readonly Paragraph[],
): IndicatorRecord[] {
  const segments = segmentParagraphs(text, paragraphs);
  const context = documentContext(text, outline);
  const refParagraph = new Map<string, number>();
  for (const s of segments) for (const r of s.refs) if (!refParagraph.has(r.id)) refParagraph.set(r.id, s.paragraph);

  const drafts: Draft[] = [];
  for (const segment of segments) {
    const anchor = segment.footnote === null ? segment.paragraph : refParagraph.get(segment.footnote) ?? segment.paragraph;
    drafts.push(...extractFromSegment(segment, context.periodFor(anchor), context.year));
  }
  const byDraft = new Map<Draft, IndicatorRecord>();
  for (const d of drafts) byDraft.set(d, toRecord(d, text));
  linkFootnotePriors(drafts, byDraft, text);
  return [...byDraft.values()].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
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
    const isDateLine = /ngày.*tháng.*năm/iu.test(text[i].normalized);
    for (const found of findPeriods(text[i].normalized)) {
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

function extractFromSegment(segment: TextSegment, fallback: Period | null, documentYear: number | null): Draft[] {
  const drafts: Draft[] = [];
  // Every statement starts at a number: a segment without a digit has none (most paragraphs).
  if (!DIGIT.test(segment.text.slice(segment.start, segment.end))) return drafts;
  let segmentPeriod: Period | null = null;
  // No period phrase crosses a sentence boundary (none contains . ; ! or ?), so the segment is
  // read once and each sentence takes the phrases inside it.
  const segmentPeriods = findPeriods(segment.text.slice(segment.start, segment.end)).map((p) => ({ ...p, start: p.start + segment.start, end: p.end + segment.start }));
  // Statements do not cross sentence boundaries either (a dot inside them is followed by a
  // digit, which is no boundary): one scan per pattern for the segment, not per sentence.
  const segmentEvents = findEvents(segment.text, segment.start, segment.end);
  for (const [start, end] of sentences(segment)) {
    const events = withoutBracketedValues(
      segment.text,
      start,
      end,
      segmentEvents.filter((e) => e.start >= start && e.end <= end),
    );
    const periods = segmentPeriods.filter((p) => p.start >= start && p.end <= end && !events.some((e) => e.start < p.end && p.start < e.end));
    let cursor = start;
    let current: Draft | null = null;
    let sentencePeriod: Period | null = null;
    for (const event of events) {
      if (current && (event.kind === "change" || event.kind === "plan")) {
        attach(current, event);
        cursor = event.end;
        continue;
      }
      const draft = startDraft(segment, cursor, event, periods);
      cursor = event.end;
      if (!draft) continue;
      attach(draft, event);
      sentencePeriod ??= periodBefore(periods, draft.nameStart);
      draft.contextPeriod = sentencePeriod ?? segmentPeriod ?? fallback;
      if (draft.ownPeriod) sentencePeriod = draft.ownPeriod;
      drafts.push(draft);
      current = draft;
    }
    segmentPeriod = sentencePeriod ?? periods.at(-1)?.period ?? segmentPeriod;
  }
  // Years last: "so với cùng kỳ năm 2020" (read with the whole statement) says the year is 2021.
  for (const draft of drafts) {
    const hint = draft.priorYearHint === null ? null : draft.priorYearHint + 1;
    if (draft.contextPeriod) draft.contextPeriod = withYear(draft.contextPeriod, hint, fallback, documentYear);
    if (draft.ownPeriod) draft.ownPeriod = withYear(draft.ownPeriod, hint, draft.contextPeriod, fallback, documentYear);
  }
  return drafts;
}

function periodBefore(periods: readonly PeriodMatch[], position: number): Period | null {
  const before = periods.filter((p) => p.end <= position);
  return before.at(-1)?.period ?? null;
}

const BOUNDARY = /[;!?.]/g;

/** Sentence or clause boundaries: ".", ";", "!" and "?" that end a sentence (not the dots inside numbers). */
function sentences(segment: TextSegment): [number, number][] {
  const out: [number, number][] = [];
  let start = segment.start;
  // A regex finds the candidate marks much faster than a loop over every character.
  BOUNDARY.lastIndex = segment.start;
  for (let m = BOUNDARY.exec(segment.text); m && m.index < segment.end; m = BOUNDARY.exec(segment.text)) {
    const i = m.index;
    if (m[0] === "." && /\p{N}/u.test(segment.text[i + 1] ?? " ")) continue;
    out.push([start, i + 1]);
    start = i + 1;
  }
  if (start < segment.end) out.push([start, segment.end]);
  return out.filter(([s, e]) => segment.text.slice(s, e).trim() !== "");
}

// Every event holds a number, a change holds "tăng"/"giảm", shares and plans a "%": a sentence
// without them is not scanned by the patterns, which are slow to fail.
const DIGIT = /\d/u;
const CHANGE_WORD = /tăng|giảm/iu;

function findEvents(text: string, start: number, end: number): Event[] {
  const slice = text.slice(start, end);
  if (!DIGIT.test(slice)) return [];
  const hasPercent = slice.includes("%");
  const found: Event[] = [];
  const collect = (kind: EventKind, regex: RegExp, hint: boolean) => {
    if (!hint) return;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (!found.some((f) => f.start < e && s < f.end)) found.push({ kind, start: s, end: e, m });
    }
  };
  collect("share", SHARE, hasPercent);
  collect("change", CHANGE, CHANGE_WORD.test(slice));
  collect("plan", PLAN, hasPercent);
  collect("value", VALUE, true);
  return found.sort((a, b) => a.start - b.start);
}

/** Bare values inside brackets (counted from the sentence start) are remarks, not statements. */
function withoutBracketedValues(text: string, start: number, end: number, events: Event[]): Event[] {
  const slice = text.slice(start, end);
  // Without a bracket there is nothing to drop.
  if (!slice.includes("(")) return events;
  const depth = parenthesisDepth(slice);
  return events.filter((e) => e.kind !== "value" || depth[e.start - start] === 0);
}

function parenthesisDepth(text: string): number[] {
  const depth: number[] = [];
  let level = 0;
  for (const ch of text) {
    if (ch === "(") level += 1;
    depth.push(level);
    if (ch === ")") level = Math.max(0, level - 1);
    // Keep one entry per UTF-16 unit.
    if (ch.length === 2) depth.push(level);
  }
  return depth;
}

// Hoisted: a regex literal in the function body is a new object on every call.
const BRACKETED = /\([^()]*\)/gu;
const TWO_LETTERS = /\p{L}{2}/u;
const LETTER = /\p{L}/u;
const SPACES = /\s+/gu;

function startDraft(segment: TextSegment, from: number, event: Event, periods: readonly PeriodMatch[]): Draft | null {
  const text = segment.text;
  // Parenthesised remarks and period phrases are not part of a name.
  let region = text.slice(from, event.start).replace(BRACKETED, (m) => " ".repeat(m.length));
  const inRegion = periods.filter((p) => p.start >= from && p.end <= event.start);
  for (const p of inRegion) region = region.slice(0, p.start - from) + " ".repeat(p.end - p.start) + region.slice(p.end - from);

  // The name is the last clause before the value; "Tổng số lượt tiếp: 08 lượt" names it before the colon.
  const lastCut = (before: number) => Math.max(...[",", ":", ";", "(", ")"].map((c) => region.lastIndexOf(c, before - 1)));
  let cut = lastCut(region.length);
  if (cut >= 0 && !TWO_LETTERS.test(region.slice(cut + 1)) && region[cut] === ":") {
    region = region.slice(0, cut);
    cut = lastCut(cut);
  }
  let nameStart = from + cut + 1;
  let body = region.slice(cut + 1);
  let qualifier: string | null = null;
  for (let m = TRAILING_QUALIFIER.exec(body); m; m = TRAILING_QUALIFIER.exec(body)) {
    const word = m[1].toLowerCase().replace(SPACES, " ");
    if (QUALIFIERS.has(word) && qualifier === null) qualifier = word;
    body = body.slice(0, m.index);
  }
  for (let m = LEADING_FILLER.exec(body.trimStart()); m; m = LEADING_FILLER.exec(body.trimStart())) {
    const offset = body.length - body.trimStart().length + m[0].length;
    body = body.slice(offset);
    nameStart += offset;
  }
  const leadingSpace = body.length - body.trimStart().length;
  nameStart += leadingSpace;
  const name = body.trim().replace(SPACES, " ");
  const words = name.split(" ").filter((w) => LETTER.test(w));
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;

  const own = inRegion.filter((p) => p.start >= nameStart).at(-1)?.period ?? null;
  const isPercentValue = event.kind === "value" && event.m[2].trim() === "%";
  if (isPercentValue && !RATE_NAME.test(name)) return null;
  return {
    segment,
    nameStart,
    nameEnd: nameStart + body.trimEnd().length - leadingSpace,
    name,
    end: event.end,
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
    priorValue: null,
    prior: null,
    stated: {},
  };
}

function numberAt(m: RegExpExecArray, group: number): { value: number; decimals: number } {
  const parsed = parseVietnameseNumber(m[group]);
  return parsed ? { value: parsed.value, decimals: parsed.decimals } : { value: Number.NaN, decimals: 0 };
}

/** Offsets of capture group `group` (regex has no `d` flag: locate it inside the match). */
function groupSpan(event: Event, group: number, after = 0): { start: number; end: number } {
  const at = event.m[0].indexOf(event.m[group], after);
  return { start: event.start + at, end: event.start + at + event.m[group].length };
}

function attach(draft: Draft, event: Event): void {
  const m = event.m;
  draft.end = Math.max(draft.end, event.end);
  switch (event.kind) {
    case "value": {
      if (draft.value !== null) return;
      const n = numberAt(m, 1);
      draft.value = n.value;
      draft.unit = canonicalUnit(m[2]);
      draft.stated.value = { ...groupSpan(event, 1), decimals: n.decimals };
      return;
    }
    case "share": {
      const numerator = numberAt(m, 1).value;
      const denominator = numberAt(m, 2).value;
      const pct = numberAt(m, 4);
      draft.value ??= numerator;
      draft.unit ??= m[3] ? canonicalUnit(m[3]) : null;
      draft.share = { numerator, denominator, pct: pct.value };
      const pctAt = m[0].lastIndexOf(m[4]);
      draft.stated.share = { start: event.start + pctAt, end: event.start + pctAt + m[4].length, decimals: pct.decimals };
      return;
    }
    case "plan": {
      if (draft.planPct !== null) return;
      const n = numberAt(m, 1);
      draft.planPct = n.value;
      draft.planBasis = m[2].replace(/\s+/gu, " ");
      draft.stated.plan = { ...groupSpan(event, 1), decimals: n.decimals };
      return;
    }
    case "change": {
      const priorYear = m[1] ?? m[5];
      if (priorYear && /\d/u.test(priorYear)) draft.priorYearHint = Number(priorYear);
      if (draft.changePct !== null || draft.changeAmount !== null) return;
      const sign = m[2].toLowerCase() === "giảm" ? -1 : 1;
      const n = numberAt(m, 3);
      const unit = m[4] ? canonicalUnit(m[4]) : null;
      const span = { ...groupSpan(event, 3, m[0].indexOf(m[2]) + m[2].length), decimals: n.decimals };
      if (unit === "%") draft.changePct = sign * n.value;
      else if (unit !== null && (draft.unit === null || convertUnit(1, unit, draft.unit) !== null)) draft.changeAmount = sign * (draft.unit ? (convertUnit(n.value, unit, draft.unit) ?? n.value) : n.value);
      else return;
      draft.stated.change = span;
      if (m[6] && m[7]) {
        // "(71/74 đơn)": this period's figure over the same period's.
        const at = m[0].lastIndexOf("(");
        draft.priorValue = numberAt(m, 7).value;
        draft.prior = { start: event.start + at, end: event.end };
      }
      return;
    }
  }
}

function toRecord(d: Draft, text: readonly ParagraphText[]): IndicatorRecord {
  const t = text[d.segment.paragraph];
  const [start, end] = t.span(d.nameStart, d.end);
  const period = d.ownPeriod ?? d.contextPeriod;
  const stated: IndicatorRecord["stated"] = {};
  for (const [key, figure] of Object.entries(d.stated) as [EventKind, { start: number; end: number; decimals: number }][]) {
    const [s, e] = t.span(figure.start, figure.end);
    stated[key] = { start: s, end: e, decimals: figure.decimals } satisfies StatedFigure;
  }
  const record: IndicatorRecord = {
    paragraph: d.segment.paragraph,
    start,
    end,
    text: t.original.slice(start, end),
    name: d.name,
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

/**
 * A footnote attached to a statement that gives the same indicator, with an explicit earlier
 * period, supplies the statement's prior value (`[2: Tổng mức bán lẻ … 6 tháng năm 2020 đạt 15.654 tỷ đồng]`).
 */
function linkFootnotePriors(drafts: readonly Draft[], records: Map<Draft, IndicatorRecord>, text: readonly ParagraphText[]): void {
  const bodies = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.segment.footnote === null) continue;
    const list = bodies.get(d.segment.footnote) ?? [];
    list.push(d);
    bodies.set(d.segment.footnote, list);
  }
  const main = drafts.filter((d) => d.segment.footnote === null);
  main.forEach((d, i) => {
    const record = records.get(d);
    if (!record || record.value === null || record.priorValue !== null) return;
    const next = main[i + 1]?.segment === d.segment ? main[i + 1].nameStart : d.segment.end;
    const period = d.ownPeriod ?? d.contextPeriod;
    for (const ref of d.segment.refs.filter((r) => r.offset >= d.nameStart && r.offset < next)) {
      let best: { draft: Draft; score: number; value: number } | null = null;
      for (const candidate of bodies.get(ref.id) ?? []) {
        if (candidate.value === null || candidate.ownPeriod === null) continue;
        const value = convertUnit(candidate.value, candidate.unit, d.unit);
        if (value === null) continue;
        if (period && comparePeriods(candidate.ownPeriod, period) >= 0) continue;
        const exact = period ? samePeriod(candidate.ownPeriod, samePeriodLastYear(period)) : false;
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
