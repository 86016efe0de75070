import { joinTokens, type Token } from "./tokenizer";
import { BODIES, EXPANSIONS, TYPE_PHRASES, isKnownCode, type BodyEntry } from "./codes";
import issuerData from "../../data/citations/issuer-names.json";
import { typePhraseAt } from "./typePhrase";

const TYPE_FIRST_WORDS = new Set(TYPE_PHRASES.map((p) => p.words[0]));
const TYPE_SECOND_WORDS = new Set(TYPE_PHRASES.map((p) => p.words[1]).filter((w): w is string => w !== undefined));

/** The issuer of a cited document ("Ban Thường vụ Thành ủy", "BCH Trung ương Đảng khóa XI"). */
export interface IssuerPhrase {
  /** As written (normalised text). */
  text: string;
  /** Abbreviations expanded and capitalisation fixed ("Ban Chấp hành Trung ương Đảng khóa XI"). */
  canonical: string;
  body: BodyEntry | null;
  /** of: written after `của`; subject: the sentence's subject (`Tỉnh ủy đã ban hành Kế hoạch số …`); shared: written after the next reference of a list. */
  role: "of" | "subject" | "shared";
  /** Normalised offsets. */
  start: number;
  end: number;
  /** Token index after the phrase. */
  next: number;
  /** Tokens of the phrase, for the abbreviation rule. */
  tokens: Token[];
}

/**
 * Lower-case words that continue a body name after its capitalised word ("Ban chấp hành",
 * "Thường vụ", "Thủ tướng", "Bộ Y tế", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh").
 */
const CONTINUATION = new Set(issuerData.nameWords);
/** Lower-case words that continue a name only after a given word (`Thường trực`, not `Tỉnh ủy trực tiếp`). */
const NAME_PAIRS = wordPairs(issuerData.namePairs);
/** Two words that end a body name: the verb or phrase after it ("… Tỉnh ủy ban hành", "… Tỉnh ủy chỉ đạo"). */
const STOP_PAIRS = wordPairs(issuerData.stopPairs);
/** Words a lower-case issuer may start with ("của ban chấp hành trung ương"); the phrase must then name a known body. */
const HEAD_WORDS = new Set(issuerData.headWords);
const ROMAN = /^[IVXL]+$/u;
const CAPITALISED = /^\p{Lu}/u;
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const KHOA = new Set(["khóa", "khoá"]);
const MAX_ISSUER_TOKENS = 16;

/** Parses the issuer starting at token i (the token after `của`). */
export function parseIssuerAt(tokens: readonly Token[], i: number, role: IssuerPhrase["role"] = "of"): IssuerPhrase | null {
  const first = tokens[i];
  if (first?.kind !== "word") return null;
  const lowerStart = !CAPITALISED.test(first.text);
  if (lowerStart && !HEAD_WORDS.has(first.lower)) return null;
  let k = i;
  while (k < tokens.length && k - i < MAX_ISSUER_TOKENS) {
    const t = tokens[k];
    if (k > i && !t.spaceBefore && t.kind === "word") break; // glued word: not part of the name
    // A stop pair ends the name when written in lower case (`Tỉnh ủy chỉ đạo`, not `Ban Chỉ đạo`, `Ban Tổ chức`); `ban hành` in any case.
    const nextLower = tokens[k + 1]?.lower ?? "";
    const named = k > i && isPair(NAME_PAIRS, tokens[k - 1].lower, t.lower);
    const banHanh = t.lower === "ban" && nextLower === "hành";
    if (k > i && !named && isPair(STOP_PAIRS, t.lower, nextLower) && (banHanh || !CAPITALISED.test(t.text)) && !(t.lower === "chỉ" && tokens[k - 1].lower === "ban")) break;
    if (t.kind === "word" && t.lower === "về") break;
    if (t.kind === "word" && (CAPITALISED.test(t.text) || CONTINUATION.has(t.lower) || ROMAN.test(t.text) || named)) {
      if (k > i && CAPITALISED.test(t.text) && (startsReference(tokens, k) || startsTitle(tokens, k))) break;
      k += 1;
      continue;
    }
    // "Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội": a joiner before a capitalised word.
    if ((t.lower === "và" || t.text === "-" || t.text === "–") && k > i && isNameWord(tokens[k + 1]) && !startsTypePhrase(tokens, k + 1)) {
      k += 1;
      continue;
    }
    // "Đoàn kiểm tra LN 500": a number after an abbreviation inside the name is part of it.
    if (t.kind === "number" && k > i && ABBREVIATION.test(tokens[k - 1].text) && !isKnownCode(tokens[k - 1].text)) {
      k += 1;
      continue;
    }
    // "Hội nghị Thị ủy lần thứ 11 (khóa XXI)": the session number belongs to the name.
    if (t.lower === "lần" && tokens[k + 1]?.lower === "thứ" && (tokens[k + 2]?.kind === "number" || ROMAN.test(tokens[k + 2]?.text ?? ""))) {
      k += 3;
      continue;
    }
    // "Ban Bí thư -khóa X", "Bộ Chính trị (khóa XII)", "Ban Chấp hành Trung ương, khóa XII": the term belongs to the name.
    const term = termAt(tokens, k);
    if (term > k) {
      k = term;
      continue;
    }
    break;
  }
  // "khóa" must be followed by its number; a joiner must be followed by a word.
  while (k > i && ["khóa", "khoá", "-", "–", "và"].includes(tokens[k - 1].lower)) k -= 1;
  if (k === i) return null;
  const phrase = tokens.slice(i, k);
  const text = joinTokens(phrase);
  const body = findBody(text);
  if (lowerStart && !body) return null;
  return { text, canonical: canonicalIssuer(text), body, role, start: phrase[0].start, end: phrase[phrase.length - 1].end, next: k, tokens: phrase };
}

/** Two-word phrases from data ("chỉ đạo"), by first word: looked up per token without joining strings. */
type WordPairs = ReadonlyMap<string, ReadonlySet<string>>;

function wordPairs(phrases: readonly string[]): WordPairs {
  const pairs = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const [first, second] = phrase.split(" ");
    pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
  }
  return pairs;
}

function isPair(pairs: WordPairs, first: string, second: string): boolean {
  return pairs.get(first)?.has(second) ?? false;
}

function isNameWord(t: Token | undefined): boolean {
  return t?.kind === "word" && CAPITALISED.test(t.text);
}

/** A capitalised type word followed by a number or `số` starts the next reference, not more of the name. */
function startsReference(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 2];
  return TYPE_FIRST_WORDS.has(tokens[k].lower) && TYPE_SECOND_WORDS.has(tokens[k + 1]?.lower ?? "") && (after?.lower === "số" || after?.kind === "number");
}

/**
 * A capitalised type phrase after the name starts the document's own title (`Thông báo … của UBND
 * tỉnh Kết luận của đồng chí …`), unless a joiner makes it part of the name (`Sở Kế hoạch và Đầu tư`).
 */
function startsTitle(tokens: readonly Token[], k: number): boolean {
  const phrase = typePhraseAt(tokens, k);
  if (!phrase) return false;
  const after = tokens[k + phrase.words.length];
  return !((after?.lower === "và" || after?.text === "-") && isNameWord(tokens[k + phrase.words.length + 1]));
}

/** A type phrase after a joiner (`Bộ Công an và Dự án …`) starts another reference, not more of the name. */
function startsTypePhrase(tokens: readonly Token[], k: number): boolean {
  return typePhraseAt(tokens, k) !== undefined;
}

/** The token index after a term written after the name (`-khóa X`, `(khóa XII)`, `, khóa XII`), or k. */
function termAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  return t?.kind === "punct" ? (termPhraseAt(tokens, k)?.next ?? k) : k;
}

/** A term written as `khóa IX`, with where the whole phrase is. */
export interface TermPhrase {
  /** The Roman numeral (`IX`). */
  term: string;
  /** Normalised offsets of the phrase, brackets or leading comma/dash included. */
  start: number;
  end: number;
  /** Token index after the phrase. */
  next: number;
}

/** A term at token k: `khóa IX`, `(khóa IX)`, `, khóa XII`, `-khóa X`; null otherwise. */
export function termPhraseAt(tokens: readonly Token[], k: number): TermPhrase | null {
  const t = tokens[k];
  if (!t) return null;
  const lead = t.text === "-" || t.text === "–" || t.text === "," || t.text === "(" ? 1 : 0;
  const khoa = tokens[k + lead];
  const roman = tokens[k + lead + 1];
  if (!KHOA.has(khoa?.lower ?? "") || !ROMAN.test(roman?.text ?? "")) return null;
  if (t.text === "(") {
    const close = tokens[k + 3];
    return close?.text === ")" ? { term: roman.text, start: t.start, end: close.end, next: k + 4 } : null;
  }
  return { term: roman.text, start: t.start, end: roman.end, next: k + lead + 2 };
}

/** The term an issuer's name carries (`Ban Chấp hành Trung ương Đảng khóa XI`, `Bộ Chính trị (khóa XII)`). */
export function termInIssuer(issuer: IssuerPhrase): TermPhrase | null {
  for (let k = 0; k < issuer.tokens.length; k += 1) {
    const term = termPhraseAt(issuer.tokens, k);
    if (term) return term;
  }
  return null;
}

/** Verbs by which a subject issues the document that follows (`Tỉnh ủy đã ban hành Kế hoạch số …`), longest first. */
const ISSUING_VERBS: readonly string[][] = issuerData.issuingVerbs.map((v) => v.split(" ")).sort((a, b) => b.length - a.length);
/** Words between a subject and its verb (`đã kịp thời`), or opening a clause that continues the subject (`; đồng thời ban hành`). */
const SUBJECT_ADVERBS: readonly string[][] = issuerData.subjectAdverbs.map((v) => v.split(" ")).sort((a, b) => b.length - a.length);
const MAX_SUBJECT_TOKENS = 14;

const endsWith = (tokens: readonly Token[], end: number, words: readonly string[]) => words.every((w, n) => tokens[end - words.length + n]?.lower === w);

/** Where the subject before an issuing verb must end, the verb ending at typeAt and adverbs skipped; null without such a verb. */
function subjectEnd(tokens: readonly Token[], typeAt: number): number | null {
  const verb = ISSUING_VERBS.find((words) => endsWith(tokens, typeAt, words));
  if (!verb) return null;
  let end = typeAt - verb.length;
  for (let adverb = SUBJECT_ADVERBS.find((w) => endsWith(tokens, end, w)); adverb && end > 0; adverb = SUBJECT_ADVERBS.find((w) => endsWith(tokens, end, w))) {
    end -= adverb.length;
  }
  return end;
}

/**
 * The issuer written as the subject just before the type word at typeAt: `Ban Thường vụ Tỉnh
 * ủy Lâm Đồng đã ban hành Kế hoạch số …`, `Đảng ủy phường xây dựng Kế hoạch số …`. The
 * subject must name a known body or start with a body's head word.
 */
export function subjectIssuerBefore(tokens: readonly Token[], typeAt: number): IssuerPhrase | null {
  const end = subjectEnd(tokens, typeAt);
  if (end === null) return null;
  // The earliest start whose name runs exactly to the verb is the whole subject.
  for (let from = Math.max(0, end - MAX_SUBJECT_TOKENS); from < end; from += 1) {
    if (!CAPITALISED.test(tokens[from].text)) continue;
    const issuer = parseIssuerAt(tokens, from, "subject");
    if (issuer && issuer.next === end && (issuer.body || HEAD_WORDS.has(tokens[from].lower))) return issuer;
  }
  return null;
}

/** The clause (tokens from its start) opens with the issuing verb, so it continues the previous clause's subject (`; đồng thời ban hành Kế hoạch số …`). */
export function continuesSubject(tokens: readonly Token[], typeAt: number): boolean {
  return subjectEnd(tokens, typeAt) === 0;
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
