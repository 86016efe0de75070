import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { createChecker } from "../../src/engine/incremental";
import { applyEdits } from "../../src/lint/fix";
import type { BenchInput } from "./corpus";
import { stageCosts, type StageCost } from "./engine";
import { cpuNow, median } from "./timing";
import { ParagraphTextCache } from "../../src/engine/paragraphCache";

export interface RecheckFigures {
  paragraphs: number;
  bytes: number;
  fullMs: number;
  recheckMs: number;
  /** CPU time of the same re-checks (this process only). */
  recheckCpuMs: number;
  /** False when the re-check's findings differ from a full check of the fixed document. */
  same: boolean;
  fix: string;
  /** Stage costs of the last re-check, run again on a checker in the same state. */
  stages: StageCost[];
}

const FIXES = 5;

/** A report of `count` paragraphs: the seeds' paragraphs in order, cycled. */
export function documentOf(seeds: readonly BenchInput[], count: number) {
  const paragraphs = seeds.flatMap((s) => s.snapshot.paragraphs.map((p) => p.text));
  return snapshotFromLines(Array.from({ length: count }, (_, i) => paragraphs[i % paragraphs.length]!), `report-${count}.txt`);
}

/**
 * What a user waits for after pressing Fix in the pane on a long report: the document is checked
 * once (the pane's first check), then one suggestion is applied and the same checker checks the
 * fixed document. Median over the first few fixable findings, each from the original document;
 * the full check of the same fixed documents is timed beside it, and the findings compared.
 */
export function measureRecheck(seeds: readonly BenchInput[], count = 2000): RecheckFigures {
  const original = documentOf(seeds, count);
  const first = checkDocument(original);
  const fixable = first.findings.filter((f) => f.suggestions[0]?.edits.length);
  // Spread over the document, not only its first lines.
  const picked = Array.from({ length: Math.min(FIXES, fixable.length) }, (_, k) => fixable[Math.floor((k * fixable.length) / FIXES)]!);
  const recheck: number[] = [];
  const recheckCpu: number[] = [];
  const full: number[] = [];
  let same = true;
  for (const finding of picked) {
    const checker = createChecker();
    checker.check(original);
    const fixed = applyEdits(original, finding.suggestions[0]!.edits).snapshot;
    let began = performance.now();
    const cpu = cpuNow();
    const incremental = checker.check(fixed);
    recheck.push(performance.now() - began);
    recheckCpu.push(cpuNow() - cpu);
    began = performance.now();
    const plain = checkDocument(fixed);
    full.push(performance.now() - began);
    same &&= JSON.stringify(incremental.findings) === JSON.stringify(plain.findings);
  }
  const last = picked.at(-1);
  const cache = new ParagraphTextCache();
  checkDocument(original, { cache });
  const stages = last ? stageCosts(applyEdits(original, last.suggestions[0]!.edits).snapshot, cache) : [];
  return {
    paragraphs: count,
    bytes: Buffer.byteLength(original.paragraphs.map((p) => p.text).join("\n")),
    fullMs: median(full),
    recheckMs: median(recheck),
    recheckCpuMs: median(recheckCpu),
    same,
    fix: [...new Set(picked.map((f) => f.ruleId))].join(", "),
    stages,
  };
}
