/**
 * The fast paths of the structure checker (candidate scans, table lookups, character loops) must
 * give exactly what the plain definitions they replace give.
 */
import { describe, expect, it } from "vitest";
import { forEachToneVariantWord, nextCapitalPair, toneVariant, toOldToneStyle, type ToneVariant } from "../../src/structure/vietnamese";
import { contentEnd, contentStart } from "../../src/structure/markers";
import { normalizeParagraph } from "../../src/text/normalize";

const PIECES = [
  "hoà", "hòa", "uỷ", "ủy", "thuý", "quý", "HOÀ", "ỦY", "oa", "ṍa", "o\u0301a", "ó", "a", "UBND", "HĐND", "KT-XH", "Đ", "ð", "ß", "ǅ",
  "\u1100\u1161", "𝐀𝐁", "\u212b", " ", "  ", "\u00a0", "\u200b", "\t", "#", "## ", "**", "__", "“", "–", "1", ".", ",", "x", "Ω",
];

/** Deterministic pseudo-random lines made of the pieces above. */
function lines(count: number): string[] {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: next(10) }, () => PIECES[next(PIECES.length)]).join(""));
}

describe("forEachToneVariantWord", () => {
  it("finds the same words as splitting into letter runs and asking toneVariant", () => {
    for (const line of [...lines(3000), "Thành uỷ và Ủy ban hoà giải, thuý, quý"]) {
      const expected = [...line.matchAll(/\p{L}+/gu)]
        .map((m) => ({ start: m.index, word: m[0], variant: toneVariant(m[0]) }))
        .filter((w) => w.variant !== null);
      const visited: { start: number; word: string; variant: ToneVariant }[] = [];
      forEachToneVariantWord(line, (start, end, variant) => visited.push({ start, word: line.slice(start, end), variant }));
      expect(visited).toEqual(expected);
    }
  });

  it("rewrites only the old placement", () => {
    expect(toOldToneStyle("Thành uỷ hoà giải, quý hòa")).toBe("Thành ủy hòa giải, quý hòa");
  });
});

describe("nextCapitalPair", () => {
  it("stops wherever two capitals stand in a row", () => {
    for (const line of lines(3000)) {
      for (const m of line.matchAll(/(?=\p{Lu}\p{Lu})/gu)) {
        const at = nextCapitalPair(line, m.index);
        expect(at).toBe(m.index);
      }
    }
  });

  it("returns -1 for lower-case text and punctuation", () => {
    expect(nextCapitalPair("Đảng bộ “tỉnh” – 2024")).toBe(-1);
    expect(nextCapitalPair("của UBND tỉnh")).toBe(4);
  });
});

describe("contentStart / contentEnd", () => {
  const start = (line: string) => {
    let i = 0;
    for (let skip = /^(\s+|#{1,6}\s|\*\*|__)/u.exec(line); skip; skip = /^(\s+|#{1,6}\s|\*\*|__)/u.exec(line.slice(i))) i += skip[0].length;
    return i;
  };
  const end = (line: string) => {
    let e = line.length;
    for (let skip = /(\s+|\*\*|__)$/u.exec(line); skip && skip[0].length > 0; skip = /(\s+|\*\*|__)$/u.exec(line.slice(0, e))) e -= skip[0].length;
    return e;
  };

  it("skip the same decoration as the patterns they replace", () => {
    for (const line of [...lines(3000), "####### x", "###### x", "  **1.** Tiêu đề**  ", "***", "\u3000a\u00a0"]) {
      expect(contentStart(line)).toBe(start(line));
      expect(contentEnd(line)).toBe(end(line));
    }
  });
});

describe("normalizeParagraph shortcuts", () => {
  it("gives the per-segment NFC of the original, with offsets that map back", () => {
    for (const line of lines(3000)) {
      const t = normalizeParagraph(line);
      if (t.plain) expect(t.normalized).toBe(line);
      for (let k = 0; k < t.normalized.length; k += 1) {
        const [from, to] = t.span(k, k + 1);
        expect(normalizeParagraph(line.slice(from, to)).normalized).toContain(t.normalized[k]);
      }
    }
  });
});
