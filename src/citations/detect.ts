import { joinTokens, tokenize, type Token } from "./tokenizer";
import { isCentralPartyCode, typeEntryForCode, type TypeEntry } from "./codes";
import { parseSymbolAt, SYMBOL_NUMBER, type SymbolInfo } from "./symbol";
import { parseDateAt, type CitedDate } from "./date";
import { continuesSubject, parseIssuerAt, subjectIssuerBefore, termInIssuer, termPhraseAt, type IssuerPhrase, type TermPhrase } from "./issuer";
import { parseNamedAt, type NamedReference } from "./named";
import { summaryAt, type SummaryPhrase } from "./summary";
import { PHRASES_BY_FIRST_WORD } from "./typePhrase";
import { ClauseHints, mayCiteAnywhere } from "./clauseHints";

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
  /** numbered: a number is written (with or without symbol); named: cited by name; demonstrative: `Nghị quyết này`. */
  kind: "numbered" | "named" | "demonstrative";
  /** Start of the type word (or of the symbol when no type word is written). */
  start: number;
  /** End of the last part of the head (symbol, date or issuer); the summary is not part of it. */
  end: number;
  /** The type word as written (with a qualifier such as `phối hợp` before `số`), and its data entry. */
  typeWord: (Span & { text: string }) | null;
  type: TypeEntry | null;
  /** The `số` token, when written. */
  so: Span | null;
  symbol: SymbolInfo | null;
  /** True when the symbol was not written but completed from a list (`Quyết định 217, 218 của Bộ Chính trị`). */
  elided: boolean;
  /** Number written without a symbol (`Chỉ thị số 27`, `Nghị quyết 35`), or the number of an elided symbol. */
  number: string | null;
  /** The comma written before `ngày`, or null. */
  comma: Span | null;
  /** The `ngày` token. */
  ngay: Span | null;
  date: CitedDate | null;
  /** The `của` token before the issuer. */
  cua: Span | null;
  issuer: IssuerPhrase | null;
  /** The Central Committee term written after the symbol or date (`(khóa IX)`) or in a Central issuer's name (`Ban Chấp hành Trung ương khóa XI`). */
  term: TermPhrase | null;
  /** The summary (`về …`, a quoted title, or a verb phrase such as `phê duyệt …`), when there is one. */
  summary: SummaryPhrase | null;
  /** For unnumbered references. */
  named: NamedReference | null;
}

const COMMA = ",";
const LIST_WORDS = new Set(["và", "hoặc", ","]);

/**
 * Clause ends a citation never crosses: ".", ";", "!" or "?" followed by a space. No part of a
 * citation consumes such a mark (a dotted date has no space after its dots), and a lookahead
 * never reads past it, so each clause can be read on its own.
 */
const CLAUSE_END = /[.;!?](?=\s)/gu;

const CAPITALISED = /^\p{Lu}/u;

/** Finds every citation in one paragraph's normalised text. */
export function detectCitations(text: string, paragraph: number): Citation[] {
  const found: Citation[] = [];
  if (!mayCiteAnywhere(text)) return found;
  let from = 0;
  // The subject of a clause ended by a semicolon, for the next clause that continues it (`; đồng thời ban hành …`).
  let subject: IssuerPhrase | null = null;
  const hints = new ClauseHints(text);
  CLAUSE_END.lastIndex = 0;
  for (;;) {
    // test(), not exec(): the clause end is the one character before lastIndex, and no match array is made per clause.
    const ended = CLAUSE_END.test(text);
    const to = ended ? CLAUSE_END.lastIndex : text.length;
    const clause: readonly Citation[] = hints.mayCite(from, to) ? detectInClause(text, from, to, paragraph, subject) : NO_CITATIONS;
    for (const c of clause) found.push(c);
    if (!ended) return found;
    subject = text[to - 1] === ";" ? lastSubject(clause) : null;
    from = to;
  }
}

const NO_CITATIONS: readonly Citation[] = [];

function lastSubject(citations: readonly Citation[]): IssuerPhrase | null {
  for (let n = citations.length - 1; n >= 0; n -= 1) if (citations[n].issuer?.role === "subject") return citations[n].issuer;
  return null;
}

/** The citations of text[from, to), a clause (see CLAUSE_END); offsets stay paragraph offsets. */
function detectInClause(text: string, from: number, to: number, paragraph: number, carried: IssuerPhrase | null): Citation[] {
  const tokens = tokenize(text, from, to);
  const found: Citation[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = matchTypePhrase(tokens, i);
    if (phrase) {
      const result = parseAfterType(tokens, i, phrase, paragraph, carried);
      found.push(...result.citations);
      i = result.next;
      continue;
    }
    // The report's own number line can only be the paragraph's first clause.
    const symbol = tokens[i].kind === "number" && !(from === 0 && isOwnNumber(tokens, i)) ? parseSymbolAt(tokens, i, { oldForm: tokens[i - 1]?.lower === "số" }) : null;
    if (symbol) {
      const { citations, next } = parseRefsAndTail(tokens, symbol.next, [refFromSymbol(symbol)], null, null, paragraph);
      found.push(...citations);
      i = next;
      continue;
    }
    i += 1;
  }
  return completeElided(shareTrailingFacts(shareSubject(found, tokens), tokens));
}

interface TypeMatch {
  entry: TypeEntry;
  end: number; // token index after the phrase
}

function matchTypePhrase(tokens: readonly Token[], i: number): TypeMatch | null {
  if (tokens[i]?.kind !== "word") return null;
  // Asked at every token: most are no type phrase's first word and cost one lookup.
  const phrases = PHRASES_BY_FIRST_WORD.get(tokens[i].lower);
  if (phrases === undefined) return null;
  for (const { words, entry } of phrases) if (spelledAt(tokens, i, words)) return { entry, end: i + words.length };
  return null;
}

/** Whether the words, each a word token and spaced from the one before, start at token i. */
function spelledAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k += 1) {
    const t = tokens[i + k];
    if (t?.kind !== "word" || t.lower !== words[k] || (k > 0 && !t.spaceBefore)) return false;
  }
  return true;
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

type TypeHead = { typeWord: NonNullable<Citation["typeWord"]>; entry: TypeEntry };

/** Lower-case words that may qualify a type word before `số` (`Chương trình phối hợp số`, `Kế hoạch liên tịch số`, `Phương án nghiệp vụ số`). */
const MAX_QUALIFIER_WORDS = 2;

function parseAfterType(tokens: readonly Token[], i: number, phrase: TypeMatch, paragraph: number, carried: IssuerPhrase | null): { citations: Citation[]; next: number } {
  let k = phrase.end;
  // A qualifier between the type word and `số` (`Chương trình phối hợp số 03/…`).
  if (tokens[k]?.lower !== "số" && tokens[k]?.kind !== "number") {
    for (let q = 1; q <= MAX_QUALIFIER_WORDS; q += 1) {
      // The words before this one passed at the previous q.
      const word = tokens[k + q - 1];
      if (word === undefined || word.kind !== "word" || CAPITALISED.test(word.text) || word.lower === "số") break;
      if (tokens[k + q]?.lower === "số" && tokens[k + q + 1]?.kind === "number") {
        k += q;
        break;
      }
    }
  }
  const typeWord = { start: tokens[i].start, end: tokens[k - 1].end, text: joinTokens(tokens, i, k) };
  const head: TypeHead = { typeWord, entry: phrase.entry };
  let so: Span | null = null;
  if (tokens[k]?.lower === "số" && tokens[k].kind === "word") {
    so = { start: tokens[k].start, end: tokens[k].end };
    k += 1;
  }
  const symbol = parseSymbolAt(tokens, k, { oldForm: true });
  if (symbol) {
    return withSubject(parseRefsAndTail(tokens, symbol.next, [refFromSymbol(symbol)], head, so, paragraph), tokens, i, carried);
  }
  const bare = parseBareNumbers(tokens, k, so !== null);
  if (bare) {
    const { citations, next } = parseRefsAndTail(tokens, bare.next, bare.refs, head, so, paragraph);
    if (citations.length > 0 && isNumberedReference(citations[citations.length - 1], so !== null, tokens, next, tokens[i])) {
      return withSubject({ citations, next }, tokens, i, carried);
    }
  }
  if (tokens[phrase.end]?.lower === "này" && CAPITALISED.test(tokens[i].text)) {
    const c = emptyCitation(paragraph, "demonstrative", typeWord.start, tokens[phrase.end].end);
    c.typeWord = { start: tokens[i].start, end: tokens[phrase.end - 1].end, text: joinTokens(tokens, i, phrase.end) };
    c.type = phrase.entry;
    return { citations: [c], next: phrase.end + 1 };
  }
  const named = so ? null : parseNamedAt(tokens, i, phrase.entry);
  if (named) {
    const citation = emptyCitation(paragraph, "named", typeWord.start, named.end);
    citation.typeWord = { start: tokens[i].start, end: tokens[phrase.end - 1].end, text: joinTokens(tokens, i, phrase.end) };
    citation.type = phrase.entry;
    citation.named = named;
    return { citations: [citation], next: named.next };
  }
  return { citations: [], next: phrase.end };
}

/**
 * The issuer written as the subject before the type word (`Ủy ban nhân dân tỉnh đã ban hành Kế
 * hoạch số …`), or the previous clause's subject when this clause opens with the verb (`…; đồng
 * thời ban hành Kế hoạch số …`), for citations that name none after.
 */
function withSubject(result: { citations: Citation[]; next: number }, tokens: readonly Token[], typeAt: number, carried: IssuerPhrase | null): { citations: Citation[]; next: number } {
  const first = result.citations[0];
  if (!first || first.issuer) return result;
  const subject = subjectIssuerBefore(tokens, typeAt) ?? (carried && continuesSubject(tokens, typeAt) ? carried : null);
  if (subject) for (const c of result.citations) if (!c.issuer && issuerFits(subject, c.symbol)) c.issuer = subject;
  return result;
}

/**
 * Whether a body written elsewhere in the sentence (its subject, or after the next reference)
 * can have issued this symbol: a State body a State symbol, the Central Party bodies a `…TW`
 * symbol, a local committee a local one. `Ban Thường vụ Tỉnh ủy ban hành Kế hoạch … thực
 * hiện Nghị quyết số 18-NQ/TW` does not make the Tỉnh ủy the issuer of 18-NQ/TW.
 */
function issuerFits(issuer: IssuerPhrase, symbol: SymbolInfo | null): boolean {
  const body = issuer.body;
  if (!body || !symbol?.issuerCode) return true;
  if ((body.group === "state") !== (symbol.system === "state")) return false;
  return body.group === "state" || (body.group === "central") === isCentralPartyCode(symbol.issuerCode);
}

/**
 * A number without a symbol is a reference when something besides the type word says so: a
 * date, an issuer, a written `số`, or — for a capitalised type word (`Nghị quyết 35`, the short
 * form) — a boundary right after it, so `Kế hoạch 5 năm` and `Chương trình 2 buổi` are not.
 */
function isNumberedReference(last: Citation, hasSo: boolean, tokens: readonly Token[], next: number, typeStart: Token): boolean {
  if (last.date || last.issuer || hasSo) return true;
  const after = tokens[next];
  const atBoundary = after === undefined || SHORT_FORM_FOLLOWERS.has(after.lower);
  return atBoundary && CAPITALISED.test(typeStart.text) && !looksLikeYear(last.number);
}

/** What may follow a short form (`Nghị quyết 35 của …`, `Chỉ thị 27,`, `Kết luận 21 đã …`). */
const SHORT_FORM_FOLLOWERS = new Set(["và", "hoặc", "về", "của", "đã", "được", "đến", "trên", "theo", "với", "để", "thì", "nhằm", "(", ",", ";", ".", ":", ")", "”", "\"", "?", "!"]);

function looksLikeYear(number: string | null): boolean {
  const n = Number(number);
  return number !== null && number.length === 4 && n >= 1900 && n <= 2100;
}

/** `217, 218 …` / `12, 13 và 14` — numbers without a symbol, separated by commas, `và` or `hoặc`. */
function parseBareNumbers(tokens: readonly Token[], k: number, hasSo: boolean): { refs: Ref[]; next: number } | null {
  const refs: Ref[] = [];
  let j = k;
  while (tokens[j]?.kind === "number" && tokens[j].text.length <= 4 && !isFollowedByUnit(tokens, j)) {
    refs.push({ symbol: null, number: tokens[j].text, span: { start: tokens[j].start, end: tokens[j].end }, elided: true });
    if (LIST_WORDS.has(tokens[j + 1]?.lower) && tokens[j + 2]?.kind === "number" && tokens[j + 2].text.length <= 4) j += 2;
    else {
      j += 1;
      break;
    }
  }
  if (refs.length === 0) return null;
  // A single number after `số` is written, not elided.
  if (refs.length === 1 && hasSo) refs[0].elided = false;
  return { refs, next: j };
}

/** Marks glued to a number that make it a quantity, not a reference (`35%`, `2/3`, `5-7`). */
const GLUED_UNITS = new Set(["%", "‰", "/", "-", "–"]);

function isFollowedByUnit(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined || next.spaceBefore) return false;
  // `35.000` or `2,5` is a quantity; a full stop or comma after the number is not.
  if ((next.text === "." || next.text === ",") && tokens[j + 2]?.kind === "number" && !tokens[j + 2].spaceBefore) return true;
  return GLUED_UNITS.has(next.text) || next.kind === "word";
}

/** Writes the elided symbols from the type word and the issuer: `217` + Quyết định + Bộ Chính trị → `217-QĐ/TW`. */
function completeElided(citations: Citation[]): Citation[] {
  return citations.map((c) => {
    const code = c.type?.party[0];
    const issuerCode = c.issuer?.body?.code;
    if (c.symbol || !c.number || !code || !issuerCode || c.issuer?.body?.group === "state") return c;
    const normalized = `${c.number}-${code}/${issuerCode}`;
    return { ...c, elided: true, symbol: { number: c.number, year: null, typeCode: code, issuerCode, style: "party", system: "party", normalized, variants: [], start: c.start, end: c.end, next: 0 } };
  });
}

/** After the first reference: more list items, then `, ngày DATE`, `của ISSUER`, and the summary. */
function parseRefsAndTail(tokens: readonly Token[], k: number, refs: Ref[], type: TypeHead | null, so: Span | null, paragraph: number): { citations: Citation[]; next: number } {
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
  // `Nghị quyết số 25-NQ/TW (khóa IX) ngày …` or `… ngày 12/3/2003 (khóa IX)`: the term is part of the head.
  let term = termPhraseAt(tokens, j);
  if (term) j = term.next;
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
  const termAfterDate = term ? null : termPhraseAt(tokens, j);
  if (termAfterDate) {
    term = termAfterDate;
    j = termAfterDate.next;
  }
  let issuer: IssuerPhrase | null = null;
  let cua: Span | null = null;
  const cuaAt = tokens[j]?.text === COMMA && tokens[j + 1]?.lower === "của" ? j + 1 : j;
  if (tokens[cuaAt]?.lower === "của") {
    issuer = parseIssuerAt(tokens, cuaAt + 1);
    if (issuer) {
      cua = { start: tokens[cuaAt].start, end: tokens[cuaAt].end };
      j = issuer.next;
    }
  }
  if (!term && issuer?.body?.group === "central") term = termInIssuer(issuer);
  const summary = summaryAt(tokens, j);
  const end = issuer ? issuer.end : term ? Math.max(term.end, date?.end ?? 0) : date ? date.end : tokens[j - 1].end;
  const citations = refs.map((ref, n) => {
    const last = n === refs.length - 1;
    const c = emptyCitation(paragraph, "numbered", n === 0 ? (type?.typeWord.start ?? ref.span.start) : ref.span.start, last ? end : ref.span.end);
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
      c.cua = cua;
    }
    // Issuer, term and summary written after a list belong to every item of it.
    c.issuer = issuer;
    c.term = term;
    c.summary = summary;
    return c;
  });
  return { citations, next: j };
}

/** `UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND và Quyết định số 13/QĐ-UBND …`: the subject issues every reference of its list. */
function shareSubject(found: Citation[], tokens: readonly Token[]): Citation[] {
  for (let n = 1; n < found.length; n += 1) {
    const subject = found[n - 1].issuer;
    const c = found[n];
    if (c.issuer || subject?.role !== "subject" || c.kind === "named" || found[n - 1].kind === "named") continue;
    if (joinedByListWord(tokens, found[n - 1].end, c.start) && issuerFits(subject, c.symbol)) c.issuer = subject;
  }
  return found;
}

/**
 * `Kết luận số 05-KL/TW ngày 15/7/2016, Kết luận số 13-KL/TW ngày 16/8/2021 của Ban Bí thư về …`:
 * references joined by a comma, `và` or `hoặc`, where only the last names the issuer and the
 * summary, share them; references that share a subject share the summary after the last. A
 * reference that names its own issuer keeps it, and shares nothing with an issuer of another
 * level or another term (`Chỉ thị số 05-CT/TW (khóa XII) và Kết luận … của Bộ Chính trị (khóa XIII)`).
 */
function shareTrailingFacts(found: Citation[], tokens: readonly Token[]): Citation[] {
  for (let n = found.length - 2; n >= 0; n -= 1) {
    const c = found[n];
    const next = found[n + 1];
    if (c.summary || c.kind === "named" || next.kind === "named" || !joinedByListWord(tokens, c.end, next.start)) continue;
    if (c.term && next.term && c.term.term !== next.term.term) continue;
    if (c.issuer) {
      // One subject for both: the summary after the last is theirs.
      if (c.issuer.role === "subject" && (next.issuer === c.issuer || next.issuer === null)) c.summary = next.summary;
      continue;
    }
    if (next.issuer && !issuerFits(next.issuer, c.symbol)) continue;
    if (next.issuer) c.issuer = { ...next.issuer, role: next.issuer.role === "subject" ? "subject" : "shared" };
    c.term ??= next.term;
    c.summary = next.summary;
  }
  return found;
}

function joinedByListWord(tokens: readonly Token[], end: number, start: number): boolean {
  const between = tokens.filter((t) => t.start >= end && t.end <= start);
  return between.length === 1 && LIST_WORDS.has(between[0].lower);
}

function withNumber(template: SymbolInfo | null, num: Token): SymbolInfo | null {
  if (!template) return null;
  const normalized = template.normalized.replace(SYMBOL_NUMBER, num.text);
  return { ...template, number: num.text, normalized, variants: [], start: num.start, end: num.end, next: 0 };
}

function emptyCitation(paragraph: number, kind: Citation["kind"], start: number, end: number): Citation {
  return { paragraph, kind, start, end, typeWord: null, type: null, so: null, symbol: null, elided: false, number: null, comma: null, ngay: null, date: null, cua: null, issuer: null, term: null, summary: null, named: null };
}
