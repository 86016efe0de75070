import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import type { Edit, Finding } from "../../src/core/types";

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

  it("refuses as stale an edit whose stretch runs past its paragraph or differs in length from what it expects", () => {
    const lines = snapshotFromLines(["Một hai"]);
    const pastEnd: Edit = { paragraph: 0, start: 4, end: 12, expected: "hai", text: "ba" };
    const backwards: Edit = { paragraph: 0, start: 2, end: 1, expected: "", text: "x" };
    const outcome = applyEdits(lines, [pastEnd, backwards]);
    expect(outcome.refused.map((r) => r.reason)).toEqual(["stale", "stale"]);
    expect(outcome.snapshot.paragraphs[0].text).toBe("Một hai");
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

  it("takes a suggestion of several edits whole or not at all (never half a renumbering)", () => {
    const lines = snapshotFromLines(["1. Một", "3. Hai", "4. Ba"]);
    const edit = (paragraph: number, text: string): Edit => ({ paragraph, start: 0, end: 2, expected: lines.paragraphs[paragraph].text.slice(0, 2), text });
    const renumber: Finding = { ...finding(1, 0, 2, "2."), suggestions: [{ label: { vi: "", en: "" }, edits: [edit(1, "2."), edit(2, "3.")] }] };
    const blocking: Finding = { ...finding(2, 0, 1, "5"), suggestions: [{ label: { vi: "", en: "" }, edits: [{ paragraph: 2, start: 0, end: 1, expected: "4", text: "5" }] }] };
    expect(fixAllEdits([blocking, renumber])).toEqual([blocking.suggestions[0].edits[0]]);
    expect(fixAllEdits([renumber, blocking])).toEqual(renumber.suggestions[0].edits);
    // The same renumbering carried by two findings of one run goes in once.
    expect(fixAllEdits([renumber, { ...renumber, paragraph: 2 }])).toEqual(renumber.suggestions[0].edits);
  });
});

/** The rule the index must keep: replacements overlap when they share a character; an insertion clashes with one at the same place or with a replacement starting at or running across it. */
function clashes(a: Edit, b: Edit): boolean {
  if (a.paragraph !== b.paragraph) return false;
  return (a.start < b.end && b.start < a.end) || (a.start === a.end && b.start === a.start) || (b.start === b.end && a.start === b.start);
}

describe("choosing non-overlapping edits", () => {
  const anyEdit = fc.record({ paragraph: fc.nat(2), start: fc.nat(30), length: fc.nat(4) }).map(({ paragraph, start, length }): Edit => ({ paragraph, start, end: start + length, expected: "", text: "x" }));

  it("refuses exactly the edits that clash with one taken before them", () => {
    fc.assert(
      fc.property(fc.array(anyEdit, { maxLength: 60 }), (edits) => {
        const taken: Edit[] = [];
        const expected: Edit[] = [];
        for (const e of edits) if (taken.some((t) => clashes(t, e))) expected.push(e); else taken.push(e);
        const lines = snapshotFromLines(["", "", ""]);
        expect(applyEdits(lines, edits).refused.filter((r) => r.reason === "overlap").map((r) => r.edit)).toEqual(expected);
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});

describe("fix-all's choice", () => {
  const anyEdit = fc.record({ paragraph: fc.nat(2), start: fc.nat(30), length: fc.nat(4), text: fc.constantFrom("x", "y") }).map(({ paragraph, start, length, text }): Edit => ({ paragraph, start, end: start + length, expected: "", text }));
  const anyFinding = fc.record({ edits: fc.array(anyEdit, { minLength: 1, maxLength: 3 }), safe: fc.boolean() }).map(({ edits, safe }): Finding => ({
    ruleId: "r",
    severity: "info",
    message: { vi: "", en: "" },
    ...edits[0]!,
    suggestions: [{ label: { vi: "", en: "" }, edits }],
    fix: safe ? "safe" : "suggest",
  }));
  const sameEdit = (a: Edit, b: Edit) => a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.text === b.text;

  /** The rule written plainly: each safe first suggestion in turn, less the edits already in, goes in whole when it clashes with nothing taken and not with itself. */
  function plainChoice(findings: readonly Finding[]): Edit[] {
    const batch: Edit[] = [];
    for (const f of findings) {
      if (f.fix !== "safe") continue;
      const wanted: Edit[] = [];
      for (const e of f.suggestions[0]!.edits) if (!batch.some((t) => sameEdit(t, e)) && !wanted.some((t) => sameEdit(t, e))) wanted.push(e);
      const clash = wanted.some((e, k) => batch.some((t) => clashes(t, e)) || wanted.slice(0, k).some((t) => clashes(t, e)));
      if (!clash) batch.push(...wanted);
    }
    return batch;
  }

  it("equals the plain rule, whether the findings come in reading order or not", () => {
    const inReadingOrder = (findings: Finding[]) => [...findings].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 40 }), fc.boolean(), (findings, sorted) => {
        const given = sorted ? inReadingOrder(findings) : findings;
        expect(fixAllEdits(given)).toEqual(plainChoice(given));
      }),
      { seed: 29, numRuns: 2000 },
    );
  });
});
