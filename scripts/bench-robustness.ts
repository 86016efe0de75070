/**
 * Robustness figures (issue 17), printed, not asserted: output bytes of `check --json` per MB of
 * input at 1 MB and 50 MB of seed text; 100,000-row CSV and .xlsx imports; the consistency rules
 * on one huge paragraph of each formerly quadratic class. Run once: `npx tsx scripts/bench-robustness.ts [--skip-50mb | --imports-only]`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { snapshotFromLines } from "../src/document/snapshot";
import { createContext } from "../src/engine/check";
import { emptyStore, importCsv, importXlsx } from "../src/indicators";
import { runRules } from "../src/lint/runner";
import type { Rule } from "../src/lint/rule";
import { STRUCTURE } from "../src/structure/analysis";
import { consistencyNumberSpacing } from "../src/structure/rules/consistencyNumberSpacing";
import { consistencySpacing } from "../src/structure/rules/consistencySpacing";
import { buildXlsx, longLayoutSheet } from "../test/support/xlsxBuilder";

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "soanchuan-bench-"));
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join("seeds", f)));

function seedText(bytes: number): Buffer {
  const parts: Buffer[] = [];
  for (let size = 0, i = 0; size < bytes; i += 1) {
    parts.push(seeds[i % seeds.length]);
    size += seeds[i % seeds.length].length;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

async function jsonOutput(megabytes: number): Promise<{ bytes: number; seconds: number; code: number }> {
  const path = join(dir, `seed-${megabytes}mb.txt`);
  writeFileSync(path, seedText(megabytes * MB));
  let bytes = 0;
  const count = (text: string) => (bytes += Buffer.byteLength(text));
  const began = performance.now();
  const code = await main(["check", path, "--json"], { out: (t) => count(t + "\n"), write: count, err: (t) => console.error(t) });
  return { bytes, seconds: (performance.now() - began) / 1000, code };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

const importsOnly = process.argv.includes("--imports-only");
if (!importsOnly) console.log("## check --json output per MB of input");
const sizes = importsOnly ? [] : process.argv.includes("--skip-50mb") ? [1] : [1, 50];
const perMb: number[] = [];
for (const mb of sizes) {
  const run = await jsonOutput(mb);
  perMb.push(run.bytes / mb / MB);
  console.log(`${mb} MB of seed text: ${fmt(run.bytes / MB)} MB of JSON (${fmt(run.bytes / mb / MB, 2)} MB per MB) in ${fmt(run.seconds)} s, exit ${run.code}`);
}
if (perMb.length === 2) console.log(`ratio (50 MB per-MB output / 1 MB per-MB output): ${fmt(perMb[1] / perMb[0], 2)} (target ≤ 2)`);

console.log("\n## imports of 100,000 rows");
const rows = 100_000;
const csv = ["Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị", ...Array.from({ length: rows }, (_, i) => `Chỉ tiêu số ${i};tỷ đồng;6 tháng đầu năm 2020;${1000 + i}`)].join("\n");
/** Wall and CPU seconds: on a shared machine wall time also counts other people's work. */
async function seconds(run: () => unknown): Promise<string> {
  const began = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const spent = process.cpuUsage(cpu);
  return `${fmt((performance.now() - began) / 1000)} s (${fmt((spent.user + spent.system) / 1e6)} s CPU)`;
}
const csvBytes = new TextEncoder().encode(csv);
console.log(`CSV (${fmt(csv.length / MB)} MB): ${await seconds(() => importCsv(emptyStore(), csvBytes, "rows.csv"))} (target < 30 s)`);
const xlsx = buildXlsx(longLayoutSheet(rows));
console.log(`.xlsx (${fmt(xlsx.length / MB)} MB zipped): ${await seconds(() => importXlsx(emptyStore(), xlsx, "rows.xlsx"))} (target < 30 s)`);

if (!importsOnly) console.log("\n## consistency rules on one paragraph (ms per run; ratio per 10× input, target ≤ 12)");
const classes: [string, Rule<never>, string][] = [
  ["1.2.3.…", consistencyNumberSpacing as Rule<never>, "1.2.3.4.5.6.7.8.9.0."],
  ["1,2,3,…", consistencyNumberSpacing as Rule<never>, "1,2,3,4,5,6,7,8,9,0,"],
  ["ab,ab,…", consistencySpacing as Rule<never>, "ab,"],
  ["a;a;…", consistencySpacing as Rule<never>, "a;"],
  ["http://a.b,c;…", consistencySpacing as Rule<never>, "http://a.b,c;"],
];
if (!importsOnly) console.log("| class | rule | 100 KB | 300 KB | 3 MB | 3 MB / 300 KB |\n|---|---|---|---|---|---|");
for (const [name, rule, unit] of importsOnly ? [] : classes) {
  const times = [100_000, 300_000, 3_000_000].map((bytes) => {
    const { ctx } = createContext(snapshotFromLines(["BÁO CÁO", "I. Kết quả", unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)]));
    ctx.get(STRUCTURE);
    const start = performance.now();
    runRules([rule], ctx, {});
    return performance.now() - start;
  });
  console.log(`| ${name} | ${rule.id} | ${fmt(times[0])} | ${fmt(times[1])} | ${fmt(times[2])} | ${fmt(times[2] / times[1])}× |`);
}
rmSync(dir, { recursive: true, force: true });
