import type { Token } from "./tokenizer";
import { isPartyIssuerCode, isStateIssuerCode, isTypeCode } from "./codes";
import type { SystemId } from "../core/types";

/**
 * A number-symbol as written, in one of three grammars:
 * party `NN-TYPE/ISSUER(-ISSUER)*`, state `NN/TYPE-ISSUER(-UNIT)*` (a công văn has no TYPE:
 * `12/UBND-VX`), legal `NN/YYYY/TYPE-ISSUER` or `NN/YYYY/ISSUER` (`/QH15`, `/UBTVQH13`).
 */
export interface SymbolInfo {
  number: string;
  year: string | null;
  typeCode: string | null;
  /** Issuer part after the type code, joined with "-" ("TU", "BTCTU-BNCTU", "UBND-VX", "CP"). */
  issuerCode: string;
  style: "party" | "state" | "legal";
  /** The system the issuer code belongs to (party codes TW/TU/…; everything else state). */
  system: SystemId;
  /** Normalised form in the written style (no spaces, ASCII hyphens). */
  normalized: string;
  /** Normalised offsets of the written symbol. */
  start: number;
  end: number;
  /** Token index after the symbol. */
  next: number;
}

const HYPHENS = new Set(["-", "–", "‐", "‑"]);
const CODE = /^\p{Lu}[\p{L}\d]*$/u;

/** A code-looking word: upper case with at most one lower-case letter (QĐi, CTr, TTg, QyĐ), or a known code. */
export function isCodeToken(t: Token | undefined): t is Token {
  if (!t || t.kind !== "word" || !CODE.test(t.text)) return false;
  if (isTypeCode(t.text) || isPartyIssuerCode(t.text) || isStateIssuerCode(t.text)) return true;
  const lower = [...t.text].filter((c) => /\p{Ll}/u.test(c)).length;
  const upper = [...t.text].filter((c) => /\p{Lu}/u.test(c)).length;
  return upper >= 2 && lower <= 1;
}

const isHyphen = (t: Token | undefined): boolean => t?.kind === "punct" && HYPHENS.has(t.text);
const isSlash = (t: Token | undefined): boolean => t?.kind === "punct" && t.text === "/";

/** Parses a symbol starting at token i (a number), tolerating spaces around its separators. */
export function parseSymbolAt(tokens: readonly Token[], i: number): SymbolInfo | null {
  const num = tokens[i];
  if (num?.kind !== "number" || num.text.length > 6) return null;
  const sep = tokens[i + 1];
  if (isHyphen(sep) && isCodeToken(tokens[i + 2]) && isSlash(tokens[i + 3]) && isCodeToken(tokens[i + 4])) {
    const type = tokens[i + 2].text;
    const { codes, next } = codeChain(tokens, i + 4);
    const issuerCode = codes.join("-");
    return finish(num, null, type, issuerCode, "party", tokens, next, `${num.text}-${type}/${issuerCode}`);
  }
  if (!isSlash(sep)) return null;
  const second = tokens[i + 2];
  if (second?.kind === "number" && second.text.length === 4 && isSlash(tokens[i + 3]) && isCodeToken(tokens[i + 4])) {
    const { codes, next } = codeChain(tokens, i + 4);
    const hasType = codes.length > 1 && isTypeCode(codes[0], "state");
    const typeCode = hasType ? codes[0] : null;
    const issuerCode = (hasType ? codes.slice(1) : codes).join("-");
    return finish(num, second.text, typeCode, issuerCode, "legal", tokens, next, `${num.text}/${second.text}/${codes.join("-")}`);
  }
  if (isCodeToken(second) && isHyphen(tokens[i + 3]) && isCodeToken(tokens[i + 4])) {
    const rest = codeChain(tokens, i + 4);
    const codes = [second.text, ...rest.codes];
    const next = rest.next;
    const hasType = isTypeCode(codes[0]) && !isStateIssuerCode(codes[0]);
    const typeCode = hasType ? codes[0] : null;
    const issuerCode = (hasType ? codes.slice(1) : codes).join("-");
    return finish(num, null, typeCode, issuerCode, "state", tokens, next, `${num.text}/${codes.join("-")}`);
  }
  return null;
}

/** CODE ( - CODE )* starting at token i. */
function codeChain(tokens: readonly Token[], i: number): { codes: string[]; next: number } {
  const codes = [tokens[i].text];
  let k = i + 1;
  while (isHyphen(tokens[k]) && isCodeToken(tokens[k + 1]) && !(tokens[k].spaceBefore && tokens[k + 1].spaceBefore)) {
    codes.push(tokens[k + 1].text);
    k += 2;
  }
  return { codes, next: k };
}

function finish(
  num: Token,
  year: string | null,
  typeCode: string | null,
  issuerCode: string,
  style: SymbolInfo["style"],
  tokens: readonly Token[],
  next: number,
  normalized: string,
): SymbolInfo {
  const first = issuerCode.split("-")[0];
  const system: SystemId = isPartyIssuerCode(first) ? "party" : "state";
  return { number: num.text, year, typeCode, issuerCode, style, system, normalized, start: num.start, end: tokens[next - 1].end, next };
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
