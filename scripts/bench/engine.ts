import { lint } from "markdownlint/sync";
import { checkDocument, createContext } from "../../src/engine/check";
import { RULES } from "../../src/engine/rules";
import { OUTLINE } from "../../src/structure/analysis";
import { CITATIONS, CITED_DOCUMENTS } from "../../src/citations/index";
import { INDICATORS } from "../../src/indicators/analysis";
import { runRules, type RuleTiming } from "../../src/lint/runner";
import { MIB, type BenchInput } from "./corpus";
import type { Snapshot } from "../../src/document/snapshot";
import type { ParagraphTextCache } from "../../src/engine/paragraphCache";
import { cpuNow, measure, runsFor, warmupsFor } from "./timing";

export interface EngineFigures {
  name: string;
  mib: number;
  paragraphs: number;
  findings: number;
  engineMs: number;
  /** CPU time of the same runs: the figure a loaded machine distorts least. */
  engineCpuMs: number;
  markdownlintMs: number;
  regexMs: number;
}

/** The floor: one Unicode-aware word scan over the whole text, like the simplest rule would do. */
const WORD = /[\p{L}\p{N}]+/gu;

export function regexPass(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

export function lintMarkdown(name: string, text: string): number {
  const results = lint({ strings: { [name]: text } });
  return results[name]?.length ?? 0;
}

export function measureEngine(input: BenchInput): EngineFigures {
  const [runs, warmups] = [runsFor(input.bytes), warmupsFor(input.bytes)];
  let findings = 0;
  const engine = measure(
    runs,
    () => {
      findings = checkDocument(input.snapshot).findings.length;
    },
    warmups,
  );
  const markdownlintMs = measure(runs, () => lintMarkdown(input.name, input.text), warmups).ms;
  const regexMs = measure(runs, () => regexPass(input.text), warmups).ms;
  return {
    name: input.name,
    mib: input.bytes / MIB,
    paragraphs: input.snapshot.paragraphs.length,
    findings,
    engineMs: engine.ms,
    engineCpuMs: engine.cpuMs,
    markdownlintMs,
    regexMs,
  };
}

export interface StageCost {
  stage: string;
  ms: number;
}

/**
 * Where the time of one check goes: building the context (normalisation, profile and kind
 * detection), each shared analysis forced on its own, then every rule (rules find the
 * analyses already computed, so a rule's time is its own).
 */
export function stageCosts(snapshot: Snapshot, cache?: ParagraphTextCache): StageCost[] {
  const costs: StageCost[] = [];
  const time = (stage: string, fn: () => unknown) => {
    const began = cpuNow();
    fn();
    costs.push({ stage, ms: cpuNow() - began });
  };
  let context!: ReturnType<typeof createContext>;
  time("context: normalise + detect profile/kind", () => (context = createContext(snapshot, { cache })));
  const { ctx } = context;
  time("analysis: outline", () => ctx.get(OUTLINE));
  time("analysis: citations", () => ctx.get(CITATIONS));
  time("analysis: cited documents", () => ctx.get(CITED_DOCUMENTS));
  time("analysis: indicators", () => ctx.get(INDICATORS));
  const timings: RuleTiming[] = [];
  time("rules (all)", () => runRules(RULES.values(), ctx, { timings }));
  const rulesTotal = costs.at(-1)!.ms;
  // The runner times rules on the wall clock: shared out in proportion, so shares stay CPU shares.
  const wallTotal = timings.reduce((sum, t) => sum + t.ms, 0) || 1;
  costs.pop();
  for (const t of timings) costs.push({ stage: `rule: ${t.ruleId}`, ms: (t.ms / wallTotal) * rulesTotal });
  return costs.sort((a, b) => b.ms - a.ms);
}
