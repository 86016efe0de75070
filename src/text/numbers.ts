/**
 * Vietnamese number notation (SPEC §6): "." groups thousands and "," is the decimal mark —
 * `17.592` = 17592, `560,538` = 560.538, `2.063,37` = 2063.37. A decimal point (`95.5`) is
 * read but flagged, since it is a defect in Vietnamese text.
 */

export interface ParsedNumber {
  value: number;
  /** Digits written after the decimal mark (the precision the author stated). */
  decimals: number;
  /** Written with "." as the decimal mark (`95.5`). */
  decimalPoint: boolean;
}

export interface NumberToken extends ParsedNumber {
  start: number;
  end: number;
  raw: string;
}

// Unsigned numbers in running text. Not part of a date, a fraction or a code: no letter,
// digit, "/" or mark directly before, no digit or "[./,]digit" directly after.
const NUMBER_IN_TEXT = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)(?![\p{N}]|[.,/]\d)/gu;
const WHOLE_NUMBER = /^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)$/u;
const MINUS = /^[-\u2212\u2013]\s*/u;

/** Reads one number written the Vietnamese way; null when `raw` is not a number. Accepts a leading minus. */
export function parseVietnameseNumber(raw: string): ParsedNumber | null {
  let text = raw.trim();
  let sign = 1;
  const minus = MINUS.exec(text);
  if (minus) {
    sign = -1;
    text = text.slice(minus[0].length);
  } else if (text.startsWith("+")) {
    text = text.slice(1).trim();
  }
  if (!WHOLE_NUMBER.test(text)) return null;
  const parsed = readDigits(text);
  return { ...parsed, value: sign * parsed.value };
}

/** A number followed by its unit, e.g. `118.050.000 đ`, `12,4%`, `174,2tỷ đồng`. */
export function parseQuantity(raw: string): (ParsedNumber & { unit: string | null }) | null {
  const match = /^\s*([-\u2212\u2013]?\s*[\d.,]+)\s*(.*?)\s*$/u.exec(raw);
  if (!match) return null;
  const number = parseVietnameseNumber(match[1]);
  if (!number) return null;
  return { ...number, unit: match[2] === "" ? null : match[2] };
}

/** Every unsigned number in running text, with offsets into `text`. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_IN_TEXT)) {
    const start = match.index ?? 0;
    tokens.push({ ...readDigits(match[1]), start, end: start + match[1].length, raw: match[1] });
  }
  return tokens;
}

// Hoisted: a regex literal in the function body is a new object on every call.
const ONLY_DIGITS = /^\d+$/u;
const ONE_DOT = /^\d+\.\d+$/u;
const THOUSANDS_DOTS = /^\d{1,3}(?:\.\d{3})+$/u;
const DOTS = /\./g;

function readDigits(text: string): ParsedNumber {
  // Most figures are plain digits: nothing to split or strip.
  if (ONLY_DIGITS.test(text)) return { value: Number(text), decimals: 0, decimalPoint: false };
  if (ONE_DOT.test(text) && !THOUSANDS_DOTS.test(text)) {
    const [whole, fraction] = text.split(".");
    return { value: Number(`${whole}.${fraction}`), decimals: fraction.length, decimalPoint: true };
  }
  const [whole, fraction = ""] = text.split(",");
  const digits = whole.replace(DOTS, "");
  return { value: Number(fraction ? `${digits}.${fraction}` : digits), decimals: fraction.length, decimalPoint: false };
}

/** Round half away from zero at `decimals` places, without binary floating-point surprises (1,005 → 1,01). */
export function roundHalfUp(value: number, decimals: number): number {
  const magnitude = Math.abs(value);
  if (String(magnitude).includes("e")) return Math.round(value * 10 ** decimals) / 10 ** decimals;
  const shifted = Math.round(Number(`${magnitude}e${decimals}`));
  return Math.sign(value) * Number(`${shifted}e-${decimals}`);
}

export interface FormatOptions {
  /** Exactly this many decimals. */
  decimals?: number;
  /** When `decimals` is not given: round to at most this many and drop trailing zeros (default 2). */
  maxDecimals?: number;
}

/** 17592 → "17.592", 560.538 → "560,538", 2063.37 → "2.063,37", −3.2 → "-3,2". */
export function formatVietnameseNumber(value: number, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? options.maxDecimals ?? 2;
  const rounded = roundHalfUp(value, decimals);
  let [whole, fraction = ""] = Math.abs(rounded).toFixed(decimals).split(".");
  if (options.decimals === undefined) fraction = fraction.replace(/0+$/u, "");
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
  const sign = rounded < 0 ? "-" : "";
  return fraction ? `${sign}${whole},${fraction}` : `${sign}${whole}`;
}
