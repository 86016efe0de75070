import { lint } from "markdownlint/sync";
import { checkDocument, createContext, ALL_RULES } from "../../src/engine/check";
import { runRules, type RuleTiming } from "../../src/lint/runner";
import { MIB, type BenchInput } from "./corpus";
import { measure, runsFor } from "./timing";

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
  const runs = runsFor(input.bytes);
  let findings = 0;
  const engine = measure(runs, () => {
    findings = checkDocument(input.snapshot).findings.length;
  });
  const markdownlintMs = measure(runs, () => lintMarkdown(input.name, input.text)).ms;
  const regexMs = measure(runs, () => regexPass(input.text)).ms;
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
export function stageCosts(input: BenchInput): StageCost[] {
  const costs: StageCost[] = [];
  const time = (stage: string, fn: () => unknown) => {
    const began = performance.now();
    fn();
    costs.push({ stage, ms: performance.now() - began });
  };
  let context!: ReturnType<typeof createContext>;
  time("context: normalise + detect profile/kind", () => (context = createContext(input.snapshot)));
  const { ctx } = context;
  time("analysis: outline", () => ctx.outline);
  time("analysis: citations", () => ctx.citations);
  time("analysis: cited documents", () => ctx.documents);
  time("analysis: indicators", () => ctx.indicators);
  const timings: RuleTiming[] = [];
  runRules(ALL_RULES, ctx, { timings });
  for (const t of timings) costs.push({ stage: `rule: ${t.ruleId}`, ms: t.ms });
  return costs.sort((a, b) => b.ms - a.ms);
}
