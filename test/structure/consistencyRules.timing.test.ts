/**
 * The consistency rules on one huge paragraph of each pattern that used to be quadratic
 * (test/support/hugeParagraph.ts): 10× the input may cost at most 12× the time.
 */
import { describe, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { runRules } from "../../src/lint/runner";
import { STRUCTURE } from "../../src/structure/analysis";
import type { Rule } from "../../src/lint/rule";
import { HUGE_PARAGRAPH_CLASSES, hugeParagraphReport } from "../support/hugeParagraph";
import { expectLinear, leastMsPrepared } from "../support/linearity";

/** The rule alone: the shared analyses are computed before the clock starts. */
function timeRule(rule: Rule<never>, lines: string[]): number {
  const snapshot = snapshotFromLines(lines);
  const prepared = () => {
    const { ctx } = createContext(snapshot);
    ctx.get(STRUCTURE);
    return ctx;
  };
  return leastMsPrepared(prepared, (ctx) => runRules([rule], ctx, {}));
}

describe("consistency rules are linear on one huge paragraph", () => {
  for (const { name, rule, unit } of HUGE_PARAGRAPH_CLASSES) {
    it(`${rule.id} on ${name}: 10 KB → 1 MB`, () => {
      const [small, medium, large] = [10_000, 100_000, 1_000_000].map((bytes) => timeRule(rule, hugeParagraphReport(unit, bytes)));
      console.info(`${rule.id} on ${name}: 10 KB ${small.toFixed(2)} ms, 100 KB ${medium.toFixed(2)} ms, 1 MB ${large.toFixed(1)} ms`);
      expectLinear(small, large, `${rule.id} on ${name}`, 100);
    }, 60_000);
  }
});
