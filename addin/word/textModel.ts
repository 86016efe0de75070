/**
 * One text model for Word: how a paragraph's text as Word reports it maps to the text the engine
 * checks, the same way the .docx reader builds it (src/document/readDocx.ts), and back.
 *
 * Word's `paragraph.text` carries placeholders the .docx reader never emits: U+0002 where a
 * footnote or endnote reference sits, U+001F for an optional hyphen, U+0001/U+0007/U+0013–U+0015
 * and similar for objects, cell ends and fields. They are removed and remembered with their
 * offsets (`InlineMark`). A non-breaking hyphen (U+001E) is shown as "-" and a page break (U+000C)
 * as a line break "\v", as the reader does. Tabs, "\v" and non-breaking spaces are kept as they are.
 */
import type { InlineMark, Paragraph } from "../../src/document/snapshot";

/** Word's placeholder at a footnote or endnote reference. */
export const NOTE_MARK = "\u0002";

const SHOWN_AS: Record<string, string> = { "\u001e": "-", "\u000c": "\u000b" };

/**
 * Whether Word reports a character that the engine text does not hold as it is: a C0 control
 * but tab, line feed, "\v" and carriage return — a placeholder, or one of SHOWN_AS.
 */
function isMark(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0d;
}

/** A mark that is removed (not shown as another character). */
function isPlaceholder(char: string): boolean {
  return isMark(char.charCodeAt(0)) && SHOWN_AS[char] === undefined;
}

function hasMarks(wordText: string): boolean {
  for (let i = 0; i < wordText.length; i++) if (isMark(wordText.charCodeAt(i))) return true;
  return false;
}

/** Engine text and marks for the text Word reports. */
export function fromWordText(wordText: string): { text: string; marks: InlineMark[] } {
  // Copying a report character by character is a good part of reading it: most paragraphs need no copy.
  if (!hasMarks(wordText)) return { text: wordText, marks: [] };
  let text = "";
  const marks: InlineMark[] = [];
  for (const char of wordText) {
    if (isPlaceholder(char)) marks.push({ offset: text.length, char });
    else if (SHOWN_AS[char] !== undefined) {
      marks.push({ offset: text.length, char, shownAs: SHOWN_AS[char] });
      text += SHOWN_AS[char];
    } else text += char;
  }
  return { text, marks };
}

/** The text Word reports for a paragraph of the snapshot (the engine text with its marks put back). */
export function toWordText(paragraph: Pick<Paragraph, "text" | "inlineMarks">): string {
  const marks = paragraph.inlineMarks ?? [];
  if (marks.length === 0) return paragraph.text;
  let out = "";
  let at = 0;
  for (const mark of marks) {
    out += paragraph.text.slice(at, mark.offset);
    at = mark.offset;
    out += mark.char;
    if (mark.shownAs !== undefined) at += mark.shownAs.length;
  }
  return out + paragraph.text.slice(at);
}

/**
 * Word offset of an engine offset. A removed mark at engine offset m stands before the character
 * at m: `bias: "before"` puts the offset before such marks (the end of a span, an insertion that
 * belongs with the text before it), "after" after them (the start of a span).
 */
export function toWordOffset(marks: readonly InlineMark[] | undefined, offset: number, bias: "before" | "after"): number {
  let shift = 0;
  for (const mark of marks ?? []) {
    if (mark.shownAs !== undefined) continue;
    if (mark.offset < offset || (mark.offset === offset && bias === "after")) shift++;
    else break;
  }
  return offset + shift;
}

/** Word search cannot match across a note mark, another placeholder or a manual line/page break. */
export function isSearchBoundary(char: string): boolean {
  return isPlaceholder(char) || char === "\u000b" || char === "\u000c" || char === "\r" || char === "\n";
}

/** Word search text for a literal string: `^` starts a special character, so specials are spelt as codes. */
export function escapeSearch(text: string): string {
  let out = "";
  for (const char of text) out += SEARCH_CODES[char] ?? char;
  return out;
}

const SEARCH_CODES: Record<string, string> = { "^": "^^", "\t": "^t", "\u00a0": "^s", "\u001e": "^~" };

/** Word's limit on the search text, counted after escaping. */
export const MAX_SEARCH = 255;
