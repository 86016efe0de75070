/**
 * Header and closing vocabulary (mottos, issuers, number line, place-date, signing authorities,
 * signer titles, closing openers, "Nơi nhận") read once from data/structure/vocabulary.json and
 * validated against its schema. Profile detection and the structure checker both read it here,
 * so they cannot disagree on what a header line is.
 */
import { validatedData } from "../core/data";
import type { SystemId } from "../core/types";
import { isCapitals } from "../text/letterCase";
import vocabularyData from "../../data/structure/vocabulary.json";
import vocabularySchema from "../../data/structure/vocabulary.schema.json";

export interface HeaderVocabulary {
  source: string;
  mottos: Record<SystemId, string[]>;
  subMotto: string;
  issuers: Record<SystemId | "either", string[]>;
  numberLine: string;
  placeDate: string;
  authorities: Record<SystemId, string[]>;
  authorityEquivalents: Record<string, string>;
  signerTitles: string[];
  deputyPrefix: string;
  closingOpeners: string[];
  recipientsHeading: string;
}

/** Checks a vocabulary against the schema; throws with every schema error in the message. */
export function validateVocabulary(data: unknown): HeaderVocabulary {
  return validatedData<HeaderVocabulary>("data/structure/vocabulary.json", vocabularySchema, data);
}

export const VOCABULARY: HeaderVocabulary = validateVocabulary(vocabularyData);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Capitals without tone marks, spaces collapsed: "Thành uỷ" and "THÀNH ỦY" both read "THANH UY"
 * (vowel marks such as the circumflex stay, so ĐẢNG ≠ ĐĂNG). Tone typos in a fixed phrase are the
 * fixed-block rule's business; recognising the line must not depend on them.
 */
export function foldVocabulary(text: string): string {
  return text.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC").toUpperCase().replace(/\s+/gu, " ").trim();
}

const folded = (words: readonly string[]): string[] => words.map(foldVocabulary);
const MOTTOS: Record<SystemId, string[]> = { party: folded(VOCABULARY.mottos.party), state: folded(VOCABULARY.mottos.state) };
const ISSUERS = { party: folded(VOCABULARY.issuers.party), state: folded(VOCABULARY.issuers.state), either: folded(VOCABULARY.issuers.either) };
const SIGNER_TITLES = folded(VOCABULARY.signerTitles);
const DEPUTY = foldVocabulary(VOCABULARY.deputyPrefix);
const SUB_MOTTO_START = foldVocabulary(VOCABULARY.subMotto).split(/\s*[-–—]\s*/u).slice(0, 2).join(" - ");

export const NUMBER_LINE = new RegExp(VOCABULARY.numberLine, "u");
export const PLACE_DATE = new RegExp(VOCABULARY.placeDate, "u");

/** Header lines are short; a long line is body text whatever it starts with. */
export const HEADER_LINE_MAX = 120;

/** Whole words of `phrase` at the start of (or, with `anywhere`, inside) folded `line`. */
function hasPhrase(line: string, phrase: string, anywhere: boolean): boolean {
  const at = anywhere ? line.indexOf(phrase) : line.startsWith(phrase) ? 0 : -1;
  if (at < 0) return false;
  const before = at === 0 ? "" : line[at - 1];
  const after = line[at + phrase.length] ?? "";
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export function mottoSystem(content: string): SystemId | null {
  const line = foldVocabulary(content);
  if (MOTTOS.party.some((m) => line.includes(m))) return "party";
  if (MOTTOS.state.some((m) => line.includes(m))) return "state";
  return null;
}

/** "Độc lập - Tự do - Hạnh phúc", whatever the dashes; its first two words suffice (lines get cut). */
export function isSubMotto(content: string): boolean {
  return foldVocabulary(content).replace(/\s*[-–—]\s*/gu, " - ").startsWith(SUB_MOTTO_START);
}

/** The system an issuer line names ("THÀNH ỦY ĐÔNG HÀ" → party, "CỦA ỦY BAN NHÂN DÂN" → state). */
export function issuerSystem(content: string): SystemId | null {
  // An issuer line is short; a body sentence that starts with "UBND thị xã …" names no issuer.
  if (content.length > HEADER_LINE_MAX) return null;
  // A conclusion names its committee as "CỦA THỊ ỦY (KHÓA XXI)"; a typed bullet does not change
  // what the line names (removing it must not change the document's profile).
  const line = foldVocabulary(content).replace(/^[\s*#_]+/u, "").replace(/^[-+•–]\s+/u, "").replace(/^CUA\s+/u, "");
  if (ISSUERS.party.some((w) => hasPhrase(line, w, false))) return "party";
  if (ISSUERS.state.some((w) => hasPhrase(line, w, false))) return "state";
  return null;
}

/** A line in capitals naming an issuing body, of either system. */
export function isIssuerLine(content: string): boolean {
  if (content.length > HEADER_LINE_MAX || !isCapitals(content) || mottoSystem(content) !== null || NUMBER_LINE.test(content)) return false;
  const line = foldVocabulary(content);
  return [...ISSUERS.party, ...ISSUERS.state, ...ISSUERS.either].some((w) => hasPhrase(line, w, true));
}

/** A capital, after any spaces. */
const CAPITAL_FIRST = /^\s*\p{Lu}/u;

/** The signing authority a line starts with ("TM.", "K/T", "TL.CHỦ TỊCH" → "TL."), with its system. */
export function authorityOf(content: string): { written: string; system: SystemId } | null {
  const line = content.replace(/^[\s*#_]+/u, "");
  for (const system of ["party", "state"] as const) {
    for (const written of VOCABULARY.authorities[system]) {
      if (!line.startsWith(written)) continue;
      // "TM. ỦY BAN", "TL.CHỦ TỊCH", "T/M BAN": the authority is followed by the body's name in capitals.
      if (CAPITAL_FIRST.test(line.slice(written.length)) && (written.endsWith(".") || /^\s/u.test(line.slice(written.length)))) return { written, system };
    }
  }
  return null;
}

/** The signer's title in capitals: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH UBND TỈNH", "CHÁNH VĂN PHÒNG". */
export function isSignerTitle(content: string): boolean {
  if (content.length > 80 || !isCapitals(content)) return false;
  let line = foldVocabulary(content);
  if (hasPhrase(line, DEPUTY, false)) line = line.slice(DEPUTY.length).trim();
  return SIGNER_TITLES.some((t) => hasPhrase(line, t, false));
}

const RECIPIENTS_HEADING = foldVocabulary(VOCABULARY.recipientsHeading);
const RECIPIENTS = new RegExp(`^${RECIPIENTS_HEADING}\\s*:?\\s*$`, "u");
/**
 * Characters that folding may drop or merge into the one before: spaces, combining marks, and the
 * only other second halves of a canonical composition (Hangul jamo, the Kirat Rai sign U+16D67).
 * Every other character leaves at least one character in the folded line.
 */
const MAY_VANISH = String.raw`\s\p{M}\u1100-\u11FF\u{16D67}`;
/** More characters that cannot vanish than the folded heading and its colon have. */
const LONGER_THAN_RECIPIENTS = new RegExp(`(?:[^${MAY_VANISH}][${MAY_VANISH}]*){${[...RECIPIENTS_HEADING.replace(/\s/gu, "")].length + 2}}`, "u");

/** "Nơi nhận:" alone on its line (not "Nơi nhận văn bản xác định …"). */
export function isRecipientsHeading(content: string): boolean {
  // Asked of the first line of every body paragraph: a line too long to be the heading is not folded (folding is the costly part).
  return !LONGER_THAN_RECIPIENTS.test(content) && RECIPIENTS.test(foldVocabulary(content));
}

/** A closing sentence of a report: "Trên đây là báo cáo …". */
export function isClosingOpener(content: string): boolean {
  return VOCABULARY.closingOpeners.some((o) => content.startsWith(o + " "));
}

