import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods, findPeriods, leadingPeriods, formatPeriod, parsePeriod, previousPeriod, samePeriodLastYear, withYear, type Period } from "../../src/indicators/periods";

describe("parsePeriod", () => {
  it.each([
    ["6 tháng đầu năm 2021", { kind: "half", year: 2021, startMonth: 1, endMonth: 6 }],
    ["Sáu tháng cuối năm 2021", { kind: "half", year: 2021, startMonth: 7, endMonth: 12 }],
    ["năm 2020", { kind: "year", year: 2020, startMonth: 1, endMonth: 12 }],
    ["quý I/2021", { kind: "quarter", year: 2021, startMonth: 1, endMonth: 3 }],
    ["quý III năm 2020", { kind: "quarter", year: 2020, startMonth: 7, endMonth: 9 }],
    ["9 tháng", { kind: "months", year: null, startMonth: 1, endMonth: 9 }],
    ["06 tháng năm 2020", { kind: "half", year: 2020, startMonth: 1, endMonth: 6 }],
    ["đến 30/6/2021", { kind: "as-of", year: 2021, startMonth: 1, endMonth: 6, day: 30 }],
    ["tính đến ngày 15/6/2021", { kind: "as-of", year: 2021, startMonth: 1, endMonth: 6, day: 15 }],
  ])("%s", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it("rejects text that is not a period", () => {
    expect(parsePeriod("kế hoạch")).toBeNull();
    expect(parsePeriod("6 tháng đầu năm 2021 và năm 2020")).toBeNull();
  });
});

describe("formatPeriod", () => {
  it("normalises spellings to one label that parses back", () => {
    for (const text of ["06 tháng năm 2020", "Sáu tháng đầu năm 2020", "6 tháng đầu năm 2020"]) {
      expect(formatPeriod(parsePeriod(text)!)).toBe("6 tháng đầu năm 2020");
    }
    for (const text of ["quý II/2021", "năm 2019", "9 tháng đầu năm 2021", "đến 30/6/2021", "6 tháng cuối năm 2020"]) {
      const period = parsePeriod(text)!;
      expect(parsePeriod(formatPeriod(period))).toEqual(period);
    }
  });

  it("gives each distinct period its own label, whichever was asked first (labels are remembered)", () => {
    const periods: Period[] = [];
    for (const year of [null, 2019, 2020, 2021]) {
      periods.push({ kind: "year", year, startMonth: 1, endMonth: 12 });
      for (const [startMonth, endMonth] of [[1, 3], [4, 6], [7, 9], [10, 12]]) periods.push({ kind: "quarter", year, startMonth, endMonth });
      for (const endMonth of [2, 5, 9, 11]) periods.push({ kind: "months", year, startMonth: 1, endMonth });
      for (const startMonth of [1, 7]) periods.push({ kind: "half", year, startMonth, endMonth: startMonth + 5 });
      if (year !== null) for (const day of [1, 15, 30, 31]) periods.push({ kind: "as-of", year, startMonth: 1, endMonth: 6, day });
    }
    const labels = periods.map(formatPeriod);
    expect(new Set(labels).size).toBe(periods.length);
    expect([...periods].reverse().map(formatPeriod)).toEqual([...labels].reverse());
    for (const period of periods.filter((p) => p.year !== null)) expect(parsePeriod(formatPeriod({ ...period }))).toEqual(period);
  });
});

describe("findPeriods", () => {
  it("skips horizons and comparisons that are not reporting periods", () => {
    const found = findPeriods("định hướng đến năm 2025, tăng 8,9% so với cùng kỳ năm 2020 trong 6 tháng đầu năm");
    expect(found.map((f) => f.raw)).toEqual(["6 tháng đầu năm"]);
  });

  it("a count of months starts a word: not inside a longer number or a word", () => {
    expect(findPeriods("112 tháng, x6 tháng").map((f) => f.raw)).toEqual([]);
    expect(findPeriods("trong 112 tháng và 6 tháng đầu năm 2021").map((f) => f.raw)).toEqual(["6 tháng đầu năm 2021"]);
    expect(findPeriods("SÁU THÁNG CUỐI NĂM 2020").map((f) => f.period)).toEqual([{ kind: "half", year: 2020, startMonth: 7, endMonth: 12 }]);
  });
});

describe("period arithmetic", () => {
  const h1 = parsePeriod("6 tháng đầu năm 2021")!;
  it("cùng kỳ is the same span one year earlier", () => {
    expect(formatPeriod(samePeriodLastYear(h1))).toBe("6 tháng đầu năm 2020");
    expect(formatPeriod(samePeriodLastYear(parsePeriod("đến 30/6/2021")!))).toBe("đến 30/6/2020");
  });
  it("previous period steps back one span", () => {
    expect(formatPeriod(previousPeriod(h1))).toBe("6 tháng cuối năm 2020");
    expect(formatPeriod(previousPeriod(parsePeriod("quý III/2021")!))).toBe("quý II/2021");
    expect(formatPeriod(previousPeriod(parsePeriod("quý I/2021")!))).toBe("quý IV/2020");
    expect(formatPeriod(previousPeriod(parsePeriod("năm 2021")!))).toBe("năm 2020");
  });
  it("orders periods chronologically", () => {
    const sorted = ["năm 2021", "quý I/2021", "6 tháng đầu năm 2020", "6 tháng đầu năm 2021"].map((t) => parsePeriod(t)!).sort(comparePeriods);
    expect(sorted.map(formatPeriod)).toEqual(["6 tháng đầu năm 2020", "quý I/2021", "6 tháng đầu năm 2021", "năm 2021"]);
  });
  it("inherits a missing year from the first context that has one", () => {
    expect(withYear(parsePeriod("9 tháng")!, null, h1).year).toBe(2021);
    expect(withYear(parsePeriod("9 tháng")!, 2019, h1).year).toBe(2019);
  });
});

describe("leadingPeriods", () => {
  // Period phrases, their near misses and the separators a window may end at, in long runs so
  // that windows end inside phrases, between them and inside "đến 30/6/2021".
  const piece = fc.constantFrom("6 tháng", " đầu", " năm", " 2021", "quý I", "/2020", " ", "  ", ", ", "; ", ". ", "đến ", "30/6/2021", "so với ", "năm 2019", "Chín tháng", "x", "\n");
  const longText = fc.array(piece, { minLength: 500, maxLength: 3_000 }).map((parts) => parts.join(""));

  it("gives the text's own periods from its start, however far it reads", () => {
    fc.assert(
      fc.property(longText, fc.nat(40), (text, wanted) => {
        const all = findPeriods(text);
        const leading = leadingPeriods(text, (found) => found.length > wanted);
        expect(leading).toEqual(all.slice(0, leading.length));
        expect(leading.length).toBeGreaterThanOrEqual(Math.min(all.length, wanted + 1));
      }),
      { seed: 20261205, numRuns: 150 },
    );
  });

  it("reads a long line only as far as it needs", () => {
    const text = "6 tháng đầu năm 2021, ".repeat(50_000);
    expect(leadingPeriods(text, (found) => found.length > 0).length).toBeLessThan(200);
  });
});
