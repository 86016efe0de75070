import type { Token } from "./tokenizer";
import { canonicalCodeOfLower, isPartyIssuerCode, isStateIssuerCode, isTypeCode } from "./codes";
import type { SystemId } from "../core/types";

/**
 * A number-symbol as written, in one of the grammars real writers use:
 * party `NN-TYPE/ISSUER(-ISSUER)*`, state `NN/TYPE-ISSUER(-UNIT)*` (a công văn has no TYPE:
 * `12/UBND-VX`), legal `NN/YYYY/TYPE-ISSUER` or `NN/YYYY/ISSUER` (`/QH15`, `/UBTVQH13`), and
 * the variants read as the same symbol: a missing hyphen (`35 CT/TW`, `1123/QĐ TTg`), a slash
 * for the hyphen of a Party code (`217/QĐ/QUTW`), the old form without issuer (`88-TB`).
 */
export interface SymbolInfo {
  /** Number as written, with its letter suffix (`1600a`). */
  number: string;
  year: string | null;
  typeCode: string | null;
  /** Issuer part after the type code, joined with "-" ("TU", "BTCTU-BNCTU", "UBND-VX", "CP"); empty for the old `88-TB` form. */
  issuerCode: string;
  style: "party" | "state" | "legal";
  /** The system the issuer code belongs to (party codes TW/TU/…; everything else state). */
  system: SystemId;
  /** Normalised form in the written style (no spaces, ASCII hyphens, codes in their own case, `TƯ` → `TW`). */
  normalized: string;
  /** What the writer got wrong in the written form, for the symbol-spacing rule. */
  variants: SymbolVariant[];
  /** Normalised offsets of the written symbol. */
  start: number;
  end: number;
  /** Token index after the symbol. */
  next: number;
}

/** spacing: spaces or a typographic dash inside; separator: a hyphen or slash missing; case: a code in the wrong case; tu: `TƯ`/`T.Ư` for `TW`. */
export type SymbolVariant = "spacing" | "separator" | "case" | "tu";

const HYPHENS = new Set(["-", "–", "‐", "‑"]);
const CODE = /^\p{Lu}[\p{L}\d]*$/u;
const SMALL_LETTER = /\p{Ll}/u;
const CAPITAL_LETTER = /\p{Lu}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITALS = /^\p{Lu}+$/u;
const ONE_LETTER = /^\p{L}$/u;
const TWO_CAPITALS_FIRST = /^\p{Lu}{2,}/u;
/** A Party-style symbol (`82-KH/TU`, `35a-NQ/TW`), its issuer code captured. */
export const PARTY_SYMBOL = /^\d+\p{L}?-[^/]+\/([^-]+)/u;
/** The number a symbol starts with, with its letter (`1600a`). */
export const SYMBOL_NUMBER = /^\d+\p{L}?/u;
/** A symbol whose number a hyphen follows: the Party form (`35-NQ/TW`). */
export const HYPHEN_AFTER_NUMBER = /^\d+\p{L}?-/u;

/** A code-looking word: upper case with at most one lower-case letter (QĐi, CTr, TTg, QyĐ), a capital with digits (C06, PC04), or a known code. */
export function isCodeToken(t: Token | undefined): t is Token {
  if (!t || t.kind !== "word" || !CODE.test(t.text)) return false;
  if (isTypeCode(t.text) || isPartyIssuerCode(t.text) || isStateIssuerCode(t.text)) return true;
  const lower = [...t.text].filter((c) => SMALL_LETTER.test(c)).length;
  const upper = [...t.text].filter((c) => CAPITAL_LETTER.test(c)).length;
  return lower <= 1 && (upper >= 2 || /\d/u.test(t.text));
}

const isHyphen = (t: Token | undefined): boolean => t?.kind === "punct" && HYPHENS.has(t.text);
const isSlash = (t: Token | undefined): boolean => t?.kind === "punct" && t.text === "/";

/** One code as written: a code word, glued pieces joined by `&` (`GD&ĐT`) or `.` (`T.Ư`), or a known code in another case (`ct`, `Tw`). */
interface CodeRead {
  code: string;
  variants: SymbolVariant[];
  next: number;
}

function readCode(tokens: readonly Token[], i: number): CodeRead | null {
  const t: Token | undefined = tokens[i];
  if (t?.kind !== "word") return null;
  const written = t.text;
  const lower = t.lower;
  let code: string;
  const variants: SymbolVariant[] = [];
  let next = i + 1;
  // `T.Ư`: capitals joined by glued dots.
  if (ONE_CAPITAL.test(t.text) && tokens[i + 1]?.text === "." && !tokens[i + 1].spaceBefore && tokens[i + 2]?.kind === "word" && !tokens[i + 2].spaceBefore && CAPITALS.test(tokens[i + 2].text)) {
    code = t.text + tokens[i + 2].text;
    next = i + 3;
  } else if (isCodeToken(t)) {
    code = canonicalCodeOfLower(lower) ?? t.text;
  } else {
    const known = canonicalCodeOfLower(lower);
    if (!known) return null;
    code = known;
  }
  while (tokens[next]?.text === "&" && !tokens[next].spaceBefore && isCodeToken(tokens[next + 1]) && !tokens[next + 1].spaceBefore) {
    code += `&${tokens[next + 1].text}`;
    next += 2;
  }
  if (code !== written && next === i + 1) variants.push("case");
  if (/TƯ$/u.test(code)) {
    code = code.replace(/TƯ$/u, "TW");
    variants.push("tu");
  }
  return { code, variants, next };
}

/** A separator between parts: a hyphen or slash (spaced or not), or a bare space where one is missing. */
interface Separator {
  kind: "-" | "/" | "gap";
  spaced: boolean;
  typographic: boolean;
  next: number;
}

function readSeparator(tokens: readonly Token[], i: number): Separator | null {
  const t = tokens[i];
  if (isHyphen(t) || isSlash(t)) {
    const spaced = t.spaceBefore || (tokens[i + 1]?.spaceBefore ?? false);
    return { kind: isSlash(t) ? "/" : "-", spaced, typographic: isHyphen(t) && t.text !== "-", next: i + 1 };
  }
  if (t?.kind === "word" && t.spaceBefore) return { kind: "gap", spaced: true, typographic: false, next: i };
  return null;
}

interface Part {
  sep: Separator;
  code: CodeRead | null;
  /** A four-digit year (legal symbols). */
  year: Token | null;
}

/** Where the symbol starts: `oldForm` accepts `88-TB` (after a type word or `số`, where nothing else can be meant). */
export interface SymbolContext {
  oldForm?: boolean;
}

/** Parses a symbol starting at token i (a number), tolerating the variants listed on SymbolInfo. */
export function parseSymbolAt(tokens: readonly Token[], i: number, context: SymbolContext = {}): SymbolInfo | null {
  const num = tokens[i];
  if (num?.kind !== "number" || num.text.length > 6) return null;
  let k = i + 1;
  let number = num.text;
  // A letter suffix glued to the number and to the separator after it (`1600a/QĐ-UBND`).
  const suffix = tokens[k];
  if (suffix?.kind === "word" && !suffix.spaceBefore && ONE_LETTER.test(suffix.text) && (isSlash(tokens[k + 1]) || isHyphen(tokens[k + 1])) && !tokens[k + 1].spaceBefore) {
    number += suffix.text;
    k += 1;
  }
  const parts = readParts(tokens, k);
  for (const grammar of GRAMMARS) {
    const symbol = grammar(parts, num, number, tokens, context);
    if (symbol) return symbol;
  }
  return null;
}

/** Up to four (separator, code-or-year) parts after the number; a chain of hyphenated codes after that. */
function readParts(tokens: readonly Token[], k: number): Part[] {
  const parts: Part[] = [];
  let j = k;
  while (parts.length < 8) {
    const sep = readSeparator(tokens, j);
    if (!sep) break;
    // Past the first parts, a hyphen spaced on both sides ends the symbol (`UBND-VX - nội dung`).
    if (parts.length >= 2 && sep.kind === "-" && tokens[j].spaceBefore && tokens[j + 1]?.spaceBefore) break;
    if (sep.kind === "gap" && parts.length >= 2) break;
    const at = sep.next;
    const year = parts.length === 0 && sep.kind === "/" && tokens[at]?.kind === "number" && tokens[at].text.length === 4 ? tokens[at] : null;
    if (year) {
      parts.push({ sep, code: null, year });
      j = at + 1;
      continue;
    }
    const code = readCode(tokens, at);
    if (!code) break;
    parts.push({ sep, code, year: null });
    j = code.next;
  }
  return parts;
}

type Grammar = (parts: readonly Part[], num: Token, number: string, tokens: readonly Token[], context: SymbolContext) => SymbolInfo | null;

/** The grammar cases, tried in order; each names the shape it reads. */
const GRAMMARS: readonly Grammar[] = [partySymbol, legalSymbol, partyWithSlash, stateSymbol, oldPartySymbol];

/** `35-NQ/TW`, `05-QC/BTCTU-BNCTU`, and `35 CT/TW` (hyphen missing, type code known). */
function partySymbol(parts: readonly Part[], num: Token, number: string, tokens: readonly Token[]): SymbolInfo | null {
  const [type, issuer] = parts;
  if (!type?.code || !issuer?.code || issuer.sep.kind !== "/") return null;
  if (type.sep.kind === "gap" ? !isTypeCode(type.code.code, "party") : type.sep.kind !== "-") return null;
  const chain = hyphenChain(parts, 1);
  const issuerCode = chain.codes.join("-");
  return finish(num, number, null, type.code.code, issuerCode, "party", parts.slice(0, chain.end), tokens, `${number}-${type.code.code}/${issuerCode}`);
}

/** `30/2020/NĐ-CP`, `83/2015/QH13`. */
function legalSymbol(parts: readonly Part[], num: Token, number: string, tokens: readonly Token[]): SymbolInfo | null {
  const [year, first] = parts;
  if (!year?.year || !first?.code || first.sep.kind !== "/") return null;
  const chain = hyphenChain(parts, 1);
  const hasType = chain.codes.length > 1 && isTypeCode(chain.codes[0], "state");
  const typeCode = hasType ? chain.codes[0] : null;
  const issuerCode = (hasType ? chain.codes.slice(1) : chain.codes).join("-");
  return finish(num, number, year.year.text, typeCode, issuerCode, "legal", parts.slice(0, chain.end), tokens, `${number}/${year.year.text}/${chain.codes.join("-")}`);
}

/** `217/QĐ/QUTW`: a Party code written with a slash for its hyphen; read as the Party symbol in State style, which symbol-system rewrites. */
function partyWithSlash(parts: readonly Part[], num: Token, number: string, tokens: readonly Token[]): SymbolInfo | null {
  const [type, issuer] = parts;
  if (!type?.code || !issuer?.code || type.sep.kind !== "/" || issuer.sep.kind !== "/") return null;
  if (!isTypeCode(type.code.code, "party") || !isPartyIssuerCode(issuer.code.code)) return null;
  return finish(num, number, null, type.code.code, issuer.code.code, "state", parts.slice(0, 2), tokens, `${number}/${type.code.code}/${issuer.code.code}`);
}

/** `68/QĐ-UBND`, `12/UBND-VX`, `1234/BCA-C06`, `57/KH-C04-P3`, and `1123/QĐ TTg` (hyphen missing after a known type code). */
function stateSymbol(parts: readonly Part[], num: Token, number: string, tokens: readonly Token[]): SymbolInfo | null {
  const [first, second] = parts;
  if (!first?.code || first.sep.kind !== "/" || !second?.code) return null;
  if (second.sep.kind === "gap" ? !(isTypeCode(first.code.code, "state") && isIssuerLike(second.code.code)) : second.sep.kind !== "-") return null;
  const rest = hyphenChain(parts, 1);
  const codes = [first.code.code, ...rest.codes];
  const hasType = isTypeCode(codes[0]) && !isStateIssuerCode(codes[0]);
  const typeCode = hasType ? codes[0] : null;
  const issuerCode = (hasType ? codes.slice(1) : codes).join("-");
  return finish(num, number, null, typeCode, issuerCode, "state", parts.slice(0, rest.end), tokens, `${number}/${codes.join("-")}`);
}

/** `88-TB`: an old Party form with the type code only, read only where a type word or `số` comes before. */
function oldPartySymbol(parts: readonly Part[], num: Token, number: string, tokens: readonly Token[], context: SymbolContext): SymbolInfo | null {
  const [type] = parts;
  if (!context.oldForm || !type?.code || type.sep.kind !== "-" || !isTypeCode(type.code.code, "party")) return null;
  return finish(num, number, null, type.code.code, "", "party", parts.slice(0, 1), tokens, `${number}-${type.code.code}`);
}

function isIssuerLike(code: string): boolean {
  return isStateIssuerCode(code) || isPartyIssuerCode(code) || TWO_CAPITALS_FIRST.test(code);
}

/** The codes of parts[from] and of the hyphenated parts after it; `end` is the index after the last part used. */
function hyphenChain(parts: readonly Part[], from: number): { codes: string[]; end: number } {
  const codes = [parts[from].code!.code];
  let end = from + 1;
  while (parts[end]?.code && parts[end].sep.kind === "-") {
    codes.push(parts[end].code!.code);
    end += 1;
  }
  return { codes, end };
}

function finish(
  num: Token,
  number: string,
  year: string | null,
  typeCode: string | null,
  issuerCode: string,
  style: SymbolInfo["style"],
  used: readonly Part[],
  tokens: readonly Token[],
  normalized: string,
): SymbolInfo {
  const first = issuerCode.split("-")[0];
  // A Party-style symbol whose issuer code is no State body's is a Party committee's or agency's (`KDV`, `BTGTU`, `UBKTTU`).
  const system: SystemId = isPartyIssuerCode(first) || (style === "party" && !isStateIssuerCode(first)) ? "party" : "state";
  const variants = new Set<SymbolVariant>();
  for (const p of used) {
    if (p.sep.kind === "gap") variants.add("separator");
    else if (p.sep.spaced || p.sep.typographic) variants.add("spacing");
    for (const v of p.code?.variants ?? []) variants.add(v);
  }
  const last = used[used.length - 1];
  const next = last.code ? last.code.next : tokens.indexOf(last.year!) + 1;
  return { number, year, typeCode, issuerCode, style, system, normalized, variants: [...variants], start: num.start, end: tokens[next - 1].end, next };
}

/** The symbol rewritten in its system's own style (`01/NQ-TU` → `01-NQ/TU`); null when it has no type code. */
export function inSystemStyle(symbol: SymbolInfo): string | null {
  if (symbol.system === "party" && symbol.style !== "party") {
    return symbol.typeCode && symbol.style === "state" ? `${symbol.number}-${symbol.typeCode}/${symbol.issuerCode}` : null;
  }
  if (symbol.system === "state" && symbol.style === "party") {
    return symbol.typeCode ? `${symbol.number}/${symbol.typeCode}-${symbol.issuerCode}` : null;
  }
  return symbol.normalized;
}
