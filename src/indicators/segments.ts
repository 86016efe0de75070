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

/**
 * A paragraph's segments: its main text (or the whole paragraph when it is a footnote body) and
 * the inline footnote bodies `[N: …]` it carries. Those are kept as offsets and built one at a
 * time by eachSegment: a hostile paragraph of 400,000 bodies would otherwise hold as many
 * segment objects, and the collector's cost for them grows faster than their number.
 */
export interface ParagraphSegments {
  paragraph: number;
  segments: TextSegment[];
  bodies: InlineBodies | null;
}

interface InlineBodies {
  /** The paragraph's text with every marker blanked: what each body reads within its bounds. */
  text: string;
  /** The text before blanking, where the ids are read. */
  marked: string;
  /** Per body: its id's start and end in `marked`, its content's start and end (four numbers each). */
  spans: Int32Array;
}

export function segmentParagraphs(text: readonly ParagraphText[], paragraphs?: readonly Paragraph[]): ParagraphSegments[] {
  return text.map((t, index) => segmentParagraph(index, t, paragraphs?.[index]));
}

/** Every segment in reading order: each paragraph's main text, then its inline footnote bodies. */
export function* eachSegment(list: readonly ParagraphSegments[]): Generator<TextSegment> {
  for (const { paragraph, segments, bodies } of list) {
    yield* segments;
    if (!bodies) continue;
    const { text, marked, spans } = bodies;
    for (let k = 0; k < spans.length; k += 4) {
      yield { paragraph, text, start: spans[k + 2], end: spans[k + 3], footnote: marked.slice(spans[k], spans[k + 1]), refs: [] };
    }
  }
}

function segmentParagraph(index: number, t: ParagraphText, paragraph: Paragraph | undefined): ParagraphSegments {
  const only = (segment: TextSegment): ParagraphSegments => ({ paragraph: index, segments: [segment], bodies: null });
  const source = t.normalized;
  // Each marker kind is looked for only when its opening character is present: most paragraphs have none.
  let masked = source.includes("*") ? source.replace(MARKDOWN_EMPHASIS, (m) => " ".repeat(m.length)) : source;
  const mayHaveSup = masked.includes("<sup>");
  const mayHaveInline = masked.includes("[");

  if (paragraph?.footnoteId !== undefined) {
    return only({ paragraph: index, text: masked, start: 0, end: masked.length, footnote: paragraph.footnoteId, refs: [] });
  }

  // A line that starts with <sup>N</sup> is the body of footnote N.
  const leading = mayHaveSup ? LEADING_SUP.exec(masked) : null;
  if (leading) {
    masked = blank(masked, 0, leading[0].length).replace(SUP, (m) => " ".repeat(m.length));
    return only({ paragraph: index, text: masked, start: leading[0].length, end: masked.length, footnote: leading[1], refs: [] });
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
    return only({ paragraph: index, text: masked, start: 0, end: masked.length, footnote: null, refs: refs.sort((a, b) => a.offset - b.offset) });
  }
  // One pass: each body's bounds go to a typed array, its markers are blanked in the bodies'
  // shared text and the whole body in the main text (number[] pushes and a second pass over
  // span lists cost several times more on a paragraph of 400,000 bodies).
  const shared = charCodes(masked);
  const main = shared.slice();
  let spans: Int32Array = new Int32Array(64);
  let count = 0;
  INLINE_BODY_WHOLE.lastIndex = 0;
  for (let m = INLINE_BODY_WHOLE.exec(masked); m; m = INLINE_BODY_WHOLE.exec(masked)) {
    const to = m.index + m[0].length;
    const end = m[0].endsWith("]") ? to - 1 : to;
    const start = end - m[2].length;
    if (count + 4 > spans.length) spans = grown(spans);
    spans[count] = m.index + 1;
    spans[count + 1] = m.index + 1 + m[1].length;
    spans[count + 2] = start;
    spans[count + 3] = end;
    count += 4;
    shared.fill(SPACE, m.index, start);
    shared.fill(SPACE, end, to);
    main.fill(SPACE, m.index, to);
  }
  const mainText = UTF16.decode(main);
  return {
    paragraph: index,
    segments: [{ paragraph: index, text: mainText, start: 0, end: mainText.length, footnote: null, refs: refs.sort((a, b) => a.offset - b.offset) }],
    bodies: { text: UTF16.decode(shared), marked: masked, spans: spans.subarray(0, count) },
  };
}

const SPACE = 32;
const UTF16 = new TextDecoder("utf-16le");

function charCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) codes[i] = text.charCodeAt(i);
  return codes;
}

function grown(list: Int32Array): Int32Array {
  const next = new Int32Array(list.length * 2);
  next.set(list);
  return next;
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
