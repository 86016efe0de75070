/**
 * Matching runs on normalised text; findings report offsets in the original text.
 * Normalisation: NFC (the seeds contain decomposed tone marks), Ð/ð look-alikes folded to
 * Đ/đ, NBSP and other Unicode spaces to a plain space, zero-width characters dropped.
 */

const LOOKALIKES: Record<string, string> = {
  "\u00D0": "\u0110", // Ð (Icelandic eth) → Đ
  "\u00F0": "\u0111", // ð → đ
  "\u00A0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u3000": " ",
};
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const COMBINING = /\p{M}/u;

export interface ParagraphText {
  readonly original: string;
  readonly normalized: string;
  /** Original offset of the character at normalised offset `i` (i may equal length). */
  toOriginal(i: number): number;
  /** Original [start, end) covering the normalised range [start, end). */
  span(start: number, end: number): [number, number];
  /** True when the original needed no normalisation at all (it is NFC, without look-alikes). */
  readonly plain?: boolean;
  /** Original offset of the first character outside the ranges normalisation leaves alone (nextUnstable), or -1. */
  readonly firstUnstable: number;
  /** The paragraph's value of `key`, computed on first use and kept with the paragraph. */
  memo<T extends MemoValue>(key: ParagraphMemo<T>): T;
  /** Marks the paragraph as held for the next check (see ParagraphTextCache): its read-once memos are kept too. */
  keepForNextCheck(): void;
}

/**
 * A result that depends on one paragraph's text and nothing else (not its index, neighbours or
 * profile): marker parsing, per-paragraph detection. It is kept on the ParagraphText, so an
 * incremental check that reuses the ParagraphText of an unchanged paragraph reuses the result,
 * which is then necessarily what a fresh computation would give. Results are shared: never mutate them.
 */
/** Any value but undefined, which marks an empty memo slot. */
export type MemoValue = NonNullable<unknown> | null;

export interface ParagraphMemo<T extends MemoValue> {
  readonly compute: (text: ParagraphText) => T;
  /** Slot of the result in each paragraph's memo array. */
  readonly slot: number;
  /**
   * Read once per check (a detection the analysis reads paragraph by paragraph): kept only on a
   * paragraph held for the next check. Elsewhere (the CLI, a first check) keeping it would only
   * make the collector copy it until the check ends: ~7 MB and 3–5 % of the time of a 5 MB report.
   */
  readonly readOncePerCheck: boolean;
}

let memoSlots = 0;

/** Declares a per-paragraph result (once, at module level: each declaration takes a slot). */
export function paragraphMemo<T extends MemoValue>(compute: (text: ParagraphText) => T, options: { readOncePerCheck?: boolean } = {}): ParagraphMemo<T> {
  return { compute, slot: memoSlots++, readOncePerCheck: options.readOncePerCheck ?? false };
}

/** The memo slots both paragraph classes share: an array indexed by slot (undefined = not yet). */
abstract class MemoizingParagraph {
  private memos: unknown[] | undefined;
  private heldForNextCheck = false;

  keepForNextCheck(): void {
    this.heldForNextCheck = true;
  }

  memo<T extends MemoValue>(key: ParagraphMemo<T>): T {
    if (key.readOncePerCheck && !this.heldForNextCheck) return key.compute(this as unknown as ParagraphText);
    // Sized for every slot declared so far: filling a slot then never grows the array.
    this.memos ??= new Array(memoSlots);
    let value = this.memos[key.slot] as T | undefined;
    if (value === undefined) {
      value = key.compute(this as unknown as ParagraphText);
      this.memos[key.slot] = value;
    }
    return value;
  }
}

export function normalizeParagraph(original: string): ParagraphText {
  // Fast path: most paragraphs are already NFC with no look-alikes.
  const firstUnstable = nextUnstable(original, 0);
  if (firstUnstable < 0 || (!needsWorkAt(original, firstUnstable) && isPlainNfc(original))) return new PlainParagraph(original, firstUnstable);

  let normalized = "";
  const segments = new SegmentList();
  // Original text before `copied` is in `normalized`; text from there to `i` maps one to one.
  let copied = 0;
  let i = 0;
  for (let unstable = firstUnstable; unstable >= 0; unstable = nextUnstable(original, i)) {
    // Stable characters map one to one; the one before an unstable character may be the base
    // of combining marks that follow, so it starts the segment.
    i = unstable > i ? unstable - 1 : unstable;
    let j = i + charLength(original, i);
    // Combining marks start at U+0300: cheaper to compare the code than to test every character.
    while (j < original.length && original.charCodeAt(j) >= 0x300 && COMBINING.test(original[j])) j += 1;
    if (j === i + 1 && STABLE[original.charCodeAt(i)] === 1) {
      i = j;
      continue;
    }
    const folded = foldWhole(original.slice(i, j));
    normalized += original.slice(copied, i);
    segments.add(normalized.length, folded.length, i, j);
    normalized += folded;
    copied = i = j;
  }
  normalized += original.slice(copied);
  return new MappedParagraph(original, normalized, segments.values, firstUnstable);
}

// Classes rather than object literals with closures: a report has thousands of paragraphs, and
// methods on a prototype are not allocated (nor named) again for each of them.

/** A paragraph that needed no normalisation: offsets are the same in both texts. */
class PlainParagraph extends MemoizingParagraph implements ParagraphText {
  readonly normalized: string;
  readonly plain = true;

  constructor(
    readonly original: string,
    readonly firstUnstable: number,
  ) {
    super();
    this.normalized = original;
  }

  toOriginal(i: number): number {
    return i;
  }

  span(start: number, end: number): [number, number] {
    return [start, end];
  }
}

/**
 * The segments of the original that normalisation changed (composed marks, folded look-alikes,
 * dropped joiners, astral characters), in order; every other character maps one to one. A flat
 * list of four numbers per segment: far smaller than a map of every character.
 */
class SegmentList {
  /** Per segment: normalised start, normalised end, original start, original end. */
  readonly values: number[] = [];

  add(normalizedStart: number, count: number, originalStart: number, originalEnd: number): void {
    this.values.push(normalizedStart, normalizedStart + count, originalStart, originalEnd);
  }
}

class MappedParagraph extends MemoizingParagraph implements ParagraphText {
  constructor(
    readonly original: string,
    readonly normalized: string,
    /** SegmentList.values: the changed segments, four numbers each. */
    private readonly segments: readonly number[],
    readonly firstUnstable: number,
  ) {
    super();
  }

  toOriginal(k: number): number {
    if (k >= this.normalized.length) return this.original.length;
    const at = this.segmentBefore(k);
    if (at < 0) return k;
    const s = this.segments;
    return k < s[at + 1] ? s[at + 2] : s[at + 3] + (k - s[at + 1]);
  }

  span(start: number, end: number): [number, number] {
    if (end <= start) {
      const at = this.toOriginal(start);
      return [at, at];
    }
    return [this.toOriginal(start), this.endOf(end - 1)];
  }

  /** Original offset where the segment holding normalised character k ends. */
  private endOf(k: number): number {
    const at = this.segmentBefore(k);
    if (at < 0) return k + 1;
    const s = this.segments;
    return k < s[at + 1] ? s[at + 3] : s[at + 3] + (k - s[at + 1]) + 1;
  }

  /** Index in `segments` of the last segment starting at or before normalised offset k; -1 for none. */
  private segmentBefore(k: number): number {
    const s = this.segments;
    let low = 0;
    let high = s.length / 4;
    // Binary search for the first segment starting after k.
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (s[mid * 4] <= k) low = mid + 1;
      else high = mid;
    }
    return (low - 1) * 4;
  }
}

const NEEDS_WORK = /[\u00A0\u00D0\u00F0\u2007\u202F\u3000\u200B-\u200D\u2060\uFEFF\p{M}]/u;

/**
 * Characters that normalisation leaves alone, whatever surrounds them: below U+0300 (no mark)
 * except the look-alikes, the precomposed letters of Latin Extended Additional (ạ…ỹ, most
 * Vietnamese vowels) and typographic punctuation (dashes, curly quotes, ellipsis; not the spaces
 * and joiners among them). Each is NFC on its own and never composes with its neighbours.
 */
const STABLE_RANGES: readonly [number, number][] = [
  [0x0000, 0x009f],
  [0x00a1, 0x00cf],
  [0x00d1, 0x00ef],
  [0x00f1, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x202e],
  [0x2030, 0x205e],
];

/** 1 for each UTF-16 code unit in STABLE_RANGES: a loop over it is faster than a character-class search. */
const STABLE = new Uint8Array(0x10000);
for (const [from, to] of STABLE_RANGES) STABLE.fill(1, from, to + 1);

/**
 * Offset of the first UTF-16 unit from `from` outside STABLE_RANGES, or -1. A run of stable
 * characters is left alone by NFC and the look-alike folding, so only text holding one can change.
 */
export function nextUnstable(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) if (STABLE[text.charCodeAt(i)] === 0) return i;
  return -1;
}

/**
 * `text.normalize("NFC")`, the same string when every character is stable: ICU's check of a text
 * already in NFC copies it first (90 ms for a 12 MB CSV, ~0.3 µs for each of 100,000 short names).
 */
export function toNfc(text: string): string {
  return nextUnstable(text, 0) < 0 ? text : text.normalize("NFC");
}

const NEEDS_WORK_AT = new RegExp(NEEDS_WORK.source, "uy");

/** Whether the character at `at` needs work (no stable character does: the first unstable one usually settles it). */
function needsWorkAt(text: string, at: number): boolean {
  NEEDS_WORK_AT.lastIndex = at;
  return NEEDS_WORK_AT.test(text);
}

/** Text holding an unstable character that normalisation would still leave alone. */
function isPlainNfc(text: string): boolean {
  return !NEEDS_WORK.test(text) && text.normalize("NFC") === text;
}

function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * A character with its combining marks, NFC, look-alikes folded, dropped when it holds a
 * zero-width character. Decomposed text repeats the same few segments (o + circumflex + acute…):
 * they are remembered, up to a bound so that odd input cannot grow the table without limit.
 */
function foldWhole(segment: string): string {
  let folded = FOLDED.get(segment);
  if (folded === undefined) {
    folded = ZERO_WIDTH.test(segment) ? "" : foldSegment(segment);
    if (FOLDED.size < FOLDED_MAX) FOLDED.set(segment, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const FOLDED_MAX = 4096;

function foldSegment(segment: string): string {
  const nfc = segment.normalize("NFC");
  let out = "";
  for (const ch of nfc) out += LOOKALIKES[ch] ?? ch;
  return out;
}
