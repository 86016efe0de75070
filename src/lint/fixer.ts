import type { Edit, Localized, Suggestion } from "../core/types";
import type { Snapshot } from "../document/snapshot";
import type { ParagraphText } from "../text/normalize";

/**
 * Locating text and building edits. Rules match on normalised text; edits and findings carry
 * offsets in the paragraph's original text, with the original text they expect to replace.
 */
export interface Fixer {
  /** The original location of a normalised range (for reports and related places). */
  span(paragraph: number, start: number, end: number): { paragraph: number; start: number; end: number };
  /** An edit replacing a normalised range (converted to original offsets). */
  replace(paragraph: number, start: number, end: number, text: string): Edit;
  /** An edit replacing the original range start..end. */
  replaceOriginal(paragraph: number, start: number, end: number, text: string): Edit;
  /**
   * Inserts `text` at original offset `at` as a replacement of the character that follows, so
   * the edit turns stale once applied (a bare insertion would apply again and again). Null at
   * the end of a paragraph, where no edit can be made idempotent.
   */
  insertBefore(paragraph: number, at: number, text: string): Edit | null;
}

const NEXT_CHARACTER = /^(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])\p{M}*/u;

export function createFixer(snapshot: Snapshot, text: readonly ParagraphText[]): Fixer {
  // A grouped finding offers an edit per occurrence (tens of thousands in a long report) of a
  // few distinct words: one string per distinct word, not two per edit, outlives the check.
  const strings = new Map<string, string>();
  const shared = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  const replaceOriginal = (paragraph: number, start: number, end: number, replacement: string): Edit => ({
    paragraph,
    start,
    end,
    expected: shared(snapshot.paragraphs[paragraph].text.slice(start, end)),
    text: shared(replacement),
  });
  const span = (paragraph: number, start: number, end: number) => {
    const [s, e] = text[paragraph].span(start, end);
    return { paragraph, start: s, end: e };
  };
  return {
    span,
    replaceOriginal,
    replace(paragraph, start, end, replacement) {
      const t = text[paragraph];
      // A plain paragraph's offsets are already original ones: no span to build for each edit.
      if (t.plain) return replaceOriginal(paragraph, start, end, replacement);
      const [s, e] = t.span(start, end);
      return replaceOriginal(paragraph, s, e, replacement);
    },
    insertBefore(paragraph, at, inserted) {
      const original = snapshot.paragraphs[paragraph].text;
      if (at >= original.length) return null;
      const next = NEXT_CHARACTER.exec(original.slice(at))![0];
      return replaceOriginal(paragraph, at, at + next.length, inserted + next);
    },
  };
}

/** One suggestion holding `edit`, or none when no safe edit exists. */
export function suggestionOf(label: Localized, edit: Edit | null): Suggestion[] {
  return edit ? [{ label, edits: [edit] }] : [];
}
