/**
 * Matching indicator names across sources ("Thu NSNN trên địa bàn" in a report, "Thu ngân
 * sách nhà nước trên địa bàn" in a spreadsheet): abbreviations expanded, then compared
 * case-, diacritic- and punctuation-insensitively. Candidates carry a score so the user can
 * confirm or correct the match.
 */
import abbreviationData from "../../data/indicators/abbreviations.json";
import { toNfc } from "../text/normalize";
import { baseForm } from "../structure/vietnamese";

const ABBREVIATIONS = new Map(Object.entries(abbreviationData.abbreviations).map(([k, v]) => [k.normalize("NFC"), v]));
// Short words that carry no meaning for matching.
const FILLER = new Set(["va", "cua", "cac", "nhung", "la", "so", "uoc", "thuc", "hien", "dat"]);

// Names are compared pairwise (footnote priors, table selection): remember the folded forms.
const normalizedNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 10000;
// Names differ but their words repeat ("Chỉ tiêu số 1", "Chỉ tiêu số 2"): a new name is folded from remembered words.
const foldedWords = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 20000;

/** Diacritics, case and punctuation folded: "Thu NSNN (trên địa bàn)" → "thu ngan sach nha nuoc tren dia ban". */
export function normalizeIndicatorName(name: string): string {
  let normalized = normalizedNames.get(name);
  if (normalized === undefined) {
    normalized = foldName(name);
    if (normalizedNames.size < MAX_REMEMBERED_NAMES) normalizedNames.set(name, normalized);
  }
  return normalized;
}

function foldName(name: string): string {
  const text = toNfc(name);
  // Words found by hand rather than by a split pattern: an import folds 100,000 names.
  const words: string[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i += 1;
    const start = i;
    while (i < text.length && !isWhitespace(text.charCodeAt(i))) i += 1;
    if (i === start) break;
    const one = foldWord(text.slice(start, i));
    if (one !== "") words.push(one);
  }
  // Joined once into a flat string: a name built by concatenation is a chain of pieces, kept whole with the name as a key.
  return words.join(" ");
}

// Character tests by code rather than by pattern: they run on every word of every imported name.
function everyCode(word: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < word.length; i += 1) if (!test(word.charCodeAt(i))) return false;
  return true;
}

const isLowerAsciiOrDigit = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** Printable ASCII other than letters: digits and punctuation. */
const isAsciiNotLetter = (code: number): boolean => (code >= 0x21 && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);

/** What `\s` matches. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** One whitespace-free word: abbreviation expanded, folded, punctuation runs turned into single spaces, trimmed. */
function foldWord(word: string): string {
  if (everyCode(word, isLowerAsciiOrDigit) && !ABBREVIATIONS.has(word)) return word;
  // Numbers and codes ("12-345", "2020)") fold to their digits; they are too varied to remember.
  if (everyCode(word, isAsciiNotLetter) && !ABBREVIATIONS.has(bareWord(word))) return word.replace(/[^0-9]+/gu, " ").trim();
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = baseForm(expandToken(word))
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (foldedWords.size < MAX_REMEMBERED_WORDS) foldedWords.set(word, folded);
  }
  return folded;
}

const bareWord = (token: string): string => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

function expandToken(token: string): string {
  const bare = bareWord(token);
  const whole = ABBREVIATIONS.get(bare);
  if (whole) return token.replace(bare, whole);
  // Compounds not in the table ("CN-DV"): expand each known part.
  if (bare.includes("-") && bare.split("-").every((part) => ABBREVIATIONS.has(part))) {
    return token.replace(bare, bare.split("-").map((part) => ABBREVIATIONS.get(part)).join(" - "));
  }
  return token;
}


function tokens(normalized: string): string[] {
  return normalized.split(" ").filter((t) => t !== "" && !FILLER.has(t));
}

/** 1 for the same name, 0 for nothing in common (Dice coefficient over meaningful words). */
export function nameSimilarity(a: string, b: string): number {
  const na = normalizeIndicatorName(a);
  const nb = normalizeIndicatorName(b);
  if (na === nb) return 1;
  const ta = tokens(na);
  const tb = tokens(nb);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(t, left - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

export interface MatchCandidate {
  /** The stored indicator's key. */
  key: string;
  name: string;
  /** 0..1; 1 = same name after normalisation or a match the user confirmed. */
  score: number;
  confirmed: boolean;
}

export interface NamedIndicator {
  key: string;
  name: string;
}

/**
 * Candidates for `name` among `known`, best first. `confirmed` maps a normalised name to the
 * key the user chose for it (a confirmation overrides the score; a correction replaces it).
 */
export function matchIndicatorName(
  name: string,
  known: readonly NamedIndicator[],
  options: { confirmed?: Readonly<Record<string, string>>; minScore?: number; limit?: number } = {},
): MatchCandidate[] {
  const minScore = options.minScore ?? 0.5;
  const chosen = options.confirmed?.[normalizeIndicatorName(name)];
  const candidates = known
    .map((k) => {
      const confirmed = k.key === chosen;
      return { key: k.key, name: k.name, score: confirmed ? 1 : nameSimilarity(name, k.name), confirmed };
    })
    .filter((c) => c.confirmed || c.score >= minScore)
    .sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || b.score - a.score || a.name.localeCompare(b.name));
  return candidates.slice(0, options.limit ?? 5);
}

/** "THÀNH UỶ ĐÔNG HÀ" and "Thành ủy Đông Hà" are one organisation. */
export function organisationKey(name: string): string {
  return baseForm(name.normalize("NFC"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
