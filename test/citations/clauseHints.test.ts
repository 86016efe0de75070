import { describe, expect, it } from "vitest";
import { ClauseHints, DIGIT_OR_THIS, mayCiteAnywhere, SYMBOL_HINTS } from "../../src/citations/clauseHints";

/** The clauses of a paragraph as detectCitations reads them: each ends after `.`, `;`, `!` or `?` followed by a space. */
function clauses(text: string): [number, number][] {
  const ends = [...text.matchAll(/[.;!?](?=\s)/gu)].map((m) => m.index + 1);
  return [...ends, text.length].map((to, n) => [n === 0 ? 0 : ends[n - 1], to]);
}

/** A small deterministic generator, so a failure names the paragraph that caused it. */
function randomParagraphs(count: number): string[] {
  const pieces = [
    "Nghị quyết", "NGHỊ QUYẾT", "nghị quyết", "Luật", "luật", "Kế hoạch", "kế  hoạch", "Quyết định", "Chỉ thị", "báo cáo", "Chương trình hành động",
    "số", "Số", "số5", "này", "Này", "35-NQ/TW", "68/QĐ-UBND", "30/2020/NĐ-CP", "35 CT/TW", "1600a/QĐ", "12", "2020", "5", "105,3%",
    "của", "Bộ Chính trị", "tỉnh", "đã", "ban hành", "về", "năm", "tháng", ".", ". ", "; ", "! ", "? ", ",", " – ", "\u00a0", "\n", "(khóa XII)",
  ];
  let seed = 20_26;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + next(24) }, () => pieces[next(pieces.length)]);
    return words.join(next(3) === 0 ? "" : " ");
  });
}

describe("clause hints", () => {
  it("answer for a clause inside its paragraph as for the clause alone", () => {
    for (const text of randomParagraphs(4000)) {
      const inParagraph = new ClauseHints(text);
      for (const [from, to] of clauses(text)) {
        const clause = text.slice(from, to);
        expect(inParagraph.mayCite(from, to), JSON.stringify({ text, clause })).toBe(new ClauseHints(clause).mayCite(0, clause.length));
      }
    }
  });

  it("a paragraph with no clause that may cite is rejected whole", () => {
    for (const text of randomParagraphs(4000)) {
      if (mayCiteAnywhere(text)) continue;
      const hints = new ClauseHints(text);
      for (const [from, to] of clauses(text)) expect(hints.mayCite(from, to), text).toBe(false);
    }
  });

  it("hints the forms a citation takes, and not plain prose or figures", () => {
    const may = (clause: string) => new ClauseHints(clause).mayCite(0, clause.length);
    expect(may("theo Nghị quyết số 35-NQ/TW của Bộ Chính trị")).toBe(true);
    expect(may("thực hiện Quyết định 217, 218")).toBe(true);
    expect(may("Kế hoạch này được triển khai")).toBe(true);
    expect(may("quán triệt Nghị quyết Đại hội XIII")).toBe(true);
    expect(may("tăng trưởng đạt 105,3% kế hoạch năm")).toBe(false);
    expect(may("các nghị quyết của cấp ủy")).toBe(false);
  });
});

describe("split hint patterns", () => {
  /** Offsets where a match of the pattern starts (each tried on its own: matches may overlap). */
  const starts = (pattern: RegExp, text: string): number[] => {
    const anchored = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
    return Array.from({ length: text.length }, (_, i) => i).filter((i) => ((anchored.lastIndex = i), anchored.test(text)));
  };
  const startsOfAny = (patterns: readonly RegExp[], text: string): number[] => [...new Set(patterns.flatMap((p) => starts(p, text)))].sort((a, b) => a - b);

  it("start matches exactly where the joined patterns did", () => {
    const joinedSymbol = /[0-9]\p{Ll}?\s*(?:[-–‐‑]\s*\p{Lu}|\/\s*(?:\p{Lu}|[0-9]{4}\s*\/))|[0-9]\s+\p{Lu}{2,}\p{Ll}?\s*\/|số\s*[0-9]+\s*[-–/]/gu;
    const joinedDigitOrThis = /(?:\s|số)[0-9]|\snày/giu;
    for (const text of [...randomParagraphs(1500), "Số 5, SỐ 6, số12, này, NÀY, 3 CT/TW, 1600a/QĐ"]) {
      expect(startsOfAny(SYMBOL_HINTS, text), text).toEqual(starts(joinedSymbol, text));
      expect(startsOfAny(DIGIT_OR_THIS, text), text).toEqual(starts(joinedDigitOrThis, text));
    }
  });
});
