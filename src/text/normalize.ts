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
  const toOriginal = (k: number): number => (k >= starts.length ? original.length : starts[k]);
  return {
    original,
    normalized,
    toOriginal,
    span(start, end) {
      if (end <= start) {
        const at = toOriginal(start);
        return [at, at];
      }
      return [toOriginal(start), ends[end - 1]];
    },
  };
}

export function normalizeText(text: string): string {
  return normalizeParagraph(text).normalized;
}

function identity(text: string): ParagraphText {
  return { original: text, normalized: text, toOriginal: (i) => i, span: (s, e) => [s, e], plain: true };
}

const NEEDS_WORK = /[\u00A0\u00D0\u00F0\u2007\u202F\u3000\u200B-\u200D\u2060\uFEFF\p{M}]/u;

/**
 * A character that normalisation leaves alone, whatever surrounds it: below U+0300 (no mark, no
 * look-alike), a precomposed letter of Latin Extended Additional (ạ…ỹ, most Vietnamese vowels) or
 * typographic punctuation (dashes, curly quotes, ellipsis; not the spaces and joiners around
 * them). Such characters are NFC on their own and never compose with their neighbours.
 */
function isStable(code: number): boolean {
  if (code < 0x300) return code !== 0xa0 && code !== 0xd0 && code !== 0xf0;
  return (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2010 && code <= 0x205e && code !== 0x202f);
}

function isPlain(text: string): boolean {
  // Typed Vietnamese is almost always made of stable characters: a loop over codes decides it
  // without the regex and the NFC round trip.
  let i = 0;
  while (i < text.length && isStable(text.charCodeAt(i))) i += 1;
  return i === text.length || (!NEEDS_WORK.test(text) && text.normalize("NFC") === text);
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
