import type { Token } from "./tokenizer";
import { BODIES, EXPANSIONS, type BodyEntry } from "./codes";

/** The issuer phrase after `của` ("Ban Thường vụ Thành ủy", "BCH Trung ương Đảng khóa XI"). */
export interface IssuerPhrase {
  /** As written (normalised text). */
  text: string;
  /** Abbreviations expanded and capitalisation fixed ("Ban Chấp hành Trung ương Đảng khóa XI"). */
  canonical: string;
  body: BodyEntry | null;
  /** Normalised offsets. */
  start: number;
  end: number;
  /** Token index after the phrase. */
  next: number;
  /** Tokens of the phrase, for the abbreviation rule. */
  tokens: Token[];
}

/** Lower-case words that may continue a body name ("Ban chấp hành", "Thường vụ", "thành phố", "khóa"). */
const CONTINUATION = new Set([
  "chấp", "hành", "thường", "vụ", "chính", "trị", "bí", "thư", "nhân", "dân", "trung", "ương", "tỉnh",
  "thành", "phố", "thị", "xã", "huyện", "quận", "phường", "đảng", "bộ", "ủy", "uỷ", "khóa", "khoá",
  "đồng", "ban", "tổ", "chức", "tuyên", "giáo", "vận", "kiểm", "tra", "văn", "phòng", "chỉ", "đạo", "quốc", "hội", "phủ",
]);
const ROMAN = /^[IVXL]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Parses the issuer starting at token i (the token after `của`). */
export function parseIssuerAt(tokens: readonly Token[], i: number): IssuerPhrase | null {
  const first = tokens[i];
  if (first?.kind !== "word" || !CAPITALISED.test(first.text)) return null;
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k];
    if (k > i && !t.spaceBefore && t.kind === "word") break; // glued word: not part of the name
    if (t.kind === "word" && (CAPITALISED.test(t.text) || CONTINUATION.has(t.lower) || ROMAN.test(t.text))) {
      if (k > i && t.lower === "về") break;
      k += 1;
      continue;
    }
    // "Ban Bí thư -khóa X": a dash glued to khóa still belongs to the name.
    if (t.kind === "punct" && t.text === "-" && (tokens[k + 1]?.lower === "khóa" || tokens[k + 1]?.lower === "khoá")) {
      k += 1;
      continue;
    }
    break;
  }
  // "khóa" must be followed by its number; otherwise stop before it.
  while (k > i && ["khóa", "khoá", "-"].includes(tokens[k - 1].lower)) k -= 1;
  if (k === i) return null;
  const phrase = tokens.slice(i, k);
  const text = joinTokens(phrase);
  return { text, canonical: canonicalIssuer(text), body: findBody(text), start: phrase[0].start, end: phrase[phrase.length - 1].end, next: k, tokens: phrase };
}

function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t, n) => (n > 0 && t.spaceBefore ? " " : "") + t.text).join("");
}

/** Expands the short forms listed in data (BCH, BTV, TW inside a name) and fixes their capitals. */
const EXPANSION_PATTERNS = EXPANSIONS.map(({ abbreviation, full }) => ({
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbreviation)}(?![\\p{L}\\p{N}])`, "gu"),
  full,
}));
const canonicalCache = new Map<string, string>();

export function canonicalIssuer(text: string): string {
  const cached = canonicalCache.get(text);
  if (cached !== undefined) return cached;
  let out = text;
  for (const { pattern, full } of EXPANSION_PATTERNS) out = out.replace(pattern, full);
  out = out.replace(/\s*-\s*(khóa|khoá)/u, " $1").replace(/khoá/u, "khóa").replace(/uỷ/gu, "ủy").replace(/Uỷ/gu, "Ủy");
  if (canonicalCache.size < 10000) canonicalCache.set(text, out);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Asked for every mention (groups, disagreements) of the same few issuers.
const bodyCache = new Map<string, BodyEntry | null>();

/** The body the issuer names (longest data pattern found in the expanded, lower-cased phrase). */
export function findBody(text: string): BodyEntry | null {
  const cached = bodyCache.get(text);
  if (cached !== undefined) return cached;
  const lower = canonicalIssuer(text).toLowerCase();
  const body = BODIES.find((b) => lower.includes(b.pattern)) ?? null;
  if (bodyCache.size < 10000) bodyCache.set(text, body);
  return body;
}

/** Central, provincial, local or State, from the body the issuer names ("Ban Thường vụ Tỉnh ủy" → provincial). */
export function issuerGroup(text: string): BodyEntry["group"] | null {
  return findBody(text)?.group ?? null;
}
