/**
 * Writes every check result (findings, outline, citations, documents, indicators, detection) of the
 * given .txt/.docx files, plus a 1 MB synthetic report, as one JSON file — for a before/after diff of
 * an optimisation, which must leave every result identical:
 *   npx tsx scripts/bench/dumpResults.ts OUT.json seeds/ DOCX_DIR/
 *   (change the engine) … npx tsx scripts/bench/dumpResults.ts OUT2.json seeds/ DOCX_DIR/ && cmp OUT.json OUT2.json
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/document/read";
import { checkDocument } from "../../src/engine/check";
import { createChecker } from "../../src/engine/incremental";
import { loadSeeds, synthesize } from "./corpus";

const [out, ...dirs] = process.argv.slice(2);
if (!out || dirs.length === 0) throw new Error("usage: dumpResults.ts OUT.json DIR...");
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|docx)$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
);
const results: Record<string, unknown> = {};
for (const path of files) {
  const snapshot = await readDocument(path, new Uint8Array(readFileSync(path)));
  results[path] = checkDocument(snapshot, { today: new Date("2026-01-01") });
}
const seedDir = dirs.find((dir) => readdirSync(dir).some((f) => f.endsWith(".txt")));
if (seedDir) {
  const synthetic = await synthesize(await loadSeeds(seedDir), 1);
  results[synthetic.name] = checkDocument(synthetic.snapshot, { today: new Date("2026-01-01") });
  // The pane's incremental path after an edit in the middle of the document.
  const checker = createChecker({ today: new Date("2026-01-01") });
  checker.check(synthetic.snapshot);
  const middle = Math.floor(synthetic.snapshot.paragraphs.length / 2);
  const edited = {
    ...synthetic.snapshot,
    paragraphs: synthetic.snapshot.paragraphs.map((p, i) => (i === middle ? { ...p, text: `${p.text} theo Nghị quyết số 35-NQ/TW ngày 22/10/2018, đạt 105,3% kế hoạch` } : p)),
  };
  results[`${synthetic.name} (edited, incremental)`] = checker.check(edited);
}
writeFileSync(out, JSON.stringify(results, null, 1));
console.log(`${files.length} files and the synthetic report → ${out}`);
