import { isKnownCode } from "./codes";

/**
 * Tokens over a paragraph's normalised text. Offsets are normalised offsets; callers map them
 * back with ParagraphText.span(). Spaces are not tokens: `spaceBefore` says whether any
 * whitespace separates a token from the previous one.
 */
export type TokenKind = "word" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text, for matching words. */
  lower: string;
  start: number;
  end: number;
  spaceBefore: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = true;
  while (i < text.length) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      spaceBefore = true;
      i += 1;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    if (LETTER.test(ch)) {
      // Words may carry trailing digits (UBTVQH13, QH15, TW4) but never start with one.
      while (j < text.length && (LETTER.test(text[j]) || DIGIT.test(text[j]))) j += 1;
      kind = "word";
    } else if (DIGIT.test(ch)) {
      while (j < text.length && DIGIT.test(text[j])) j += 1;
      kind = "number";
    } else {
      kind = "punct";
    }
    if (kind === "word") {
      for (const piece of splitGlued(text.slice(i, j))) {
        const start = i + piece.offset;
        tokens.push(makeToken("word", piece.text, start, spaceBefore));
        spaceBefore = false;
      }
    } else {
      tokens.push(makeToken(kind, text.slice(i, j), i, spaceBefore));
    }
    spaceBefore = false;
    i = j;
  }
  return tokens;
}

function makeToken(kind: TokenKind, text: string, start: number, spaceBefore: boolean): Token {
  return { kind, text, lower: text.toLowerCase(), start, end: start + text.length, spaceBefore };
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Splits words glued by a missing space ("vàChỉ", "triệtQuy"): a run of at least two lower-case
 * letters followed by an upper-case letter, or a Roman numeral followed by a lower-case word.
 * Known codes (QyĐ) stay whole.
 */
function splitGlued(word: string): { text: string; offset: number }[] {
  if (isKnownCode(word)) return [{ text: word, offset: 0 }];
  // A Roman numeral glued to the next word ("khóa XIIvà").
  const roman = /^([IVXL]{2,})(\p{Ll}{2,}.*)$/u.exec(word);
  if (roman) return [{ text: roman[1], offset: 0 }, ...splitGlued(roman[2]).map((p) => ({ text: p.text, offset: p.offset + roman[1].length }))];
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  let lowerRun = 0;
  const chars = [...word];
  let offset = 0;
  for (const ch of chars) {
    if (UPPER.test(ch) && lowerRun >= 2) {
      pieces.push({ text: word.slice(from, offset), offset: from });
      from = offset;
    }
    lowerRun = LOWER.test(ch) ? lowerRun + 1 : UPPER.test(ch) ? 0 : lowerRun;
    offset += ch.length;
  }
  pieces.push({ text: word.slice(from), offset: from });
  return pieces;
}
