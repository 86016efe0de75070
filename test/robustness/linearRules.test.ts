/**
 * The structure consistency rules on one huge paragraph of the patterns that used to be
 * quadratic: findings stay bounded and fixes settle (their time: consistencyRules.timing.test.ts).
 */
import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { runRules } from "../../src/lint/runner";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import type { Rule } from "../../src/lint/rule";
import { consistencySpacing } from "../../src/structure/rules/consistencySpacing";
import { MAX_FINDINGS_PER_PARAGRAPH, MAX_GROUPED_EDITS } from "../../src/structure/findingBudget";
import { MAX_RELATED_PLACES } from "../../src/structure/grouping";
import { HUGE_PARAGRAPH_CLASSES, hugeParagraphReport } from "../support/hugeParagraph";

const document = hugeParagraphReport;

describe("consistency rules are linear on one huge paragraph", () => {
  it("a paragraph with a thousand misses of one habit gives one finding, every place related, and one fix that settles", () => {
    const { ctx } = createContext(snapshotFromLines(document("a;", 2_000)));
    const findings = runRules([consistencySpacing as Rule<never>], ctx, {});
    expect(findings).toHaveLength(1);
    expect(findings[0].related).toHaveLength(998);
    expect(findings[0].suggestions[0]?.edits).toHaveLength(999);
    const fixed = applyEdits(ctx.snapshot, fixAllEdits(findings)).snapshot;
    expect(fixed.paragraphs[2]?.text).toBe(document("a; ", 3_000)[2]?.trimEnd().replace(/;$/, ";"));
    expect(runRules([consistencySpacing as Rule<never>], createContext(fixed).ctx, {})).toEqual([]);
  });

  it("a habit repeated past the bounds keeps its exact count, lists the first places, and is fixed in passes that settle", () => {
    const places = MAX_GROUPED_EDITS + 2_500;
    let lines = document("a;", 2 * places + 2);
    const passes: { message: string; related: number; edits: number; label: string }[] = [];
    for (let pass = 0; pass < 4; pass += 1) {
      const { ctx } = createContext(snapshotFromLines(lines));
      const findings = runRules([consistencySpacing as Rule<never>], ctx, {});
      if (findings.length === 0) break;
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      passes.push({ message: finding.message.en, related: finding.related?.length ?? 0, edits: finding.suggestions[0]?.edits.length ?? 0, label: finding.suggestions[0]?.label.en ?? "" });
      lines = applyEdits(ctx.snapshot, fixAllEdits(findings)).snapshot.paragraphs.map((p) => p.text);
    }
    expect(passes).toEqual([
      { message: `Missing space after “;” (${places} places lack a space after punctuation).`, related: MAX_RELATED_PLACES, edits: MAX_GROUPED_EDITS, label: `Fix the first ${MAX_GROUPED_EDITS} (then check again)` },
      { message: `Missing space after “;” (${places - MAX_GROUPED_EDITS} places lack a space after punctuation).`, related: MAX_RELATED_PLACES, edits: places - MAX_GROUPED_EDITS, label: "Add the space everywhere" },
    ]);
    expect(lines[2]).toBe(document("a; ", 3 * places + 2)[2]?.trimEnd());
  });

  for (const { name, rule, unit } of HUGE_PARAGRAPH_CLASSES) {
    it(`${rule.id} on ${name}: a 1 MB paragraph lists at most ${MAX_FINDINGS_PER_PARAGRAPH} findings + a count`, () => {
      const { ctx } = createContext(snapshotFromLines(document(unit, 1_000_000)));
      expect(runRules([rule], ctx, {}).length).toBeLessThanOrEqual(MAX_FINDINGS_PER_PARAGRAPH + 1);
    });
  }
});
