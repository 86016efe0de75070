import { lint } from "markdownlint/sync";
import { checkDocument, createContext } from "../../src/engine/check";
import { RULES } from "../../src/engine/rules";
import { OUTLINE } from "../../src/structure/analysis";
import { CITATIONS, CITED_DOCUMENTS } from "../../src/citations/index";
import { INDICATORS } from "../../src/indicators/analysis";
import { runRules, type RuleTiming } from "../../src/lint/runner";
import { MIB, type BenchInput } from "./corpus";
import { medianMs, runsFor } from "./timing";

export interface EngineFigures {
  name: string;
  mib: number;
  paragraphs: number;
  findings: number;
  engineMs: number;
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
  const engineMs = medianMs(runs, () => {
    findings = checkDocument(input.snapshot).findings.length;
  });
  const markdownlintMs = medianMs(runs, () => lintMarkdown(input.name, input.text));
  const regexMs = medianMs(runs, () => regexPass(input.text));
  return {
    name: input.name,
    mib: input.bytes / MIB,
    paragraphs: input.snapshot.paragraphs.length,
    findings,
    engineMs,
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
  time("analysis: outline", () => ctx.get(OUTLINE));
  time("analysis: citations", () => ctx.get(CITATIONS));
  time("analysis: cited documents", () => ctx.get(CITED_DOCUMENTS));
  time("analysis: indicators", () => ctx.get(INDICATORS));
  const timings: RuleTiming[] = [];
  runRules(RULES.values(), ctx, { timings });
  for (const t of timings) costs.push({ stage: `rule: ${t.ruleId}`, ms: t.ms });
  return costs.sort((a, b) => b.ms - a.ms);
}
