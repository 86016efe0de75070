/**
 * Small Vietnamese text helpers for the structure checker: tone-mark placement (old "hoà"/new
 * "hòa"), diacritic-free base forms (for typo detection) and case helpers.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Pairs whose tone mark moves between the old and new placement in open syllables. */
const MOVABLE_PAIRS = ["oa", "oe", "uy"];

export type ToneStyle = "old" | "new";

export interface ToneVariant {
  style: ToneStyle;
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
  if (last === undefined || (!/\p{M}/u.test(last) && !/^[aey]/i.test(last.normalize("NFD")))) return null;
  const chars = [...word.normalize("NFD")];
  // Split into base letters with their combining marks.
  const letters: { base: string; marks: string[] }[] = [];
  for (const ch of chars) {
    if (/\p{M}/u.test(ch) && letters.length > 0) letters[letters.length - 1].marks.push(ch);
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
  const oldForm = (prefix + first.base + second.base + tone).normalize("NFC");
  const newForm = (prefix + first.base + tone + second.base).normalize("NFC");
  return firstTone ? { style: "new", other: oldForm } : { style: "old", other: newForm };
}

/** Rewrites old tone placement to the new one in every word (used for comparing wordings). */
export function toNewToneStyle(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const variant = toneVariant(word);
    return variant && variant.style === "old" ? variant.other : word;
  });
}

/** Letters without any diacritic, đ → d, lower case: "ĐẢNG ỦY" → "dang uy". */
export function baseForm(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** Lower case with the new tone style, for comparing headings and wordings. */
export function foldForMatch(text: string): string {
  return toNewToneStyle(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
