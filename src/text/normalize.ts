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
}

export function normalizeParagraph(original: string): ParagraphText {
  // Fast path: most paragraphs are already NFC with no look-alikes.
  if (isPlain(original)) return identity(original);

  let normalized = "";
  // starts[k] = original offset where the segment holding normalised char k begins;
  // ends[k] = original offset where it ends.
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + charLength(original, i);
    // Combining marks start at U+0300: cheaper to compare the code than to test every character.
    while (j < original.length && original.charCodeAt(j) >= 0x300 && COMBINING.test(original[j])) j += 1;
    const folded = j === i + 1 && isStable(original.charCodeAt(i)) ? original[i] : foldWhole(original.slice(i, j));
    for (let k = 0; k < folded.length; k += 1) {
      starts.push(i);
      ends.push(j);
    }
    normalized += folded;
    i = j;
  }
  return new MappedParagraph(original, normalized, starts, ends);
}

// Classes rather than object literals with closures: a report has thousands of paragraphs, and
// methods on a prototype are not allocated (nor named) again for each of them.

/** A paragraph that needed no normalisation: offsets are the same in both texts. */
class PlainParagraph implements ParagraphText {
  readonly normalized: string;
  readonly plain = true;

  constructor(readonly original: string) {
    this.normalized = original;
  }

  toOriginal(i: number): number {
    return i;
  }

  span(start: number, end: number): [number, number] {
    return [start, end];
  }
}

class MappedParagraph implements ParagraphText {
  constructor(
    readonly original: string,
    readonly normalized: string,
    /** starts[k] = original offset where the segment holding normalised char k begins. */
    private readonly starts: readonly number[],
    /** ends[k] = original offset where that segment ends. */
    private readonly ends: readonly number[],
  ) {}

  toOriginal(k: number): number {
    return k >= this.starts.length ? this.original.length : this.starts[k];
  }

  span(start: number, end: number): [number, number] {
    if (end <= start) {
      const at = this.toOriginal(start);
      return [at, at];
    }
    return [this.toOriginal(start), this.ends[end - 1]];
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
