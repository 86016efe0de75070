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
  /** The paragraph's value of `key`, computed on first use and kept with the paragraph. */
  memo<T extends MemoValue>(key: ParagraphMemo<T>): T;
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
}

let memoSlots = 0;

/** Declares a per-paragraph result (once, at module level: each declaration takes a slot). */
export function paragraphMemo<T extends MemoValue>(compute: (text: ParagraphText) => T): ParagraphMemo<T> {
  return { compute, slot: memoSlots++ };
}

/** The memo slots both paragraph classes share: an array indexed by slot (undefined = not yet). */
abstract class MemoizingParagraph {
  private memos: unknown[] | undefined;

  memo<T extends MemoValue>(key: ParagraphMemo<T>): T {
    this.memos ??= [];
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
  if (isPlain(original)) return identity(original);

  let normalized = "";
  // starts[k] = original offset where the segment holding normalised char k begins;
  // ends[k] = original offset where it ends. Typed arrays: no boxing, no growth per push.
  const map = new OffsetMap(original.length);
  let i = 0;
  while (i < original.length) {
    // Stable characters come in long runs even in a paragraph that needs work: copy a run at
    // once, except its last character, which may be the base of combining marks that follow.
    UNSTABLE_FROM.lastIndex = i;
    const unstable = UNSTABLE_FROM.exec(original);
    const runEnd = unstable === null ? original.length : unstable.index - 1;
    if (runEnd > i) {
      normalized += original.slice(i, runEnd);
      map.addRun(i, runEnd);
      i = runEnd;
      continue;
    }
    let j = i + charLength(original, i);
    // Combining marks start at U+0300: cheaper to compare the code than to test every character.
    while (j < original.length && original.charCodeAt(j) >= 0x300 && COMBINING.test(original[j])) j += 1;
    const folded = j === i + 1 && isStable(original.charCodeAt(i)) ? original[i] : foldWhole(original.slice(i, j));
    map.addSegment(i, j, folded.length);
    normalized += folded;
    i = j;
  }
  return new MappedParagraph(original, normalized, map.starts, map.ends);
}

// Classes rather than object literals with closures: a report has thousands of paragraphs, and
// methods on a prototype are not allocated (nor named) again for each of them.

/** A paragraph that needed no normalisation: offsets are the same in both texts. */
class PlainParagraph extends MemoizingParagraph implements ParagraphText {
  readonly normalized: string;
  readonly plain = true;

  constructor(readonly original: string) {
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

class MappedParagraph extends MemoizingParagraph implements ParagraphText {
  constructor(
    readonly original: string,
    readonly normalized: string,
    /** starts[k] = original offset where the segment holding normalised char k begins. */
    private readonly starts: Int32Array,
    /** ends[k] = original offset where that segment ends. */
    private readonly ends: Int32Array,
  ) {
    super();
  }

  toOriginal(k: number): number {
    return k >= this.normalized.length ? this.original.length : this.starts[k];
  }

  span(start: number, end: number): [number, number] {
    if (end <= start) {
      const at = this.toOriginal(start);
      return [at, at];
    }
    return [this.toOriginal(start), this.ends[end - 1]];
  }
}

/** Per normalised character, the original segment it came from; grows when NFC lengthens text. */
class OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Characters start..end-1, each its own segment and unchanged. */
  addRun(start: number, end: number): void {
    this.reserve(end - start);
    for (let k = start; k < end; k += 1, this.length += 1) {
      this.starts[this.length] = k;
      this.ends[this.length] = k + 1;
    }
  }

  /** `count` normalised characters from the segment start..end. */
  addSegment(start: number, end: number, count: number): void {
    this.reserve(count);
    this.starts.fill(start, this.length, this.length + count);
    this.ends.fill(end, this.length, this.length + count);
    this.length += count;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.starts.length) return;
    const capacity = Math.max(2 * this.starts.length, this.length + count);
    const grow = (from: Int32Array) => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }
}

function identity(text: string): ParagraphText {
  return new PlainParagraph(text);
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
const hex = (code: number): string => `\\u${code.toString(16).padStart(4, "0")}`;
/** A character outside STABLE_RANGES: one search of this decides most paragraphs. */
const UNSTABLE = new RegExp(`[^${STABLE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}]`);

/** The same, searching from lastIndex. */
const UNSTABLE_FROM = new RegExp(UNSTABLE.source, "g");

/**
 * Offsets of the UTF-16 units outside STABLE_RANGES, in order. A run of stable characters is
 * left alone by NFC and the look-alike folding, so only text holding one of these can change.
 */
export function unstableOffsets(text: string): number[] {
  const offsets: number[] = [];
  UNSTABLE_FROM.lastIndex = 0;
  for (let m = UNSTABLE_FROM.exec(text); m; m = UNSTABLE_FROM.exec(text)) offsets.push(m.index);
  return offsets;
}

function isStable(code: number): boolean {
  return code < 0xa0 || STABLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

function isPlain(text: string): boolean {
  return !UNSTABLE.test(text) || (!NEEDS_WORK.test(text) && text.normalize("NFC") === text);
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
