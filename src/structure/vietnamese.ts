/**
 * Small Vietnamese text helpers for the structure checker: tone-mark placement (old "hòa"/new
 * "hoà"), diacritic-free base forms (for typo detection) and case helpers.
 */
import { remembered } from "../core/remembered";

const TONE_MARK_LIST = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const TONE_MARKS = new RegExp(`[${TONE_MARK_LIST.join("")}]`, "u");
const COMBINING_MARK = /\p{M}/u;
const COMBINING_MARKS = /\p{M}/gu;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
/** Pairs whose tone mark moves between the old and new placement in open syllables. */
const MOVABLE_PAIRS = ["oa", "oe", "uy"];

export type ToneStyle = "old" | "new";

export interface ToneVariant {
  style: ToneStyle;
  /** The word as written. */
  word: string;
  /** The same word in the other style (NFC). */
  other: string;
}

/**
 * For a word ending in oa/oe/uy carrying a tone mark (hoà/hòa, uỷ/ủy, thuý/thúy), tells which
 * placement it uses and returns the other spelling; null when placement cannot vary.
 */
export function toneVariant(word: string): ToneVariant | null {
  // Cheap exit for the vast majority of words: a movable pair ends in a, e or y.
  const last = word[word.length - 1];
  if (last === undefined || (!COMBINING_MARK.test(last) && !/^[aey]/i.test(last.normalize("NFD")))) return null;
  const chars = [...word.normalize("NFD")];
  // Split into base letters with their combining marks.
  const letters: { base: string; marks: string[] }[] = [];
  for (const ch of chars) {
    if (COMBINING_MARK.test(ch) && letters.length > 0) letters[letters.length - 1].marks.push(ch);
    else letters.push({ base: ch, marks: [] });
  }
  if (letters.length < 2) return null;
  const first = letters[letters.length - 2];
  const second = letters[letters.length - 1];
  const pair = (first.base + second.base).toLowerCase();
  if (!MOVABLE_PAIRS.includes(pair)) return null;
  // "qu" + y: the u belongs to the consonant, so "quý" has one placement only.
  if (pair === "uy" && letters.length >= 3 && letters[letters.length - 3].base.toLowerCase() === "q") return null;
  // Other marks (breve, circumflex) on the pair mean a different vowel: leave it alone.
  const otherMarks = [...first.marks, ...second.marks].filter((m) => !TONE_MARKS.test(m));
  if (otherMarks.length > 0) return null;
  const firstTone = first.marks.find((m) => TONE_MARKS.test(m));
  const secondTone = second.marks.find((m) => TONE_MARKS.test(m));
  if ((firstTone && secondTone) || (!firstTone && !secondTone)) return null;
  const prefix = letters.slice(0, -2).map((l) => l.base + l.marks.join("")).join("");
  const tone = (firstTone ?? secondTone) as string;
  // Old placement marks the first vowel (hòa, ủy, thúy); the new one the second (hoà, uỷ, thuý).
  const oldForm = (prefix + first.base + tone + second.base).normalize("NFC");
  const newForm = (prefix + first.base + second.base + tone).normalize("NFC");
  return firstTone ? { style: "old", word, other: newForm } : { style: "new", word, other: oldForm };
}

/**
 * Every letter that a word of a movable pair can end with: the base letter alone or composed with
 * tone marks only (any other mark makes toneVariant refuse the word). Built once at load.
 */
function composedWithTones(bases: string): string {
  const tones = ["", ...TONE_MARK_LIST];
  const letters = new Set<string>();
  for (const base of bases) {
    for (const a of tones) {
      for (const b of tones) {
        const composed = (base + a + b).normalize("NFC");
        if (composed.length === 1) letters.add(composed);
      }
    }
  }
  return [...letters].join("");
}

/** The letters of `composedWithTones(bases)` that carry a tone mark. */
function tonedOnly(bases: string): string {
  return [...composedWithTones(bases)].filter((letter) => !bases.includes(letter)).join("");
}

/**
 * The end of a word whose tone placement may vary: "…oa", "…oe", "…uy" with a tone mark on
 * exactly one of the two letters (toneVariant refuses the others). Scanning for this instead of
 * splitting every paragraph into words skips the vast majority of words, which cannot vary;
 * toneVariant still decides each candidate.
 *
 * Two patterns, read side by side: one pattern for all four endings stops at every o and u of
 * the text (the search is as slow as its commonest first letter), while the old placement starts
 * at a rare toned letter and the new one at o/u alone (together a quarter less time than one).
 * An ending is two letters at a word's end, so two matches overlap only when they start at the
 * same offset, and there the patterns' first letters (toned o/u, plain o/u) differ: the two lists,
 * merged by offset, are the one pattern's matches.
 */
const OLD_PLACEMENT_ENDING = new RegExp(`(?:[${tonedOnly("oO")}][aAeE]|[${tonedOnly("uU")}][yY])(?!\\p{L})`, "gu");
const NEW_PLACEMENT_ENDING = new RegExp(`(?:[oO][${tonedOnly("aAeE")}]|[uU][${tonedOnly("yY")}])(?!\\p{L})`, "gu");
/** Every ending is two UTF-16 units (precomposed letters of the Basic Multilingual Plane). */
const ENDING_LENGTH = 2;

/**
 * 1 for a letter, 0 for anything else, exact for the Latin blocks Vietnamese is written in and
 * 2 (ask LETTER_AT) elsewhere below U+1F00. Built once at load.
 */
const LETTER_UNIT = (() => {
  const table = new Uint8Array(0x1f00).fill(2);
  for (const [from, to] of [[0, 0x24f], [0x1e00, 0x1eff]]) {
    for (let code = from; code <= to; code += 1) table[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return table;
})();
const LETTER_AT = /\p{L}/uy;

/** Whether the code point at `at` is a letter (as /\p{L}/u reads it there). */
function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const known = code < 0x1f00 ? LETTER_UNIT[code] : 2;
  if (known !== 2) return known === 1;
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text);
}

/** Offset where the run of letters ending at `end` begins (code points, as /\p{L}+/u reads them). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!isLetterAt(text, i - width)) break;
    i -= width;
  }
  return i;
}

/**
 * toneVariant, remembered: the candidate words are few and recur all through a report (hoá, hoà,
 * quý, thuỷ). Bounded so that odd input cannot grow the table without limit.
 */
function rememberedToneVariant(word: string): ToneVariant | null {
  return remembered(VARIANTS, word, toneVariant, VARIANTS_MAX);
}

const VARIANTS = new Map<string, ToneVariant | null>();
const VARIANTS_MAX = 4096;

/** The end of the pattern's next match in `text`, -1 when it has none left (test(): no match array). */
function nextEnd(pattern: RegExp, text: string): number {
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * Visits the words of `text` (maximal runs of letters) whose tone placement can vary, in order,
 * with their offsets. A visit, not a list: a report has tens of thousands of such words, and
 * the variant (one per distinct word) already holds the word.
 */
export function forEachToneVariantWord(text: string, visit: (start: number, end: number, variant: ToneVariant) => void): void {
  OLD_PLACEMENT_ENDING.lastIndex = 0;
  NEW_PLACEMENT_ENDING.lastIndex = 0;
  let oldEnd = nextEnd(OLD_PLACEMENT_ENDING, text);
  let newEnd = nextEnd(NEW_PLACEMENT_ENDING, text);
  while (oldEnd >= 0 || newEnd >= 0) {
    const takeOld = newEnd < 0 || (oldEnd >= 0 && oldEnd < newEnd);
    const end = takeOld ? oldEnd : newEnd;
    if (takeOld) oldEnd = nextEnd(OLD_PLACEMENT_ENDING, text);
    else newEnd = nextEnd(NEW_PLACEMENT_ENDING, text);
    const start = wordStart(text, end - ENDING_LENGTH);
    const variant = rememberedToneVariant(text.slice(start, end));
    if (variant) visit(start, end, variant);
  }
}

/** Rewrites new tone placement to the old one in every word (used for comparing wordings). */
export function toOldToneStyle(text: string): string {
  let out = "";
  let copied = 0;
  forEachToneVariantWord(text, (start, end, variant) => {
    if (variant.style !== "new") return;
    out += text.slice(copied, start) + variant.other;
    copied = end;
  });
  return copied === 0 ? text : out + text.slice(copied);
}

/** Letters without any diacritic, đ → d, lower case: "ĐẢNG ỦY" → "dang uy". */
export function baseForm(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** Lower case with the old tone placement, for comparing headings and wordings. */
export function foldForMatch(text: string): string {
  return toOldToneStyle(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();
}

export function isAllCaps(text: string): boolean {
  // A lower-case ASCII letter settles it without upper-casing the whole text.
  return !/[a-z]/.test(text) && CAPITAL.test(text) && text === text.toUpperCase();
}

/**
 * 1 for each UTF-16 code unit that may belong to a capital letter: exact for the Latin blocks
 * Vietnamese is written in, 1 for other scripts and surrogates (safe side), 0 for general
 * punctuation. Built once at load.
 */
const CAPITAL_UNIT = (() => {
  const table = new Uint8Array(0x10000).fill(1);
  const exact = [[0, 0x24f], [0x1e00, 0x1eff]];
  for (const [from, to] of exact) {
    for (let code = from; code <= to; code += 1) table[code] = CAPITAL.test(String.fromCharCode(code)) ? 1 : 0;
  }
  table.fill(0, 0x2000, 0x2070);
  return table;
})();

/**
 * The first offset from `from` where two capitals may stand in a row (/\p{Lu}{2}/u could match
 * there), or -1. A loop over a table is many times faster than the Unicode-property pattern;
 * the second half of a surrogate pair is never returned (a pattern cannot start there).
 */
export function nextCapitalPair(text: string, from = 0): number {
  for (let i = from; i + 1 < text.length; i += 1) {
    if (CAPITAL_UNIT[text.charCodeAt(i)] & CAPITAL_UNIT[text.charCodeAt(i + 1)] && !isSecondHalf(text, i)) return i;
  }
  return -1;
}

/** The low half of a surrogate pair. */
function isSecondHalf(text: string, i: number): boolean {
  return i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
