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
  /** Footnote reference marks in this (main) segment, by offset. */
  refs: readonly FootnoteRef[];
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
 * time by inlineBody: a hostile paragraph of 400,000 bodies would otherwise hold as many
 * segment objects, and the collector's cost for them grows faster than their number.
 */
export interface ParagraphSegments {
  main: TextSegment;
  bodies: InlineBodies | null;
}

export interface InlineBodies {
  /** The paragraph's text with every marker blanked: what each body reads within its bounds. */
  text: string;
  /** The text before blanking, where the ids are read. */
  marked: string;
  /** Per body: its id's start and end in `marked`, its content's start and end (four numbers each). */
  spans: Int32Array;
}

/**
 * The paragraph of each footnote's first reference mark. Only a paragraph that can hold a mark
 * (a `[`, a `<sup>` or Word's own references) is segmented for it: the segments of the whole
 * document are never held at once, each is read and let go (see extractIndicators).
 */
export function firstReferences(text: readonly ParagraphText[], paragraphs?: readonly Paragraph[]): Map<string, number> {
  const first = new Map<string, number>();
  text.forEach((t, index) => {
    const paragraph = paragraphs?.[index];
    if (!paragraph?.footnoteRefs?.length && !t.normalized.includes("[") && !t.normalized.includes("<sup>")) return;
    for (const ref of segmentParagraph(index, t, paragraph).main.refs) if (!first.has(ref.id)) first.set(ref.id, index);
  });
  return first;
}

/** The inline footnote body at `spans[k]` (k a multiple of 4) of paragraph `paragraph`. */
export function inlineBody(paragraph: number, bodies: InlineBodies, k: number): TextSegment {
  const { text, marked, spans } = bodies;
  return { paragraph, text, start: spans[k + 2], end: spans[k + 3], footnote: marked.slice(spans[k], spans[k + 1]), refs: NO_REFS };
}

/** Shared by the many segments without footnote references (never mutated). */
const NO_REFS: readonly FootnoteRef[] = [];

/** A paragraph of one segment. */
function only(segment: TextSegment): ParagraphSegments {
  return { main: segment, bodies: null };
}

export function segmentParagraph(index: number, t: ParagraphText, paragraph: Paragraph | undefined): ParagraphSegments {
  const source = t.normalized;
  // Each marker kind is looked for only when its opening character is present: most paragraphs have none.
  let masked = source.includes("*") ? source.replace(MARKDOWN_EMPHASIS, (m) => " ".repeat(m.length)) : source;
  const mayHaveSup = masked.includes("<sup>");
  const mayHaveInline = masked.includes("[");

  if (paragraph?.footnoteId !== undefined) {
    return only({ paragraph: index, text: masked, start: 0, end: masked.length, footnote: paragraph.footnoteId, refs: NO_REFS });
  }

  // A line that starts with <sup>N</sup> is the body of footnote N.
  const leading = mayHaveSup ? LEADING_SUP.exec(masked) : null;
  if (leading) {
    masked = blank(masked, 0, leading[0].length).replace(SUP, (m) => " ".repeat(m.length));
    return only({ paragraph: index, text: masked, start: leading[0].length, end: masked.length, footnote: leading[1], refs: NO_REFS });
  }

  let refs = NO_REFS as FootnoteRef[];
  if (paragraph?.footnoteRefs?.length) refs = paragraph.footnoteRefs.map((ref) => ({ id: ref.id, offset: toNormalized(t, ref.offset) }));
  if (mayHaveInline) {
    masked = masked.replace(INLINE_REF, (m, id: string, offset: number) => {
      if (refs === NO_REFS) refs = [];
      refs.push({ id, offset });
      return " ".repeat(m.length);
    });
  }
  if (mayHaveSup) {
    masked = masked.replace(SUP, (m, id: string, offset: number) => {
      if (refs === NO_REFS) refs = [];
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
  let spans: Int32Array = new Int32Array(64);
  let count = 0;
  INLINE_BODY_WHOLE.lastIndex = 0;
  for (let m = INLINE_BODY_WHOLE.exec(masked); m; m = INLINE_BODY_WHOLE.exec(masked)) {
    const to = m.index + m[0].length;
    const end = m[0].endsWith("]") ? to - 1 : to;
    if (count + 4 > spans.length) spans = grown(spans);
    spans[count] = m.index + 1;
    spans[count + 1] = m.index + 1 + m[1].length;
    spans[count + 2] = end - m[2].length;
    spans[count + 3] = end;
    count += 4;
  }
  spans = spans.subarray(0, count);
  const [mainText, bodyText] = count <= 4 * FEW_BODIES ? blankedBySlices(masked, spans) : blankedByCodes(masked, spans);
  return {
    main: { paragraph: index, text: mainText, start: 0, end: mainText.length, footnote: null, refs: refs.sort((a, b) => a.offset - b.offset) },
    bodies: { text: bodyText, marked: masked, spans },
  };
}

/**
 * Up to this many bodies, the two blanked texts are joined from slices of the paragraph; past
 * it, built in char-code arrays, whose cost per paragraph (two copies, two decodes) does not grow
 * with the number of bodies: a paragraph of 400,000 bodies would join over a million pieces.
 */
const FEW_BODIES = 16;

/**
 * The main text (every body blanked whole: from its `[` to its `]`) and the bodies' shared
 * text (only their markers `[N:` and `]` blanked), for bodies given as in InlineBodies.spans.
 */
function blankedBySlices(marked: string, spans: Int32Array): [string, string] {
  let main = "";
  let bodies = "";
  let at = 0;
  for (let k = 0; k < spans.length; k += 4) {
    const open = spans[k] - 1;
    const start = spans[k + 2];
    const end = spans[k + 3];
    const close = end < marked.length && marked.charCodeAt(end) === CLOSE ? end + 1 : end;
    const before = marked.slice(at, open);
    main += before + spaces(close - open);
    bodies += before + spaces(start - open) + marked.slice(start, end) + spaces(close - end);
    at = close;
  }
  const rest = marked.slice(at);
  return [main + rest, bodies + rest];
}

function blankedByCodes(marked: string, spans: Int32Array): [string, string] {
  const bodies = charCodes(marked);
  const main = bodies.slice();
  for (let k = 0; k < spans.length; k += 4) {
    const open = spans[k] - 1;
    const start = spans[k + 2];
    const end = spans[k + 3];
    const close = end < marked.length && marked.charCodeAt(end) === CLOSE ? end + 1 : end;
    bodies.fill(SPACE, open, start);
    bodies.fill(SPACE, end, close);
    main.fill(SPACE, open, close);
  }
  return [UTF16.decode(main), UTF16.decode(bodies)];
}

const CLOSE = 93; // ]
const SPACE_RUN = " ".repeat(64);
const spaces = (n: number): string => (n <= SPACE_RUN.length ? SPACE_RUN.slice(0, n) : " ".repeat(n));

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
