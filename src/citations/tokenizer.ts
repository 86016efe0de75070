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

/** One token per match: a word (letters, then letters or digits), a run of digits, or one other non-space character. */
const TOKEN = /([\p{L}\p{M}][\p{L}\p{M}0-9]*)|([0-9]+)|(\S)/gu;

/** Tokens of text[from, to); `from` must not fall inside a token. Offsets are offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  const hasCaselessCapital = CASELESS_CAPITAL.test(range);
  let previousEnd = from;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const start = m.index;
    const spaceBefore = start === 0 || start > previousEnd;
    previousEnd = start + m[0].length;
    if (m[1] === undefined) {
      tokens.push(makeToken(m[2] !== undefined ? "number" : "punct", m[0], start, spaceBefore));
      continue;
    }
    const word = m[1];
    const lower = word.toLowerCase();
    // A glued word has a capital, and a capital changes when lower-cased (but for the rare
    // capitals without a small form): most words skip the glue test.
    if ((lower === word && !hasCaselessCapital) || !MAYBE_GLUED.test(word)) {
      tokens.push({ kind: "word", text: word, lower, start, end: start + word.length, spaceBefore });
    } else {
      splitGlued(word).forEach((piece, n) => tokens.push(makeToken("word", piece.text, start + piece.offset, n === 0 && spaceBefore)));
    }
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
const MAYBE_GLUED = /\p{Ll}{2}\p{Lu}|^[IVXL]{2,}\p{Ll}{2}/u;
/** Capital letters that toLowerCase leaves unchanged: ℂ, ℝ and the like, ϒ, mathematical capitals. */
const CASELESS_CAPITAL = /[\u03D2-\u03D4\u2102-\u2145\u{1D400}-\u{1D7FF}]/u;

function splitGlued(word: string): { text: string; offset: number }[] {
  if (!MAYBE_GLUED.test(word) || isKnownCode(word)) return [{ text: word, offset: 0 }];
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
