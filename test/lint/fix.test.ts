import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import type { Finding } from "../../src/core/types";

const snapshot = snapshotFromLines(["I. Một", "II. Hai", "II. Ba"]);

describe("applyEdits", () => {
  it("applies several edits in one paragraph right to left", () => {
    const out = applyEdits(snapshotFromLines(["ab cd ef"]), [
      { paragraph: 0, start: 0, end: 2, expected: "ab", text: "AB" },
      { paragraph: 0, start: 6, end: 8, expected: "ef", text: "EFG" },
    ]);
    expect(out.snapshot.paragraphs[0].text).toBe("AB cd EFG");
    expect(out.applied).toHaveLength(2);
  });

  it("refuses a stale edit whose paragraph no longer holds the expected text, keeping the text intact", () => {
    const out = applyEdits(snapshot, [{ paragraph: 2, start: 0, end: 3, expected: "IV.", text: "III." }]);
    expect(out.refused).toEqual([{ edit: expect.objectContaining({ paragraph: 2 }), reason: "stale" }]);
    expect(out.snapshot.paragraphs[2].text).toBe("II. Ba");
  });

  it("refuses overlapping edits and edits to missing paragraphs", () => {
    const out = applyEdits(snapshot, [
      { paragraph: 1, start: 0, end: 3, expected: "II.", text: "2." },
      { paragraph: 1, start: 1, end: 2, expected: "I", text: "X" },
      { paragraph: 9, start: 0, end: 0, expected: "", text: "x" },
    ]);
    expect(out.refused.map((r) => r.reason)).toEqual(["overlap", "missing-paragraph"]);
    expect(out.snapshot.paragraphs[1].text).toBe("2. Hai");
  });
});

describe("fixAllEdits", () => {
  const finding = (paragraph: number, start: number, end: number, text: string, fix: Finding["fix"] = "safe"): Finding => ({
    ruleId: "r",
    severity: "error",
    message: { vi: "", en: "" },
    paragraph,
    start,
    end,
    text: "",
    suggestions: [{ label: { vi: "", en: "" }, edits: [{ paragraph, start, end, expected: snapshot.paragraphs[paragraph].text.slice(start, end), text }] }],
    fix,
  });

  it("leaves out suggestions of rules whose fixes are not safe", () => {
    expect(fixAllEdits([finding(2, 0, 3, "III.", "suggest")])).toEqual([]);
    expect(fixAllEdits([finding(2, 0, 3, "III.", "suggest"), finding(1, 0, 3, "II.")])).toHaveLength(1);
  });

  it("takes the first suggestion of each finding, once, without overlaps", () => {
    const edits = fixAllEdits([finding(2, 0, 3, "III."), finding(2, 0, 3, "III."), finding(2, 0, 2, "X")]);
    expect(edits).toEqual([{ paragraph: 2, start: 0, end: 3, expected: "II.", text: "III." }]);
    expect(applyEdits(snapshot, edits).snapshot.paragraphs[2].text).toBe("III. Ba");
  });
});
