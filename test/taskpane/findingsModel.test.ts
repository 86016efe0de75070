import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import type { Finding } from "../../src/core/types";
import { buildCards, countBySeverity, headingPath, placeLabel, sameCard, snippet } from "../../addin/taskpane/findingsModel";
import { categoryOf, ruleTitle } from "../../addin/taskpane/rules";

const SEED_000 = readText(new Uint8Array(readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url))), "000.txt");
const WORDS = { header: "HEADER", footnote: (id: string) => `FOOTNOTE ${id}`, table: "TABLE" };

function finding(ruleId: string, paragraph: number, severity: Finding["severity"] = "warning"): Finding {
  return { ruleId, severity, message: { vi: "m", en: "m" }, paragraph, start: 0, end: 1, text: "x", suggestions: [] };
}

describe("cards", () => {
  it("puts errors first, then structure and citations before cosmetic groups", () => {
    const cards = buildCards([
      finding("consistency/spacing", 1),
      finding("citation/missing-so", 9),
      finding("numbering/duplicate", 20, "error"),
      finding("consistency/abbreviation", 2, "info"),
    ]);
    expect(cards.map((c) => c.ruleId)).toEqual(["numbering/duplicate", "citation/missing-so", "consistency/spacing", "consistency/abbreviation"]);
  });

  it("groups a repeated rule into one card, but keeps each structure error in sight", () => {
    const repeated = [3, 8, 12, 30].map((p) => finding("consistency/year-range", p));
    const headings = [5, 7, 9].map((p) => finding("numbering/trailing-dot", p));
    const errors = [15, 17, 19].map((p) => finding("numbering/duplicate", p, "error"));
    const twice = [40, 41].map((p) => finding("citation/missing-so", p));
    const cards = buildCards([...repeated, ...headings, ...errors, ...twice]);
    const grouped = cards.filter((c) => c.grouped);
    expect(grouped.map((c) => c.ruleId).sort()).toEqual(["consistency/year-range", "numbering/trailing-dot"]);
    expect(grouped.find((c) => c.ruleId === "consistency/year-range")!.findings.map((f) => f.paragraph)).toEqual([3, 8, 12, 30]);
    expect(cards.filter((c) => c.ruleId === "numbering/duplicate")).toHaveLength(3);
    expect(cards.filter((c) => c.ruleId === "citation/missing-so")).toHaveLength(2);
  });

  it("knows a card rebuilt from the same findings (it is not drawn again), and one that lost a place", () => {
    const errors = [15, 17].map((p) => finding("numbering/duplicate", p, "error"));
    const group = [3, 8, 12, 30].map((p) => finding("consistency/year-range", p));
    const before = buildCards([...errors, ...group]);
    const card = (cards: ReturnType<typeof buildCards>, key: string) => cards.find((c) => c.key === key)!;
    // The first error ignored: the cards left are built anew, and the same as before.
    const afterIgnore = buildCards([errors[1]!, ...group]);
    expect(afterIgnore).toHaveLength(2);
    for (const rebuilt of afterIgnore) {
      expect(rebuilt).not.toBe(card(before, rebuilt.key));
      expect(sameCard(card(before, rebuilt.key), rebuilt)).toBe(true);
    }
    const groupKey = "group:consistency/year-range";
    expect(sameCard(card(before, groupKey), card(buildCards([...errors, ...group.slice(1)]), groupKey))).toBe(false);
    // A re-check's findings at the same place are other findings: another card.
    const errorKey = "numbering/duplicate:15:0:1";
    expect(sameCard(card(before, errorKey), card(buildCards([...errors.map((f) => ({ ...f })), ...group]), errorKey))).toBe(false);
  });

  it("on seed 000, repeated kinds become one card each and every finding is on exactly one card", () => {
    const { findings } = checkDocument(SEED_000);
    const cards = buildCards(findings);
    expect(cards.length).toBeLessThan(findings.length);
    expect(cards.flatMap((c) => c.findings)).toHaveLength(findings.length);
    const counts = countBySeverity(findings);
    expect(counts.error + counts.warning + counts.info).toBe(findings.length);
  });
});

describe("places", () => {
  const result = checkDocument(SEED_000);

  it("names a body paragraph by its headings, outermost and innermost", () => {
    const deep = result.outline.find((e) => e.level >= 3)!;
    const body = deep.paragraph + 1;
    const path = headingPath(result.outline, body);
    expect(path[path.length - 1]).toBe(deep);
    const label = placeLabel(SEED_000, result.outline, { paragraph: body, start: 0, end: 5 }, WORDS);
    expect(label.path.startsWith(path[0]!.marker)).toBe(true);
    expect(label.path).toContain(deep.marker);
    expect(label.path).toContain(" › ");
  });

  it("calls the lines above the first heading the header, and shows a snippet, not the paragraph", () => {
    const plan = SEED_000.paragraphs.findIndex((p) => p.text.includes("đạt 51,6% kế hoạch"));
    const text = SEED_000.paragraphs[plan]!.text;
    const at = text.indexOf("51,6%");
    const label = placeLabel(SEED_000, result.outline, { paragraph: plan, start: at, end: at + 5 }, WORDS);
    expect(label.snippet).toContain("đạt 51,6% kế hoạch");
    expect(label.snippet.length).toBeLessThan(100);
    expect(text.length).toBeGreaterThan(300);
    expect(label.snippet.startsWith("…")).toBe(true);
    expect(placeLabel(SEED_000, result.outline, { paragraph: 0, start: 0, end: 3 }, WORDS).path).toBe("HEADER");
  });

  it("cuts snippets at word boundaries and marks footnotes and tables", () => {
    expect(snippet("một hai ba", 4, 7)).toBe("một hai ba");
    const long = `${"chữ ".repeat(30)}ĐÍCH${" sau".repeat(30)}`;
    const cut = snippet(long, long.indexOf("ĐÍCH"), long.indexOf("ĐÍCH") + 4);
    expect(cut).toMatch(/^…chữ .*ĐÍCH.* sau…$/);
    const snap = snapshotFromLines(["I. Mở đầu", "ô"]);
    snap.paragraphs.push({ index: 2, text: "chú thích", footnoteId: "3" });
    snap.paragraphs[1]!.tableNesting = 1;
    const outline = checkDocument(snap).outline;
    expect(placeLabel(snap, outline, { paragraph: 2, start: 0, end: 3 }, WORDS).path).toBe("FOOTNOTE 3");
    expect(placeLabel(snap, outline, { paragraph: 1, start: 0, end: 1 }, WORDS).path).toContain("TABLE");
  });
});

describe("labels", () => {
  it("gives every rule a short title without jargon, in both languages", () => {
    for (const f of checkDocument(SEED_000).findings) {
      for (const language of ["vi", "en"] as const) {
        const title = ruleTitle(f.ruleId, language);
        expect(title.length).toBeGreaterThan(5);
        expect(title.length).toBeLessThanOrEqual(90);
        expect(title).not.toMatch(/\bNF[CD]\b|[()]/);
      }
      expect(["structure", "citation", "indicator", "presentation", "consistency"]).toContain(categoryOf(f.ruleId));
    }
  });
});
