/**
 * Splits paragraphs into main text and footnote bodies, whichever way the source carries
 * footnotes: Word/.docx (`Paragraph.footnoteId`, `Paragraph.footnoteRefs`), text exported with
 * inline markers (`…năm trước[footnoteRef:2]. … [2:  Tổng mức … 15.654 tỷ đồng]`) or with
 * superscripts (`…dự toán năm<sup>3</sup>;` and a line `<sup>3</sup> Nếu trừ đi …`).
 *
 * Each segment keeps the paragraph's normalised text at full length, markers blanked to spaces,
 * so offsets stay valid; a segment's content is the text between its `start` and `end` (the
 * main text also has the footnote bodies blanked).
 */
import type { Paragraph } from "../document/snapshot";
import type { ParagraphText } from "../text/normalize";

export interface FootnoteRef {
  id: string;
  /** Normalised offset in the paragraph. */
  offset: number;
}

export interface TextSegment {
  paragraph: number;
  /** The paragraph's normalised text, markers blanked; only `[start, end)` is this segment's. */
  text: string;
  start: number;
  end: number;
  /** Footnote id for a footnote body; null for main text. */
  footnote: string | null;
  /** Footnote reference marks in this (main) segment. */
  refs: FootnoteRef[];
}

const INLINE_REF = /\[footnoteRef:([\p{L}\p{N}]+)\]/gu;
const INLINE_BODY = /\[\d+:/u;
/** A footnote body: `[N:` up to the first `]` (or the paragraph's end). */
const INLINE_BODY_WHOLE = /\[(\d+):([^\]]*)\]?/g;
const SUP = /<sup>\s*([\p{L}\p{N}]+)\s*<\/sup>/gu;
const MARKDOWN_EMPHASIS = /\*+/gu;
const LEADING_SUP = /^\s*<sup>\s*([\p{L}\p{N}]+)\s*<\/sup>/u;

export function segmentParagraphs(text: readonly ParagraphText[], paragraphs?: readonly Paragraph[]): TextSegment[] {
  const segments: TextSegment[] = [];
  // A loop, not push(...list): a paragraph of many footnote bodies would overflow the argument limit.
  text.forEach((t, index) => {
    for (const segment of segmentParagraph(index, t, paragraphs?.[index])) segments.push(segment);
  });
  return segments;
}

function segmentParagraph(index: number, t: ParagraphText, paragraph: Paragraph | undefined): TextSegment[] {
  const source = t.normalized;
  // Each marker kind is looked for only when its opening character is present: most paragraphs have none.
  let masked = source.includes("*") ? source.replace(MARKDOWN_EMPHASIS, (m) => " ".repeat(m.length)) : source;
  const mayHaveSup = masked.includes("<sup>");
  const mayHaveInline = masked.includes("[");

  if (paragraph?.footnoteId !== undefined) {
    return [{ paragraph: index, text: masked, start: 0, end: masked.length, footnote: paragraph.footnoteId, refs: [] }];
  }

  // A line that starts with <sup>N</sup> is the body of footnote N.
  const leading = mayHaveSup ? LEADING_SUP.exec(masked) : null;
  if (leading) {
    masked = blank(masked, 0, leading[0].length).replace(SUP, (m) => " ".repeat(m.length));
    return [{ paragraph: index, text: masked, start: leading[0].length, end: masked.length, footnote: leading[1], refs: [] }];
  }

  const refs: FootnoteRef[] = [];
  for (const ref of paragraph?.footnoteRefs ?? []) refs.push({ id: ref.id, offset: toNormalized(t, ref.offset) });
  if (mayHaveInline) {
    masked = masked.replace(INLINE_REF, (m, id: string, offset: number) => {
      refs.push({ id, offset });
      return " ".repeat(m.length);
    });
  }
  if (mayHaveSup) {
    masked = masked.replace(SUP, (m, id: string, offset: number) => {
      refs.push({ id, offset });
      return " ".repeat(m.length);
    });
  }

  // Footnote bodies `[N: …]`: one native replace blanks their markers, another blanks them
  // whole for the main text (rebuilding the paragraph per body was quadratic in the number of
  // bodies). Every body reads the same text within its bounds.
  if (!mayHaveInline || !INLINE_BODY.test(masked)) {
    return [{ paragraph: index, text: masked, start: 0, end: masked.length, footnote: null, refs: refs.sort((a, b) => a.offset - b.offset) }];
  }
  const bodies: { id: string; start: number; end: number }[] = [];
  const markers: number[] = [];
  const whole: number[] = [];
  INLINE_BODY_WHOLE.lastIndex = 0;
  for (let m = INLINE_BODY_WHOLE.exec(masked); m; m = INLINE_BODY_WHOLE.exec(masked)) {
    const to = m.index + m[0].length;
    const end = m[0].endsWith("]") ? to - 1 : to;
    const start = end - m[2].length;
    bodies.push({ id: m[1], start, end });
    markers.push(m.index, start, end, to);
    whole.push(m.index, to);
  }
  const shared = blanked(masked, markers);
  const main = blanked(masked, whole);
  const result: TextSegment[] = [
    { paragraph: index, text: main, start: 0, end: main.length, footnote: null, refs: refs.sort((a, b) => a.offset - b.offset) },
  ];
  for (const body of bodies) result.push({ paragraph: index, text: shared, start: body.start, end: body.end, footnote: body.id, refs: [] });
  return result;
}

/**
 * `text` with the spans `[spans[0], spans[1])`, `[spans[2], spans[3])` … (in order, not
 * overlapping) turned to spaces: the pieces between them joined once, not a new paragraph per span.
 */
function blanked(text: string, spans: readonly number[]): string {
  const pieces: string[] = [];
  let copied = 0;
  for (let k = 0; k < spans.length; k += 2) {
    pieces.push(text.slice(copied, spans[k]), " ".repeat(spans[k + 1] - spans[k]));
    copied = spans[k + 1];
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/** The normalised offset of an original offset (the first normalised char at or after it; the map is monotonic). */
function toNormalized(t: ParagraphText, original: number): number {
  let low = 0;
  let high = t.normalized.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (t.toOriginal(mid) >= original) high = mid;
    else low = mid + 1;
  }
  return low;
}
