import { describe, expect, it } from "vitest";
import { FirstComeSpans, type Span } from "../../src/indicators/spans";

/** Keeps each pattern's free spans, as the extractors do, and returns the kept ones by start. */
function firstCome(patterns: Span[][]): Span[] {
  const found = new FirstComeSpans<Span>();
  for (const matches of patterns) {
    for (const span of matches) if (found.isFree(span.start, span.end)) found.keep(span);
    found.endPattern();
  }
  return found.spans().toArray();
}

/** The same, the slow way: each span against every kept one. */
function firstComeNaive(patterns: Span[][]): Span[] {
  const kept: Span[] = [];
  for (const matches of patterns) {
    const added = matches.filter((s) => kept.every((k) => k.end <= s.start || k.start >= s.end));
    kept.push(...added);
  }
  return kept.sort((a, b) => a.start - b.start);
}

describe("FirstComeSpans", () => {
  it("drops a match that overlaps one an earlier pattern kept, and lists the rest by start", () => {
    const kept = firstCome([
      [{ start: 5, end: 9 }],
      [
        { start: 0, end: 3 },
        { start: 4, end: 6 },
        { start: 9, end: 12 },
      ],
    ]);
    expect(kept).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
      { start: 9, end: 12 },
    ]);
  });

  it("agrees with comparing every pair on random patterns", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 300; round += 1) {
      const patterns: Span[][] = [];
      for (let p = 0; p < 1 + random(5); p += 1) {
        // One pattern's matches: in order and not overlapping each other, as a global regex gives them.
        const matches: Span[] = [];
        for (let at = random(4); at < 60; at += 1 + random(6)) {
          const end = at + 1 + random(5);
          matches.push({ start: at, end });
          at = end;
        }
        patterns.push(matches);
      }
      expect(firstCome(patterns)).toEqual(firstComeNaive(patterns));
    }
  });
});
