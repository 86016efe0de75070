/**
 * Typed outline markers at the start of a line: "PHẦN THỨ NHẤT", "Phần I", "II.", "I-", "1.",
 * "1.2.", "1.2" (no trailing dot), "1.2Tiếp" (glued), "a)", bullets "-"/"+".
 * Works on normalised text; offsets are normalised offsets (convert with ParagraphText.span).
 */
import { baseForm } from "./vietnamese";
import { paragraphMemo, type ParagraphText } from "../text/normalize";

export type MarkerKind = "part" | "roman" | "decimal" | "alpha" | "bullet";

export interface ParsedMarker {
  kind: MarkerKind;
  /** 0 = part, 1 = Roman, 2 = "1.", 3 = "1.1.", 4 = "1.1.1." or "a)"; bullets 5. */
  level: number;
  number: number | null;
  /** Decimal components ("1.2." → [1, 2]); [number] for the others. */
  components: number[];
  /** The marker as written, separator included ("II.", "1.2", "a)"). */
  raw: string;
  /** Character after the number: ".", "-", ")" or "" (none). */
  separator: string;
  start: number;
  end: number;
  /** Number of spaces between the marker and the title (0 = glued). */
  gap: number;
  titleStart: number;
}

const ORDINALS: Record<string, number> = {
  nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
export const ALPHABET = "abcdđeghiklmnopqrstuvxy";

/** The marker a paragraph starts with (parsed once per paragraph text; shared, do not mutate). */
export function markerOf(t: ParagraphText): ParsedMarker | null {
  return t.memo(MARKER);
}

const MARKER = paragraphMemo((t) => parseMarker(t.normalized));

/** Offset where the text of a line begins, skipping indentation and markdown decoration. */
export function contentStart(line: string): number {
  // Skips spaces, "# "…"###### " and "**"/"__" in a loop over characters: it runs on every line.
  let i = 0;
  for (;;) {
    if (isSpaceAt(line, i)) {
      while (isSpaceAt(line, i)) i += 1;
    } else if (line[i] === "#") {
      let hashes = i;
      while (line[hashes] === "#" && hashes - i < 6) hashes += 1;
      if (!isSpaceAt(line, hashes)) return i;
      i = hashes + 1;
    } else if (line.startsWith("**", i) || line.startsWith("__", i)) {
      i += 2;
    } else {
      return i;
    }
  }
}

/** Offset where the text of a line ends, before trailing spaces and markdown "**". */
export function contentEnd(line: string): number {
  // Walks back from the end: an end-anchored regex would be tried at every offset of the line.
  let end = line.length;
  while (end > 0) {
    const last = line.charCodeAt(end - 1);
    if (isSpaceAt(line, end - 1)) end -= 1;
    else if (end >= 2 && (last === 0x2a || last === 0x5f) && line.charCodeAt(end - 2) === last) end -= 2; // "**", "__"
    else break;
  }
  return end;
}

const SPACE = /\s/u;
/** A capital, after any spaces. */
const CAPITAL_FIRST = /^\s*\p{Lu}/u;
/** What may follow a marker's separator: a space, a letter, a quote or bracket, or the line's end. */
const TITLE_MAY_FOLLOW = /^(\s|\p{L}|["“”'(]|$)/u;

/** Whether the character at `i` is white space as /\s/u reads it (false past the end). */
function isSpaceAt(line: string, i: number): boolean {
  const code = line.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === code && SPACE.test(line[i]);
}

export function romanValue(text: string): number | null {
  if (!/^[IVX]+$/.test(text) || text.length > 6) return null;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : null;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Parses the marker at the start of `line` (from its content start); null when there is none. */
export function parseMarker(line: string): ParsedMarker | null {
  const start = contentStart(line);
  const rest = line.slice(start);
  // Each kind of marker has few possible first characters: most lines are settled by the first one.
  const first = rest.charCodeAt(0);
  if (first >= 0x31 && first <= 0x39) return parseDecimal(rest, start);
  // "Phần" in any diacritics: P, p or the only letters whose base is p (Ṕ ṕ Ṗ ṗ).
  const mayBePart = first === 0x50 || first === 0x70 || (first >= 0x1e54 && first <= 0x1e57);
  return (
    (mayBePart ? parsePart(rest, start) : null) ??
    (first === 0x49 || first === 0x56 || first === 0x58 ? parseRoman(rest, start) : null) ??
    (rest[1] === ")" ? parseAlpha(rest, start) : null) ??
    (BULLET_FIRST.includes(rest[0]) ? parseBullet(rest, start) : null)
  );
}

function finish(kind: MarkerKind, level: number, components: number[], raw: string, separator: string, rest: string, start: number): ParsedMarker {
  const after = rest.slice(raw.length);
  // Markdown may close the bold right after the marker: "**1.** Thực hiện".
  const decoration = /^(\*\*|__)?/.exec(after)?.[0] ?? "";
  const gap = /^\s*/u.exec(after.slice(decoration.length))?.[0].length ?? 0;
  return {
    kind,
    level,
    number: components[components.length - 1] ?? null,
    components,
    raw,
    separator,
    start,
    end: start + raw.length,
    gap,
    titleStart: start + raw.length + decoration.length + gap,
  };
}

/** "PHẦN THỨ NHẤT", "PHẦN II", misspelt letters allowed, with the separator after. */
const PART_MARKER = /^(\p{L}{4})\s+(?:([IVX]{1,6})(?![\p{L}\p{N}])|(\p{L}{2,3})\s+(\p{L}+))(?:\s*([:.\-–—]))?/u;

function parsePart(rest: string, start: number): ParsedMarker | null {
  // Tolerates misspelled diacritics ("PHẦN THÚ NHẤT") so the typo rule and the outline both see it.
  // A title on the same line may follow a colon or a dash ("PHẦN THỨ NHẤT: KẾT QUẢ", "PHẦN II - …").
  const match = PART_MARKER.exec(rest);
  if (!match || baseForm(match[1]) !== "phan") return null;
  let number: number | null = null;
  if (match[2]) number = romanValue(match[2]);
  else if (baseForm(match[3]) === "thu") number = ORDINALS[baseForm(match[4])] ?? null;
  if (number === null) return null;
  return finish("part", 0, [number], match[0], match[5] ?? "", rest, start);
}

const ROMAN_MARKER = /^([IVX]{1,6})\s?([.\-)])(?=\s|\p{Lu}|\*|$)/u;

function parseRoman(rest: string, start: number): ParsedMarker | null {
  const match = ROMAN_MARKER.exec(rest);
  if (!match) return null;
  const value = romanValue(match[1]);
  if (value === null) return null;
  return finish("roman", 1, [value], match[0], match[2], rest, start);
}

function parseDecimal(rest: string, start: number): ParsedMarker | null {
  const components: number[] = [];
  let i = 0;
  for (;;) {
    const comp = /^([1-9]\d?)(?!\d)/.exec(rest.slice(i));
    if (!comp) break;
    components.push(Number(comp[1]));
    i += comp[1].length;
    // Continue only when a dot is followed by another 1–2 digit component ("1.2", not "17.592").
    if (rest[i] === "." && /^\.[1-9]\d?(?!\d)/.test(rest.slice(i))) {
      i += 1;
      continue;
    }
    break;
  }
  if (components.length === 0) return null;
  let separator = "";
  if (rest[i] === "." || rest[i] === ")") {
    separator = rest[i];
    i += 1;
  }
  const next = rest.slice(i);
  const decoration = /^(\*\*|__)?/.exec(next)?.[0] ?? "";
  const after = next.slice(decoration.length);
  if (separator === "") {
    // "1.2 Tiếp" or glued "1.2Tiếp": only multi-level numbers followed by a capital.
    if (components.length < 2 || !CAPITAL_FIRST.test(after)) return null;
  } else if (!TITLE_MAY_FOLLOW.test(after)) {
    // "1.1.100%": a glued figure after a full multi-level marker is still a marker.
    if (!(components.length >= 2 && /^\d/.test(after))) return null;
  }
  const raw = rest.slice(0, i);
  return finish("decimal", Math.min(components.length + 1, 4), components, raw, separator, rest, start);
}

function parseAlpha(rest: string, start: number): ParsedMarker | null {
  const match = /^([a-zđ])\)(?=\s)/u.exec(rest);
  if (!match) return null;
  const index = ALPHABET.indexOf(match[1]);
  if (index < 0) return null;
  return finish("alpha", 4, [index + 1], match[0], ")", rest, start);
}

const BULLET_FIRST = "-+•–";

const BULLET_MARKER = /^[-+•–]\s*(?=\p{L}|\p{N})/u;

function parseBullet(rest: string, start: number): ParsedMarker | null {
  const match = BULLET_MARKER.exec(rest);
  if (!match) return null;
  const raw = rest[0];
  const marker = finish("bullet", 5, [], raw, "", rest, start);
  return { ...marker, number: null };
}

/** The marker text for `number` in the style of `marker` (same separator, same prefix depth). */
export function formatMarker(marker: ParsedMarker, components: number[]): string {
  switch (marker.kind) {
    case "roman": {
      const spaced = /\s/.test(marker.raw) ? " " : "";
      return toRoman(components[components.length - 1]) + spaced + marker.separator;
    }
    case "decimal":
      return components.join(".") + marker.separator;
    case "alpha":
      return ALPHABET[components[components.length - 1] - 1] + ")";
    default:
      return marker.raw;
  }
}
