/**
 * The structure consistency rules on one huge paragraph of the patterns that used to be
 * quadratic: 10× the input may not cost a quadratic 100× (ratios, never absolute times).
 */
import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { runRules } from "../../src/lint/runner";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import { STRUCTURE } from "../../src/structure/analysis";
import type { Rule } from "../../src/lint/rule";
import { consistencyNumberSpacing } from "../../src/structure/rules/consistencyNumberSpacing";
import { consistencySpacing } from "../../src/structure/rules/consistencySpacing";
import { MAX_FINDINGS_PER_PARAGRAPH, MAX_GROUPED_EDITS } from "../../src/structure/findingBudget";
import { MAX_RELATED_PLACES } from "../../src/structure/grouping";
import { expectLinear } from "../support/linearity";

/** A report whose body is one paragraph of `unit` repeated to `bytes` characters. */
function document(unit: string, bytes: number): string[] {
  return ["BÁO CÁO", "I. Kết quả", unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes), "Nơi nhận:"];
}

/**
 * Milliseconds of one run of the rule alone (analyses computed beforehand): the fastest of at
 * least two runs filling ≥ 300 ms, so a pause caused by other work on the machine does not count.
 */
function timeRule(rule: Rule<never>, lines: string[]): number {
  let total = 0;
  let best = Infinity;
  for (let runs = 0; runs < 2 || total < 300; runs += 1) {
    const { ctx } = createContext(snapshotFromLines(lines));
    ctx.get(STRUCTURE);
    const began = performance.now();
    runRules([rule], ctx, {});
    const ms = performance.now() - began;
    total += ms;
    best = Math.min(best, ms);
  }
  return best;
}

const CLASSES: [string, Rule<never>, (i: number) => string][] = [
  ["1.2.3.…", consistencyNumberSpacing as Rule<never>, (i) => `${i % 10}.`],
  ["1,2,3,…", consistencyNumberSpacing as Rule<never>, (i) => `${i % 10},`],
  ["ab,ab,…", consistencySpacing as Rule<never>, () => "ab,"],
  ["a;a;…", consistencySpacing as Rule<never>, () => "a;"],
  ["http://a.b,c;…", consistencySpacing as Rule<never>, () => "http://a.b,c;"],
];

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

  for (const [name, rule, piece] of CLASSES) {
    // 300 KB → 3 MB: both sizes past the CPU caches, so the ratio measures the algorithm, not the cache.
    it(`${rule.id} on ${name}: 300 KB → 3 MB grows linearly and lists at most ${MAX_FINDINGS_PER_PARAGRAPH} findings + a count`, () => {
      const unit = Array.from({ length: 10 }, (_, i) => piece(i)).join("");
      timeRule(rule, document(unit, 100_000)); // warm up
      const small = timeRule(rule, document(unit, 300_000));
      const large = timeRule(rule, document(unit, 3_000_000));
      expectLinear(small, large, name);
      const { ctx } = createContext(snapshotFromLines(document(unit, 1_000_000)));
      expect(runRules([rule], ctx, {}).length).toBeLessThanOrEqual(MAX_FINDINGS_PER_PARAGRAPH + 1);
    }, 60_000);
  }
});
