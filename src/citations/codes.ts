import typeCodes from "../../data/citations/type-codes.json";
import issuers from "../../data/citations/issuers.json";
import houseStyles from "../../data/citations/house-styles.json";
import type { ProfileId, SystemId } from "../core/types";

/** Type words and codes, issuer codes and bodies, house styles: all read from data/citations. */

export interface TypeEntry {
  word: string;
  party: string[];
  state: string[];
}

export const TYPES: readonly TypeEntry[] = typeCodes.types;

/** Type phrases as lower-case word lists, longest first so "Chương trình hành động" wins over "Chương trình". */
export const TYPE_PHRASES: readonly { words: string[]; entry: TypeEntry }[] = TYPES.map((entry) => ({
  words: entry.word.toLowerCase().split(" "),
  entry,
})).sort((a, b) => b.words.length - a.words.length);

const PARTY_TYPE_CODES = new Set([...TYPES.flatMap((t) => t.party), ...typeCodes.otherCodes.party]);
const STATE_TYPE_CODES = new Set([...TYPES.flatMap((t) => t.state), ...typeCodes.otherCodes.state]);
const PARTY_ISSUER_CODES = new Set(issuers.partyCodes);
const STATE_ISSUER_CODES = new Set(issuers.stateCodes);

export function isTypeCode(code: string, system?: SystemId): boolean {
  if (system === "party") return PARTY_TYPE_CODES.has(code);
  if (system === "state") return STATE_TYPE_CODES.has(code);
  return PARTY_TYPE_CODES.has(code) || STATE_TYPE_CODES.has(code);
}

/** Every known code by its lower-case form, so `ct`, `Tw`, `qđi` read as `CT`, `TW`, `QĐi`. */
const CODES_BY_LOWER = new Map([...PARTY_TYPE_CODES, ...STATE_TYPE_CODES, ...PARTY_ISSUER_CODES, ...STATE_ISSUER_CODES].map((code) => [code.toLowerCase(), code]));

/** The known code a word spells in any case (`ct`, `Tw`, `qđi` → `CT`, `TW`, `QĐi`), from the word in lower case (a token's `lower`); null when none. */
export function canonicalCodeOfLower(lower: string): string | null {
  return CODES_BY_LOWER.get(lower) ?? null;
}

export function isKnownCode(word: string): boolean {
  return isTypeCode(word) || PARTY_ISSUER_CODES.has(word) || STATE_ISSUER_CODES.has(word);
}

/** A Party issuer code: TW, TU, HU … or an agency code ending in one of them (BTGTU, UBKTTW, BCĐTW). */
export function isPartyIssuerCode(code: string): boolean {
  if (PARTY_ISSUER_CODES.has(code)) return true;
  return [issuers.partyCentralSuffix, ...issuers.partyLocalSuffixes].some((suffix) => code.length > suffix.length && code.endsWith(suffix));
}

export function isStateIssuerCode(code: string): boolean {
  return STATE_ISSUER_CODES.has(code) || /^(UBTVQH|QH)\d*$/u.test(code);
}

export function isCentralPartyCode(code: string): boolean {
  return code.endsWith(issuers.partyCentralSuffix);
}

export function typeEntryForCode(code: string, system: SystemId): TypeEntry | undefined {
  return TYPES.find((t) => (system === "party" ? t.party : t.state).includes(code));
}

export interface BodyEntry {
  pattern: string;
  canonical: string;
  code: string;
  group: "central" | "provincial" | "local" | "state";
}

/** Bodies, longest pattern first so "ủy ban thường vụ quốc hội" wins over "quốc hội". */
export const BODIES: readonly BodyEntry[] = [...(issuers.bodies as BodyEntry[])].sort((a, b) => b.pattern.length - a.pattern.length);

export interface Expansion {
  abbreviation: string;
  full: string;
  /** Whether writing the short form inside a citation is a defect the rules report. */
  flag: boolean;
}

export const EXPANSIONS: readonly Expansion[] = issuers.expansions;

export type CommaStyle = "comma" | "none" | "either";

export interface HouseStyle {
  commaBeforeDate: CommaStyle;
  padMonths: number[];
}

export function houseStyle(profile: ProfileId): HouseStyle {
  return (houseStyles.profiles as Record<string, HouseStyle>)[profile];
}
