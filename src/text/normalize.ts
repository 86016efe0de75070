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
    while (j < original.length && COMBINING.test(original[j])) j += 1;
    const segment = original.slice(i, j);
    const folded = ZERO_WIDTH.test(segment) ? "" : foldSegment(segment);
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
  return { original: text, normalized: text, toOriginal: (i) => i, span: (s, e) => [s, e] };
}

const NEEDS_WORK = /[\u00A0\u00D0\u00F0\u2007\u202F\u3000\u200B-\u200D\u2060\uFEFF\p{M}]/u;

function isPlain(text: string): boolean {
  return !NEEDS_WORK.test(text) && text.normalize("NFC") === text;
}

function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function foldSegment(segment: string): string {
  const nfc = segment.normalize("NFC");
  let out = "";
  for (const ch of nfc) out += LOOKALIKES[ch] ?? ch;
  return out;
}
