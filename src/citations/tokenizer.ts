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

/**
 * One token per word (a letter or mark, then letters, marks or ASCII digits), run of ASCII digits,
 * or other non-space character (one code point). The same tokens as the regex
 * /([\p{L}\p{M}][\p{L}\p{M}0-9]*)|([0-9]+)|(\S)/gu, read by a character loop: a regex match
 * per token was most of the citation analysis time.
 */
const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const WHITE_SPACE = /^\s$/u;

function classify(ch: string): number {
  if (ch.length === 1 && ch >= "0" && ch <= "9") return DIGIT;
  if (LETTER_OR_MARK.test(ch)) return LETTER;
  return WHITE_SPACE.test(ch) ? SPACE : OTHER;
}

/** Classes of the code points below U+2100 (Latin, Vietnamese, combining marks, general punctuation), built on first use from the same tests. */
const TABLE_END = 0x2100;
let table: Uint8Array | null = null;

function buildTable(): Uint8Array {
  const built = new Uint8Array(TABLE_END);
  for (let cp = 0; cp < TABLE_END; cp += 1) built[cp] = classify(String.fromCharCode(cp));
  return built;
}

function classAt(code: number): number {
  if (code < TABLE_END) return (table ??= buildTable())[code];
  return classify(String.fromCodePoint(code));
}

/**
 * Whether toLowerCase may change the code point: false for those below TABLE_END that it leaves
 * alone. A word made only of such code points is its own lower-case form (the one rule that
 * looks at the context, final sigma, applies to Σ, which changes anyway).
 */
let caseTable: Uint8Array | null = null;

function buildCaseTable(): Uint8Array {
  const built = new Uint8Array(TABLE_END);
  for (let cp = 0; cp < TABLE_END; cp += 1) built[cp] = String.fromCharCode(cp).toLowerCase() === String.fromCharCode(cp) ? 0 : 1;
  return built;
}

function mayChangeCase(code: number): boolean {
  return code >= TABLE_END || (caseTable ??= buildCaseTable())[code] === 1;
}

/** Tokens of text[from, to); `from` must not fall inside a token. Offsets are offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const hasCaselessCapital = containsCaselessCapital(text, from, to);
  let previousEnd = from;
  let i = from;
  while (i < to) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = classAt(code);
    if (kind === SPACE) {
      i += width;
      continue;
    }
    const start = i;
    const spaceBefore = start === 0 || start > previousEnd;
    i += width;
    if (kind === OTHER) {
      tokens.push(makeToken("punct", text.slice(start, i), start, spaceBefore));
    } else if (kind === DIGIT) {
      while (i < text.length && classAt(text.charCodeAt(i)) === DIGIT) i += 1;
      const digits = text.slice(start, i);
      tokens.push({ kind: "number", text: digits, lower: digits, start, end: i, spaceBefore });
    } else {
      let lowerCase = !mayChangeCase(code);
      while (i < text.length) {
        const next = text.codePointAt(i)!;
        const nextKind = classAt(next);
        if (nextKind !== LETTER && nextKind !== DIGIT) break;
        lowerCase &&= !mayChangeCase(next);
        i += next > 0xffff ? 2 : 1;
      }
      const word = text.slice(start, i);
      pushWord(tokens, word, start, spaceBefore, hasCaselessCapital, lowerCase ? word : word.toLowerCase());
    }
    previousEnd = i;
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number, spaceBefore: boolean, hasCaselessCapital: boolean, lower = word.toLowerCase()): void {
  const glue = splitCitationGlue(word, lower);
  if (glue) {
    pushWord(tokens, word.slice(0, glue), start, spaceBefore, hasCaselessCapital);
    const rest = word.slice(glue);
    if (/^\d/u.test(rest)) tokens.push(makeToken("number", rest, start + glue, false));
    else pushWord(tokens, rest, start + glue, false, hasCaselessCapital);
    return;
  }
  // A glued word has a capital, and a capital changes when lower-cased (but for the rare
  // capitals without a small form): most words skip the glue test.
  if ((lower === word && !hasCaselessCapital) || !MAYBE_GLUED.test(word)) {
    tokens.push({ kind: "word", text: word, lower, start, end: start + word.length, spaceBefore });
    return;
  }
  splitGlued(word).forEach((piece, n) => tokens.push(makeToken("word", piece.text, start + piece.offset, n === 0 && spaceBefore)));
}

function makeToken(kind: TokenKind, text: string, start: number, spaceBefore: boolean): Token {
  return { kind, text, lower: text.toLowerCase(), start, end: start + text.length, spaceBefore };
}

/** Words a citation glues to its neighbours: `số47`, `TWngày`, `TWcủa`. */
const GLUED_NUMBER = /^(số|ngày)\d+$/u;
const GLUED_AFTER_CODE = /^(\p{Lu}{2,}[\p{Lu}\p{Ll}]?)(ngày|của|về|số)$/u;
/** The words GLUED_AFTER_CODE ends with: a cheap test before the regex, which most words fail. */
function endsWithGluedWord(word: string): boolean {
  return word.endsWith("ngày") || word.endsWith("của") || word.endsWith("về") || word.endsWith("số");
}

/** Where to split a word glued inside a citation, or 0: `số` or `ngày` before a number, a known code before `ngày`/`của`/`về`/`số`. */
function splitCitationGlue(word: string, lower: string): number {
  const last = word.charCodeAt(word.length - 1);
  if (last >= 48 && last <= 57) return GLUED_NUMBER.test(lower) ? lower.search(/\d/u) : 0;
  const m = word.length > 4 && endsWithGluedWord(word) ? GLUED_AFTER_CODE.exec(word) : null;
  return m && isKnownCode(m[1]) ? m[1].length : 0;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Splits words glued by a missing space ("vàChỉ", "triệtQuy"): a run of at least two lower-case
 * letters followed by an upper-case letter, or a Roman numeral followed by a lower-case word.
 * Known codes (QyĐ) stay whole.
 */
const MAYBE_GLUED = /\p{Ll}{2}\p{Lu}|^[IVXL]{2,}\p{Ll}{2}/u;
/**
 * Whether text[from, to) holds a capital letter that toLowerCase leaves unchanged: ϒ (U+03D2–03D4),
 * ℂ, ℝ and the like (U+2102–2145), mathematical capitals (U+1D400–1D7FF, the surrogate pairs
 * D835 DC00–DFFF). Read by code unit: no substring is made per clause.
 */
function containsCaselessCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const unit = text.charCodeAt(i);
    if ((unit >= 0x03d2 && unit <= 0x03d4) || (unit >= 0x2102 && unit <= 0x2145)) return true;
    if (unit === 0xd835 && i + 1 < to) {
      const trail = text.charCodeAt(i + 1);
      if (trail >= 0xdc00 && trail <= 0xdfff) return true;
    }
  }
  return false;
}

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
