import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import { structureRules } from "../../src/structure/index";
import type { Finding } from "../../src/core/types";

function seed(name: string) {
  const path = new URL(`../../seeds/${name}`, import.meta.url);
  return readText(readFileSync(path), name);
}
const SEED_000 = "000_e6240ef1ee1503f8.txt";
const SEED_001 = "001_87ee4238b5bec2d9.txt";
const SEED_003 = "003_107d5b72e63935bb.txt";
const SEED_004 = "004_eaaba1bef0b0e863.txt";

const byRule = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
/** Paragraph index = line number − 1 of the .txt. */
const line = (n: number) => n - 1;

describe("seed 000 — Party six-month draft", () => {
  const snapshot = seed(SEED_000);
  const draft = checkDocument(snapshot);

  it("is a Party six-month report", () => {
    expect(draft.detection.system).toBe("party");
    expect(draft.kind).toBe("six-month");
  });

  it("finds the repeated II. at line 56, pointing at the first II. at line 35", () => {
    const [dup] = byRule(draft.findings, "numbering/duplicate");
    expect(dup).toMatchObject({ paragraph: line(56), start: 0, end: 3, text: "II.", severity: "error" });
    expect(dup.related?.[0]).toMatchObject({ paragraph: line(35), start: 0, end: 3 });
  });

  it("the IV. of line 71 after the repeated II. is the same defect: no second finding", () => {
    expect(byRule(draft.findings, "numbering/skipped")).toEqual([]);
    const [dup] = byRule(draft.findings, "numbering/duplicate");
    expect(dup.suggestions[0].edits.map((e) => e.text)).toEqual(["III."]);
  });

  it("finds the glued markers 1.2Tiếp, 1.3Tập, 2.6Tập", () => {
    const glued = byRule(draft.findings, "numbering/marker-space").map((f) => [f.paragraph, f.text]);
    expect(glued).toEqual([[line(75), "1.2"], [line(76), "1.3"], [line(86), "2.6"]]);
  });

  it("reports the blank number and date as reminders in draft and before signing, errors once issued", () => {
    const final = checkDocument(snapshot, { mode: "final" });
    const issued = checkDocument(snapshot, { mode: "issued" });
    for (const ruleId of ["header/number", "header/date"]) {
      expect(byRule(draft.findings, ruleId).map((f) => f.severity)).toEqual(["info"]);
      expect(byRule(final.findings, ruleId).map((f) => f.severity)).toEqual(["info"]);
      expect(byRule(issued.findings, ruleId).map((f) => f.severity)).toEqual(["error"]);
    }
    expect(byRule(draft.findings, "header/number")[0].paragraph).toBe(line(4));
    expect(byRule(draft.findings, "header/date")[0].paragraph).toBe(line(6));
  });

  it("the renumber suggestion says what it changes and yields a clean outline on re-check", () => {
    const [dup] = byRule(draft.findings, "numbering/duplicate");
    const [renumber] = dup.suggestions;
    // Each change is named by its heading's words, which Word shows, not by a paragraph number.
    expect(renumber.label.vi).toContain("II. → III. (“Khó khăn");
    expect(renumber.label.vi).not.toMatch(/đoạn \d/);
    const fixed = applyEdits(snapshot, renumber.edits);
    expect(fixed.refused).toEqual([]);
    expect(fixed.snapshot.paragraphs[line(56)].text.startsWith("III. Khó khăn")).toBe(true);
    const again = checkDocument(fixed.snapshot);
    expect(byRule(again.findings, "numbering/duplicate")).toEqual([]);
    expect(byRule(again.findings, "numbering/skipped")).toEqual([]);
    expect(again.outline.filter((e) => e.level === 1).map((e) => e.marker)).toEqual(["I.", "II.", "III.", "IV."]);
  });

  it("fix-all of the structure findings leaves none of the fixable kinds and is idempotent", () => {
    const fixable = new Set(structureRules.filter((r) => r.fix === "safe").map((r) => r.id));
    const mine = (findings: Finding[]) => findings.filter((f) => fixable.has(f.ruleId) && f.suggestions.length > 0);
    const fixed = applyEdits(snapshot, fixAllEdits(mine(draft.findings)));
    expect(fixed.refused).toEqual([]);
    const again = mine(checkDocument(fixed.snapshot).findings);
    expect(again).toEqual([]);
    expect(applyEdits(fixed.snapshot, fixAllEdits(again)).snapshot.paragraphs).toEqual(fixed.snapshot.paragraphs);
  });

  it("mixes THÀNH UỶ (header) with Thành ủy (body)", () => {
    expect(byRule(draft.findings, "consistency/tone-style").some((f) => f.paragraph === line(2) && f.text === "UỶ")).toBe(true);
  });

  it("the required sections of a six-month report are all there", () => {
    expect(byRule(draft.findings, "sections/missing")).toEqual([]);
  });
});

describe("seed 001 — Party annual report", () => {
  const result = checkDocument(seed(SEED_001));

  it("is an annual report with I–III in order", () => {
    expect(result.kind).toBe("annual");
    expect(result.outline.filter((e) => e.level === 1).map((e) => e.marker)).toEqual(["I.", "II.", "III."]);
    expect(byRule(result.findings, "sections/missing")).toEqual([]);
  });

  it("finds 95.5% and the Ð look-alikes", () => {
    expect(byRule(result.findings, "consistency/decimal-point").map((f) => f.text)).toContain("95.5");
    expect(byRule(result.findings, "consistency/unicode").some((f) => f.text.includes("Ð"))).toBe(true);
  });

  it("reads “1.1.100% …” as marker 1.1. glued to a figure", () => {
    const entry = result.outline.find((e) => e.paragraph === line(81));
    expect(entry).toMatchObject({ marker: "1.1.", level: 3, number: 1 });
  });
});

describe("seed 003 — conclusion exported without header", () => {
  const result = checkDocument(seed(SEED_003));

  it("is a Party conclusion dated 2023 (party-2018)", () => {
    expect(result.kind).toBe("conclusion");
    expect(result.profile).toBe("party-2018");
  });

  it("reports the missing header once, not element by element", () => {
    const header = result.findings.filter((f) => f.ruleId.startsWith("header/"));
    expect(header.map((f) => f.ruleId)).toEqual(["header/missing"]);
  });

  it("its recipients and T/M signature pass", () => {
    expect(result.findings.filter((f) => f.ruleId === "closing/recipients" || f.ruleId === "closing/signature")).toEqual([]);
  });
});

describe("seed 004 — State UBND report", () => {
  const result = checkDocument(seed(SEED_004), { mode: "final" });

  it("is detected as a State report", () => {
    expect(result.detection.system).toBe("state");
    expect(result.profile).toBe("state");
    expect(result.kind).toBe("state-report");
  });

  it("its Nơi nhận and signature produce no block finding, even in final mode", () => {
    const closing = result.findings.filter((f) => f.ruleId.startsWith("closing/") || f.ruleId === "blocks/fixed-typo");
    expect(closing).toEqual([]);
  });

  it("recovers the markdown-decorated outline", () => {
    const top = result.outline.filter((e) => e.level === 1);
    expect(top.map((e) => [e.paragraph, e.marker])).toEqual([[line(8), "I."], [line(120), "II."], [line(136), "III."]]);
    expect(result.outline.find((e) => e.paragraph === line(32))).toMatchObject({ marker: "3.1.", level: 3 });
  });

  it("the State template sections are all found", () => {
    expect(byRule(result.findings, "sections/missing")).toEqual([]);
  });
});
