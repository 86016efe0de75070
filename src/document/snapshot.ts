/**
 * What Word (or a file reader) gives the engine. Offsets everywhere in the engine refer to
 * `Paragraph.text` exactly as the source has it (UTF-16 code units, no normalisation).
 */
export type Alignment = "Left" | "Centered" | "Right" | "Justified";

export interface ListInfo {
  /** 0-based list level, as Word reports it. */
  level: number;
  /** The rendered marker ("II.", "1.2.", "a)") when Word or the reader could compute it. */
  marker?: string;
}

export interface FontInfo {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** All Caps formatting; null when unknown (mixed, or the host cannot report it). */
  allCaps?: boolean | null;
}

/**
 * A character of the source text that `text` leaves out (Word's U+0002 at a footnote or endnote
 * reference, an optional hyphen, an object placeholder) or shows as another one (`shownAs`,
 * e.g. a non-breaking hyphen as "-"), so that Word's paragraph text maps to the engine's.
 */
export interface InlineMark {
  /** Offset in `text`: the mark stood just before the character now at this offset. */
  offset: number;
  /** The character as the source has it. */
  char: string;
  /** Set when `text` has this character at `offset` in place of `char` (same length). */
  shownAs?: string;
}

export interface Paragraph {
  index: number;
  text: string;
  style?: string;
  styleBuiltIn?: string;
  /** 1-based heading outline level; undefined for body text. */
  outlineLevel?: number;
  list?: ListInfo;
  alignment?: Alignment;
  font?: FontInfo;
  /** Nesting depth of tables around the paragraph (0 or undefined: not in a table). */
  tableNesting?: number;
  /** The paragraph is (part of) the body of footnote `footnoteId`. */
  footnoteId?: string;
  /** Footnote reference marks in this paragraph: which footnote, at which offset of `text`. */
  footnoteRefs?: { id: string; offset: number }[];
  /** Source characters removed from or replaced in `text` (Word snapshots), in offset order. */
  inlineMarks?: InlineMark[];
  /** Inside a table or content control the add-in inserted: the add-in's text, not the writer's. */
  ownedByAddin?: boolean;
}

export interface Snapshot {
  /** File name or "word" — where the paragraphs came from. */
  source: string;
  paragraphs: Paragraph[];
  /** Requirement sets the host supports (Word only), e.g. "WordApi 1.3". */
  requirementSets?: string[];
}

export function snapshotFromLines(lines: readonly string[], source = "text"): Snapshot {
  return { source, paragraphs: lines.map((text, index) => ({ index, text })) };
}

/** True when the snapshot carries formatting (a .docx or Word), not plain text. */
export function hasFormatting(snapshot: Snapshot): boolean {
  return snapshot.paragraphs.some((p) => p.font !== undefined || p.alignment !== undefined);
}
