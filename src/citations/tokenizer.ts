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

/** The code point at i, read as one code unit unless it starts a surrogate pair. */
function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
}

/** Tokens of text[from, to); `from` must not fall inside a token. Offsets are offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Asked only for a word that may be glued and has no capital that lower-casing changes: almost never.
  let caselessCapital: boolean | undefined;
  let previousEnd = from;
  let i = from;
  while (i < to) {
    const code = codePointAt(text, i);
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
      const known = knownText(text, start, i, code);
      tokens.push({ kind: "punct", text: known.text, lower: known.lower, start, end: i, spaceBefore });
    } else if (kind === DIGIT) {
      let hash = code;
      for (let digit = text.charCodeAt(i); i < text.length && classAt(digit) === DIGIT; digit = text.charCodeAt(i)) {
        hash = nextHash(hash, digit);
        i += 1;
      }
      const digits = knownText(text, start, i, hash).text;
      tokens.push({ kind: "number", text: digits, lower: digits, start, end: i, spaceBefore });
    } else {
      let hash = code;
      while (i < text.length) {
        const next = codePointAt(text, i);
        const nextKind = classAt(next);
        if (nextKind !== LETTER && nextKind !== DIGIT) break;
        hash = nextHash(hash, next);
        i += next > 0xffff ? 2 : 1;
      }
      const word = knownText(text, start, i, hash);
      // A glued word has a capital, and a capital changes when lower-cased (but for the rare
      // capitals without a small form): most words skip the glue test.
      if (word.glue === 0 && (!word.maybeGlued || (word.lower === word.text && !(caselessCapital ??= containsCaselessCapital(text, from, to))))) {
        tokens.push({ kind: "word", text: word.text, lower: word.lower, start, end: i, spaceBefore });
      } else {
        pushWord(tokens, word, start, spaceBefore, (caselessCapital ??= containsCaselessCapital(text, from, to)));
      }
    }
    previousEnd = i;
  }
  return tokens;
}

/**
 * A token's text, its lower-case form and how a word splits, kept per distinct text: a report
 * writes the same few thousand syllables, numbers and marks again and again, and a token then
 * costs no new string, no lower-casing and no glue test.
 */
interface KnownText {
  text: string;
  lower: string;
  /** splitCitationGlue of the text. */
  glue: number;
  /** MAYBE_GLUED tested on the text. */
  maybeGlued: boolean;
}

/** Slots by hash; a text whose slot holds another text replaces it (the table stays small). */
const KNOWN_SLOTS = 8192;
const known: (KnownText | undefined)[] = new Array(KNOWN_SLOTS);

function nextHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The known text of text[start, end), whose characters hash to `hash`. */
function knownText(text: string, start: number, end: number, hash: number): KnownText {
  const slot = hash & (KNOWN_SLOTS - 1);
  const entry = known[slot];
  if (entry !== undefined && entry.text.length === end - start && text.startsWith(entry.text, start)) return entry;
  const written = text.slice(start, end);
  const lower = written.toLowerCase();
  const added = { text: written, lower, glue: splitCitationGlue(written, lower), maybeGlued: MAYBE_GLUED.test(written) };
  known[slot] = added;
  return added;
}

function pushWord(tokens: Token[], word: KnownText, start: number, spaceBefore: boolean, hasCaselessCapital: boolean): void {
  const { text, lower, glue } = word;
  if (glue) {
    pushPieces(tokens, text.slice(0, glue), start, spaceBefore, hasCaselessCapital);
    const rest = text.slice(glue);
    if (/^\d/u.test(rest)) tokens.push(makeToken("number", rest, start + glue, false));
    else pushPieces(tokens, rest, start + glue, false, hasCaselessCapital);
    return;
  }
  // The test tokenize makes, for the pieces of a word split at citation glue.
  if ((lower === text && !hasCaselessCapital) || !word.maybeGlued) {
    tokens.push({ kind: "word", text, lower, start, end: start + text.length, spaceBefore });
    return;
  }
  splitGlued(text).forEach((piece, n) => tokens.push(makeToken("word", piece.text, start + piece.offset, n === 0 && spaceBefore)));
}

/** The pieces of a word split by citation glue, each split again if glued. */
function pushPieces(tokens: Token[], word: string, start: number, spaceBefore: boolean, hasCaselessCapital: boolean): void {
  const lower = word.toLowerCase();
  pushWord(tokens, { text: word, lower, glue: splitCitationGlue(word, lower), maybeGlued: MAYBE_GLUED.test(word) }, start, spaceBefore, hasCaselessCapital);
}

/**
 * The text of tokens[from, to) as written, one space wherever white space separated two of them.
 * Joined at once, not appended piece by piece: a summary of forty words kept as a chain of
 * eighty concatenations would outlive the young heap with every link.
 */
export function joinTokens(tokens: readonly Token[], from = 0, to = tokens.length): string {
  if (to - from === 1) return tokens[from].text;
  const pieces: string[] = [tokens[from].text];
  for (let k = from + 1; k < to; k += 1) {
    if (tokens[k].spaceBefore) pieces.push(" ");
    pieces.push(tokens[k].text);
  }
  return pieces.join("");
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
/** A Roman numeral glued to the next word ("khóa XIIvà"). */
const ROMAN_THEN_WORD = /^([IVXL]{2,})(\p{Ll}{2,}.*)$/u;
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
  const roman = ROMAN_THEN_WORD.exec(word);
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
