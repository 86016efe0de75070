/**
 * Prints, per document, findings before → after by severity, and findings per 100 paragraphs over
 * the seeds. "Before" is a directory of earlier `soanchuan check --json` outputs named
 * `<file name>.json`; "after" is a fresh check.
 *
 *   npx tsx scripts/precision-figures.ts BASELINE_DIR FILE...
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { readDocument } from "../src/document/read";
import { checkDocument } from "../src/engine/check";

type Counts = { error: number; warning: number; info: number; total: number };

function count(findings: readonly { severity: string }[]): Counts {
  const c = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) c[f.severity as "error" | "warning" | "info"] += 1;
  return c;
}

const show = (c: Counts): string => `${c.total} (E${c.error} W${c.warning} I${c.info})`;

async function main(): Promise<void> {
  const [baselineDir, ...files] = process.argv.slice(2);
  if (!baselineDir || files.length === 0) throw new Error("usage: precision-figures BASELINE_DIR FILE...");
  const seeds = { before: 0, after: 0, paragraphs: 0 };
  for (const file of files) {
    const name = basename(file);
    const baselinePath = `${baselineDir}/${name}.json`;
    const before = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, "utf8")) as { findings: { severity: string }[] }) : null;
    const result = checkDocument(await readDocument(name, new Uint8Array(readFileSync(file))));
    const after = count(result.findings);
    console.log(`${name.padEnd(52)} ${before ? show(count(before.findings)) : "—"} → ${show(after)}  [${result.kind}, ${result.paragraphs} ¶]`);
    if (name.endsWith(".txt") && before) {
      seeds.before += before.findings.length;
      seeds.after += after.total;
      seeds.paragraphs += result.paragraphs;
    }
  }
  if (seeds.paragraphs > 0) {
    const per100 = (n: number): string => ((n * 100) / seeds.paragraphs).toFixed(1);
    console.log(`seeds: findings per 100 paragraphs ${per100(seeds.before)} → ${per100(seeds.after)} (${seeds.before} → ${seeds.after} over ${seeds.paragraphs} ¶)`);
  }
}

void main();
