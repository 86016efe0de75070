import { tokenize, type Token } from "./tokenizer";
import { TYPE_PHRASES, typeEntryForCode, type TypeEntry } from "./codes";
import { parseSymbolAt, type SymbolInfo } from "./symbol";
import { parseDateAt, type CitedDate } from "./date";
import { parseIssuerAt, type IssuerPhrase } from "./issuer";
import { parseNamedAt, type NamedReference } from "./named";

/** A span of the paragraph's normalised text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One reference found in a paragraph, with the position of each part (normalised offsets):
 * `Nghị quyết │số│ 35-NQ/TW│,│ ngày 22/10/2018 │của Bộ Chính trị│ về …`.
 */
export interface Citation {
  paragraph: number;
  kind: "numbered" | "named";
  /** Start of the type word (or of the symbol when no type word is written). */
  start: number;
  /** End of the last part of the head (symbol, date or issuer); the summary is not part of it. */
  end: number;
  /** The type word as written, and its data entry. */
  typeWord: (Span & { text: string }) | null;
  type: TypeEntry | null;
  /** The `số` token, when written. */
  so: Span | null;
  symbol: SymbolInfo | null;
  /** True when the symbol was not written but completed from a list (`Quyết định 217, 218 của Bộ Chính trị`). */
  elided: boolean;
  /** Number written for an elided reference. */
  number: string | null;
  /** The comma written before `ngày`, or null. */
  comma: Span | null;
  /** The `ngày` token. */
  ngay: Span | null;
  date: CitedDate | null;
  issuer: IssuerPhrase | null;
  /** Where the summary starts (`về …` or an opening quote), when there is one. */
  summary: Span | null;
  /** For unnumbered references. */
  named: NamedReference | null;
}

const COMMA = ",";
const LIST_WORDS = new Set(["và", ","]);
const QUOTES = new Set(["“", "\"", "'", "‘", "«"]);

/**
 * Clause ends a citation never crosses: ".", ";", "!" or "?" followed by a space. No part of a
 * citation consumes such a mark (a dotted date has no space after its dots), and a lookahead
 * never reads past it, so each clause can be read on its own.
 */
const CLAUSE_END = /[.;!?](?=\s)/gu;

/**
 * Hints, tested before tokenising a clause, that it may hold a citation: a number-symbol
 * (`35-NQ/TW`, `68/QĐ-UBND`, `30/2020/NĐ-CP`: a code starts with a capital), a type phrase before
 * a number (`Quyết định 217, 218`, `Kế hoạch số 12`), or a capitalised `Nghị quyết` / `Luật`
 * cited by name. Most clauses of a long report have none and are skipped.
 */
const SYMBOL_HINT = /[0-9]\s*(?:[-–‐‑]\s*\p{Lu}|\/\s*(?:\p{Lu}|[0-9]{4}\s*\/))/u;
const NUMBERED_TYPE_HINT = new RegExp(`(?:${TYPE_PHRASES.map(({ words }) => words.map(escapeRegExp).join(String.raw`\s+`)).join("|")})(?:\\s*số)?\\s+[0-9]`, "iu");
const NAMED_TYPE_HINT = /nghị\s+quyết|luật/giu;
const CAPITALISED = /^\p{Lu}/u;

const SPACE_DIGIT = /\s[0-9]/u;

function mayCite(clause: string): boolean {
  // The long case-insensitive phrase list runs only where a number follows a space.
  if (SYMBOL_HINT.test(clause) || (SPACE_DIGIT.test(clause) && NUMBERED_TYPE_HINT.test(clause))) return true;
  for (const m of clause.matchAll(NAMED_TYPE_HINT)) if (CAPITALISED.test(m[0])) return true;
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Finds every citation in one paragraph's normalised text. */
export function detectCitations(text: string, paragraph: number): Citation[] {
  const found: Citation[] = [];
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); ; m = CLAUSE_END.exec(text)) {
    const to = m ? m.index + 1 : text.length;
    if (mayCite(text.slice(from, to))) found.push(...detectInClause(text, from, to, paragraph));
    if (!m) return found;
    from = to;
  }
}

/** The citations of text[from, to), a clause (see CLAUSE_END); offsets stay paragraph offsets. */
function detectInClause(text: string, from: number, to: number, paragraph: number): Citation[] {
  const tokens = tokenize(text, from, to);
  const found: Citation[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = matchTypePhrase(tokens, i);
    if (phrase) {
      const result = parseAfterType(tokens, i, phrase, paragraph);
      found.push(...result.citations);
      i = result.next;
      continue;
    }
    // The report's own number line can only be the paragraph's first clause.
    const symbol = tokens[i].kind === "number" && !(from === 0 && isOwnNumber(tokens, i)) ? parseSymbolAt(tokens, i) : null;
    if (symbol) {
      const { citations, next } = parseRefsAndTail(tokens, symbol.next, [refFromSymbol(symbol)], null, null, paragraph);
      found.push(...citations);
      i = next;
      continue;
    }
    i += 1;
  }
  return found;
}

interface TypeMatch {
  entry: TypeEntry;
  end: number; // token index after the phrase
}

/** Type phrases by their first word, longest first within each list (as in TYPE_PHRASES). */
const PHRASES_BY_FIRST_WORD = new Map<string, (typeof TYPE_PHRASES)[number][]>();
for (const phrase of TYPE_PHRASES) {
  const list = PHRASES_BY_FIRST_WORD.get(phrase.words[0]) ?? [];
  list.push(phrase);
  PHRASES_BY_FIRST_WORD.set(phrase.words[0], list);
}

function matchTypePhrase(tokens: readonly Token[], i: number): TypeMatch | null {
  if (tokens[i].kind !== "word") return null;
  for (const { words, entry } of PHRASES_BY_FIRST_WORD.get(tokens[i].lower) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.kind === "word" && tokens[i + k].lower === w && (k === 0 || tokens[i + k].spaceBefore))) {
      return { entry, end: i + words.length };
    }
  }
  return null;
}

/** The report's own number line (`Số 263-BC/ĐU`, `Số: 68/BC-UBND`) is not a citation. */
function isOwnNumber(tokens: readonly Token[], i: number): boolean {
  // Exactly one token other than ":" before i, and it is "số" (stops at the second one).
  let first: Token | null = null;
  for (let k = 0; k < i; k += 1) {
    if (tokens[k].text === ":") continue;
    if (first) return false;
    first = tokens[k];
  }
  return first !== null && first.lower === "số";
}

interface Ref {
  symbol: SymbolInfo | null;
  number: string | null;
  span: Span;
  /** The symbol is completed from the list, not written. */
  elided: boolean;
}

function refFromSymbol(symbol: SymbolInfo): Ref {
  return { symbol, number: symbol.number, span: { start: symbol.start, end: symbol.end }, elided: false };
}

function parseAfterType(tokens: readonly Token[], i: number, phrase: TypeMatch, paragraph: number): { citations: Citation[]; next: number } {
  const typeTokens = tokens.slice(i, phrase.end);
  const typeWord = { start: typeTokens[0].start, end: typeTokens[typeTokens.length - 1].end, text: typeTokens.map((t) => t.text).join(" ") };
  let k = phrase.end;
  let so: Span | null = null;
  if (tokens[k]?.lower === "số" && tokens[k].kind === "word") {
    so = { start: tokens[k].start, end: tokens[k].end };
    k += 1;
  }
  const symbol = parseSymbolAt(tokens, k);
  if (symbol) {
    return parseRefsAndTail(tokens, symbol.next, [refFromSymbol(symbol)], { typeWord, entry: phrase.entry }, so, paragraph);
  }
  const bare = parseBareNumbers(tokens, k);
  if (bare) {
    const { citations, next } = parseRefsAndTail(tokens, bare.next, bare.refs, { typeWord, entry: phrase.entry }, so, paragraph);
    // Bare numbers are references only when the issuer tells which series they belong to.
    if (citations.length > 0 && citations[0].issuer?.body) return { citations: completeElided(citations), next };
  }
  const named = so ? null : parseNamedAt(tokens, i, phrase.entry);
  if (named) {
    const citation = emptyCitation(paragraph, "named", typeWord.start, named.end);
    citation.typeWord = typeWord;
    citation.type = phrase.entry;
    citation.named = named;
    return { citations: [citation], next: named.next };
  }
  return { citations: [], next: phrase.end };
}

/** `217, 218 của …` — numbers without a symbol, separated by commas or `và`. */
function parseBareNumbers(tokens: readonly Token[], k: number): { refs: Ref[]; next: number } | null {
  const refs: Ref[] = [];
  let j = k;
  while (tokens[j]?.kind === "number" && tokens[j].text.length <= 4 && !isFollowedByUnit(tokens, j)) {
    refs.push({ symbol: null, number: tokens[j].text, span: { start: tokens[j].start, end: tokens[j].end }, elided: true });
    if (LIST_WORDS.has(tokens[j + 1]?.lower) && tokens[j + 2]?.kind === "number") j += 2;
    else {
      j += 1;
      break;
    }
  }
  return refs.length > 0 && tokens[j]?.lower === "của" ? { refs, next: j } : null;
}

function isFollowedByUnit(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && !next.spaceBefore && next.kind === "punct" && next.text !== ",";
}

/** Writes the elided symbols from the type word and the issuer: `217` + Quyết định + Bộ Chính trị → `217-QĐ/TW`. */
function completeElided(citations: Citation[]): Citation[] {
  return citations.map((c) => {
    const code = c.type?.party[0];
    const issuerCode = c.issuer?.body?.code;
    if (!c.number || !code || !issuerCode || c.issuer?.body?.group === "state") return c;
    const normalized = `${c.number}-${code}/${issuerCode}`;
    return { ...c, symbol: { number: c.number, year: null, typeCode: code, issuerCode, style: "party", system: "party", normalized, start: c.start, end: c.end, next: 0 } };
  });
}

/** After the first reference: more list items, then `, ngày DATE`, `của ISSUER`, and the summary start. */
function parseRefsAndTail(
  tokens: readonly Token[],
  k: number,
  refs: Ref[],
  type: { typeWord: Citation["typeWord"]; entry: TypeEntry } | null,
  so: Span | null,
  paragraph: number,
): { citations: Citation[]; next: number } {
  let j = k;
  if (refs[0].symbol) {
    while (LIST_WORDS.has(tokens[j]?.lower)) {
      const more = parseSymbolAt(tokens, j + 1);
      if (more) {
        refs.push(refFromSymbol(more));
        j = more.next;
        continue;
      }
      const num = tokens[j + 1];
      const after = tokens[j + 2];
      if (num?.kind === "number" && num.text.length <= 4 && (after === undefined || LIST_WORDS.has(after.lower) || after.lower === "của" || /^[;.]$/u.test(after.text))) {
        refs.push({ symbol: withNumber(refs[0].symbol, num), number: num.text, span: { start: num.start, end: num.end }, elided: true });
        j += 2;
        continue;
      }
      break;
    }
  }
  let comma: Span | null = null;
  let ngay: Span | null = null;
  let date: CitedDate | null = null;
  const commaTok = tokens[j]?.text === COMMA ? tokens[j] : null;
  const ngayAt = commaTok ? j + 1 : j;
  if (tokens[ngayAt]?.lower === "ngày") {
    const parsed = parseDateAt(tokens, ngayAt + 1);
    if (parsed) {
      if (commaTok) comma = { start: commaTok.start, end: commaTok.end };
      ngay = { start: tokens[ngayAt].start, end: tokens[ngayAt].end };
      date = parsed;
      j = parsed.next;
    }
  }
  let issuer: IssuerPhrase | null = null;
  const cuaAt = tokens[j]?.text === COMMA && tokens[j + 1]?.lower === "của" ? j + 1 : j;
  if (tokens[cuaAt]?.lower === "của") {
    issuer = parseIssuerAt(tokens, cuaAt + 1);
    if (issuer) j = issuer.next;
  }
  const summary = summaryAt(tokens, j);
  const end = issuer ? issuer.end : date ? date.end : tokens[j - 1].end;
  const citations = refs.map((ref, n) => {
    const last = n === refs.length - 1;
    const c = emptyCitation(paragraph, "numbered", n === 0 ? (type?.typeWord?.start ?? ref.span.start) : ref.span.start, last ? end : ref.span.end);
    c.typeWord = n === 0 ? (type?.typeWord ?? null) : null;
    c.type = type?.entry ?? (ref.symbol?.typeCode ? (typeEntryForCode(ref.symbol.typeCode, ref.symbol.system) ?? null) : null);
    c.so = n === 0 ? so : null;
    c.symbol = ref.symbol;
    c.elided = ref.elided;
    c.number = ref.number;
    if (last) {
      c.comma = comma;
      c.ngay = ngay;
      c.date = date;
      c.summary = summary;
    }
    c.issuer = issuer;
    return c;
  });
  return { citations, next: j };
}

function withNumber(template: SymbolInfo | null, num: Token): SymbolInfo | null {
  if (!template) return null;
  const normalized = template.normalized.replace(/^\d+/u, num.text);
  return { ...template, number: num.text, normalized, start: num.start, end: num.end, next: 0 };
}

function summaryAt(tokens: readonly Token[], j: number): Span | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.lower === "về" || (t.kind === "punct" && QUOTES.has(t.text) && tokens[j + 1]?.kind === "word")) return { start: t.start, end: t.end };
  return null;
}

function emptyCitation(paragraph: number, kind: Citation["kind"], start: number, end: number): Citation {
  return { paragraph, kind, start, end, typeWord: null, type: null, so: null, symbol: null, elided: false, number: null, comma: null, ngay: null, date: null, issuer: null, summary: null, named: null };
}
