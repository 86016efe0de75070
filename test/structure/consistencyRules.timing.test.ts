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
import type { CheckContext } from "../../src/lint/context";
import { HUGE_PARAGRAPH_CLASSES, hugeParagraphReport } from "../support/hugeParagraph";
import { expectLinear } from "../support/linearity";
import { leastMsEach, type Workload } from "../support/leastTime";

/** The rule alone: the shared analyses are computed before the clock starts. */
function ruleOn(rule: Rule<never>, lines: string[]): Workload<CheckContext> {
  const snapshot = snapshotFromLines(lines);
  const prepare = () => {
    const { ctx } = createContext(snapshot);
    ctx.get(STRUCTURE);
    return ctx;
  };
  return { prepare, run: (ctx) => runRules([rule], ctx, {}) };
}

describe("consistency rules are linear on one huge paragraph", () => {
  for (const { name, rule, unit } of HUGE_PARAGRAPH_CLASSES) {
    it(`${rule.id} on ${name}: 10 KB → 1 MB`, async () => {
      const workloads = [10_000, 100_000, 1_000_000].map((bytes) => ruleOn(rule, hugeParagraphReport(unit, bytes)));
      const [small, medium, large] = await expectLinear(() => leastMsEach(workloads), `${rule.id} on ${name}`, 100);
      console.info(`${rule.id} on ${name}: 10 KB ${small.toFixed(2)} ms, 100 KB ${medium.toFixed(2)} ms, 1 MB ${large.toFixed(1)} ms`);
    }, 60_000);
  }
});
