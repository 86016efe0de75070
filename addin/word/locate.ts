/**
 * Where in a paragraph an action lands, planned on the text Word reports for that paragraph
 * (Word offsets, see textModel.ts). Word has no offset-based ranges: a place is reached by a
 * search scoped to the paragraph for a string that occurs exactly once in it (the window), then,
 * when the place is only part of the window, by a search inside the window's range (the inner
 * string, whose occurrence index in the window is known from the offsets).
 */
import { MAX_SEARCH, escapeSearch, isSearchBoundary } from "./textModel";

export interface Span {
  start: number;
  end: number;
}

/** A window unique in the paragraph and the part of it that is the place. */
export interface Probe {
  window: Span;
  inner: Span;
}

export type InsertLocation = "Replace" | "Start" | "End";

/** How the range of a place is obtained; `location` is where text goes relative to it. */
export type Target =
  | { kind: "paragraph"; location: InsertLocation }
  | { kind: "probe"; probe: Probe; location: InsertLocation }
  | { kind: "span"; from: Probe; to: Probe; location: InsertLocation };

export type LocateRefusal = "too-long" | "ambiguous" | "crosses-mark";

/** Starts of every occurrence (overlapping ones too), up to `limit`. */
export function countOccurrences(text: string, needle: string, limit = Infinity): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n < limit; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/** Which of Word's left-to-right, non-overlapping matches starts at `start`; -1 when none does. */
export function occurrenceIndex(text: string, needle: string, start: number): number {
  if (needle === "") return -1;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && i <= start; i = text.indexOf(needle, i + needle.length), n++) {
    if (i === start) return n;
  }
  return -1;
}

/** Word's non-overlapping matches of `needle` in `text`. */
export function matchCount(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The stretch around `span` that a search can cover: no note mark, placeholder or line break. */
function segmentOf(text: string, span: Span): Span | null {
  for (let i = span.start; i < span.end; i++) if (isSearchBoundary(text[i]!)) return null;
  let start = span.start;
  while (start > 0 && !isSearchBoundary(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !isSearchBoundary(text[end]!)) end++;
  return { start, end };
}

/** Not a place to cut: inside a surrogate pair or before a combining mark (NFD tone marks). */
function isInsideCluster(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  return (code >= 0xdc00 && code <= 0xdfff) || /\p{M}/u.test(text[at]!);
}

function stepRight(text: string, at: number, limit: number): number {
  let next = at + 1;
  while (next < limit && isInsideCluster(text, next)) next++;
  return next;
}

function stepLeft(text: string, at: number, limit: number): number {
  let next = at - 1;
  while (next > limit && isInsideCluster(text, next)) next--;
  return next;
}

/**
 * The smallest window around `inner` (growing on the sides `grow` allows, whole characters at a
 * time) that occurs once in `text` and stays searchable: inside one segment, at most 255
 * characters once escaped.
 */
export function probeFor(text: string, inner: Span, grow: "both" | "left" | "right" = "both"): Probe | LocateRefusal {
  const segment = segmentOf(text, inner);
  if (!segment || inner.start === inner.end) return "crosses-mark";
  let start = inner.start;
  let end = inner.end;
  while (start > segment.start && isInsideCluster(text, start)) start--;
  while (end < segment.end && isInsideCluster(text, end)) end++;
  let rightTurn = true;
  for (;;) {
    const window = text.slice(start, end);
    if (escapeSearch(window).length > MAX_SEARCH) return "too-long";
    if (countOccurrences(text, window, 2) === 1) return { window: { start, end }, inner };
    const canRight = grow !== "left" && end < segment.end;
    const canLeft = grow !== "right" && start > segment.start;
    if (!canRight && !canLeft) return "ambiguous";
    if (canRight && (rightTurn || !canLeft)) end = stepRight(text, end, segment.end);
    else start = stepLeft(text, start, segment.start);
    rightTurn = !rightTurn;
  }
}

/** First and last whole character of a span, for anchoring a span too long (or too broken) to search. */
function edgeCharacters(text: string, span: Span): [Span, Span] {
  const firstEnd = stepRight(text, span.start, span.end);
  const lastStart = stepLeft(text, span.end, span.start);
  return [
    { start: span.start, end: Math.min(firstEnd, span.end) },
    { start: Math.max(lastStart, span.start), end: span.end },
  ];
}

/**
 * The target for replacing (purpose "edit") or covering (purpose "range": select, comment) the
 * Word span `span` of `text`. An edit across a note mark is refused: replacing the text would delete
 * the reference with it; a range across one is anchored at both ends instead.
 */
export function planReplace(text: string, span: Span, purpose: "edit" | "range"): Target | LocateRefusal {
  const crossing = segmentOf(text, span) === null;
  if (crossing && purpose === "edit") return "crosses-mark";
  if (span.start === 0 && span.end === text.length) return { kind: "paragraph", location: "Replace" };
  if (!crossing) {
    const probe = probeFor(text, span);
    if (typeof probe !== "string") return { kind: "probe", probe, location: "Replace" };
    if (probe !== "too-long") return probe;
  }
  const [first, last] = edgeCharacters(text, span);
  const from = probeFor(text, first);
  if (typeof from === "string") return from;
  const to = probeFor(text, last);
  if (typeof to === "string") return to;
  return { kind: "span", from, to, location: "Replace" };
}

/**
 * The target for inserting at Word offset `at`: the paragraph's start or end, else the end of a
 * unique stretch of text just before `at` or the start of one just after it. The inserted text then
 * never replaces anything, so formatting and the neighbouring edits stay as they are.
 */
export function planInsert(text: string, at: number): Target | LocateRefusal {
  if (at === 0) return { kind: "paragraph", location: "Start" };
  if (at === text.length) return { kind: "paragraph", location: "End" };
  let reason: LocateRefusal = "ambiguous";
  if (!isSearchBoundary(text[at - 1]!)) {
    const left = probeFor(text, { start: stepLeft(text, at, 0), end: at }, "left");
    // The whole window is the anchor: its end is the insertion point, no narrowing search needed.
    if (typeof left !== "string") return { kind: "probe", probe: { window: left.window, inner: left.window }, location: "End" };
    reason = left;
  }
  if (!isSearchBoundary(text[at]!)) {
    const right = probeFor(text, { start: at, end: stepRight(text, at, text.length) }, "right");
    if (typeof right !== "string") return { kind: "probe", probe: { window: right.window, inner: right.window }, location: "Start" };
    reason = right;
  }
  return reason;
}
