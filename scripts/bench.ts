/**
 * `npm run bench`: prints the engine's throughput beside markdownlint and a regex floor, how it
 * scales, where the time goes, how many Word round trips each operation costs, and the task
 * pane's size and time to first findings. Each figure is printed beside its target.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSeeds, synthesize, type BenchInput } from "./bench/corpus";
import { measureEngine, stageCosts, type EngineFigures } from "./bench/engine";
import { measureRoundTrips } from "./bench/word";
import { bundleSize, ensureBuild } from "./bench/bundle";
import { timeToFirstFindings } from "./bench/playground";
import { fmt, formatTable, verdict } from "./bench/table";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const TARGET_MBPS = 10;
const TARGET_RATIO = 10;
const TARGET_SCALING = 11;
const TARGET_FIRST_FINDINGS_MS = 300;

const summary: { target: string; figure: string; ok: boolean | null }[] = [];

function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

function engineSection(figures: EngineFigures[]): void {
  section("Engine throughput — full check (structure + citations + indicators); 1 MB = 2^20 bytes of UTF-8");
  const rows = figures.map((f) => {
    const ours = f.mib / (f.engineMs / 1000);
    const ml = f.mib / (f.markdownlintMs / 1000);
    const floor = f.mib / (f.regexMs / 1000);
    const ratio = f.markdownlintMs / f.engineMs;
    return [
      f.name,
      fmt(f.mib, 2),
      String(f.paragraphs),
      String(f.findings),
      fmt(f.engineMs),
      fmt(ours),
      verdict(ours >= TARGET_MBPS),
      fmt(f.markdownlintMs),
      fmt(ml),
      fmt(ratio, 2) + "×",
      verdict(ratio >= TARGET_RATIO),
      fmt(f.regexMs),
      fmt(floor),
    ];
  });
  console.log(
    formatTable(
      ["input", "MB", "paras", "findings", "ours ms", "ours MB/s", `≥${TARGET_MBPS}`, "mdlint ms", "mdlint MB/s", "ours/mdlint", `≥${TARGET_RATIO}×`, "regex ms", "regex MB/s"],
      rows,
    ),
  );
  console.log("\nmdlint = markdownlint 0.38, default rules, same text; regex = one /[\\p{L}\\p{N}]+/gu pass (the floor).");
  console.log("Median of 7 runs (< 200 KB) or 3 (< 2 MB) after a warm-up run; larger inputs: one run, after the smaller ones warmed the code.");
  const worstSpeed = Math.min(...figures.map((f) => f.mib / (f.engineMs / 1000)));
  const worstRatio = Math.min(...figures.map((f) => f.markdownlintMs / f.engineMs));
  summary.push({ target: `throughput ≥ ${TARGET_MBPS} MB/s (every input)`, figure: `${fmt(worstSpeed)} MB/s (slowest input)`, ok: worstSpeed >= TARGET_MBPS });
  summary.push({ target: `≥ ${TARGET_RATIO}× markdownlint (every input)`, figure: `${fmt(worstRatio, 2)}× (lowest)`, ok: worstRatio >= TARGET_RATIO });
}

function scalingSection(one: EngineFigures, ten: EngineFigures): void {
  section("Scaling");
  const scaling = ten.engineMs / one.engineMs;
  const mlScaling = ten.markdownlintMs / one.markdownlintMs;
  console.log(
    formatTable(
      ["", "1 MB ms", "10 MB ms", "time(10 MB)/time(1 MB)", `target ≤${TARGET_SCALING}×`],
      [
        ["ours", fmt(one.engineMs), fmt(ten.engineMs), fmt(scaling, 2) + "×", verdict(scaling <= TARGET_SCALING)],
        ["markdownlint", fmt(one.markdownlintMs), fmt(ten.markdownlintMs), fmt(mlScaling, 2) + "×", ""],
      ],
    ),
  );
  summary.push({ target: `scaling ≤ ${TARGET_SCALING}× for 10× text`, figure: `${fmt(scaling, 2)}×`, ok: scaling <= TARGET_SCALING });
}

function stagesSection(input: BenchInput): void {
  section(`Where the time goes — one check of ${input.name} (like textlint's TIMING)`);
  const costs = stageCosts(input);
  const total = costs.reduce((s, c) => s + c.ms, 0);
  const top = costs.slice(0, 12);
  console.log(
    formatTable(
      ["stage", "ms", "share"],
      top.map((c) => [c.stage, fmt(c.ms), fmt((100 * c.ms) / total) + "%"]),
    ),
  );
  const rules = costs.filter((c) => c.stage.startsWith("rule: ")).length;
  console.log(`\n${rules} rules ran; ${Math.max(0, costs.length - top.length)} more stages below the top ${top.length}; total ${fmt(total)} ms.`);
}

async function wordSection(input: BenchInput): Promise<void> {
  section(`Word round trips (context.sync calls) on the fake host — ${input.name}`);
  let rows: Awaited<ReturnType<typeof measureRoundTrips>>;
  try {
    rows = await measureRoundTrips(input.snapshot);
  } catch (error) {
    rows = `not measured: the gateway failed on the fake host (${(error as Error).message.split("\n")[0]})`;
  }
  if (typeof rows === "string") {
    console.log(rows);
    summary.push({ target: "constant syncs per batch; ≤ 2 ranges returned by searches per edit", figure: rows, ok: null });
    return;
  }
  console.log(
    formatTable(
      ["operation", "syncs", "naive syncs", "target", "ok"],
      rows.map((r) => [r.operation, String(r.syncs ?? "—"), String(r.naive ?? "—"), r.target, r.ok === null ? "—" : verdict(r.ok)]),
    ),
  );
  console.log("");
  for (const r of rows) console.log(`- ${r.operation}: ${r.note}`);
  for (const r of rows) summary.push({ target: `${r.operation}: ${r.target}`, figure: `${r.syncs} syncs`, ok: r.ok });
}

async function taskPaneSection(largestSeed: string): Promise<void> {
  section("Task pane — production bundle and time to first findings");
  const problem = ensureBuild(ROOT);
  if (problem) {
    console.log(`bundle size: ${problem}`);
    console.log(`first findings: ${problem}`);
    summary.push({ target: `first findings ≤ ${TARGET_FIRST_FINDINGS_MS} ms`, figure: problem, ok: null });
    return;
  }
  const dist = join(ROOT, "dist");
  const rows: string[][] = [];
  for (const page of ["taskpane.html", "playground.html"]) {
    try {
      const size = bundleSize(dist, page);
      rows.push([page, String(size.files.length), fmt(size.raw / 1024), fmt(size.gzip / 1024)]);
    } catch (error) {
      rows.push([page, "—", `not measured: ${(error as Error).message}`, ""]);
    }
  }
  console.log(formatTable(["page", "files", "raw KiB", "gzip KiB"], rows));
  let first: number | string;
  try {
    first = await timeToFirstFindings(dist, largestSeed);
  } catch (error) {
    first = `not measured: ${(error as Error).message.split("\n")[0]}`;
  }
  if (typeof first === "string") {
    console.log(`\nfirst findings in the playground: ${first}`);
    summary.push({ target: `first findings ≤ ${TARGET_FIRST_FINDINGS_MS} ms`, figure: first, ok: null });
  } else {
    console.log(`\nfirst findings in the playground (largest seed): ${fmt(first, 0)} ms (target ≤ ${TARGET_FIRST_FINDINGS_MS} ms: ${verdict(first <= TARGET_FIRST_FINDINGS_MS)})`);
    summary.push({ target: `first findings ≤ ${TARGET_FIRST_FINDINGS_MS} ms`, figure: `${fmt(first, 0)} ms`, ok: first <= TARGET_FIRST_FINDINGS_MS });
  }
}

async function main(): Promise<void> {
  const seedsDir = join(ROOT, "seeds");
  const seeds = await loadSeeds(seedsDir);
  if (seeds.length === 0) throw new Error("no seeds/*.txt to benchmark");
  console.log(`Soạn Chuẩn benchmark — Node ${process.version}, ${seeds.length} seeds`);
  const synthetic = [await synthesize(seeds, 1), await synthesize(seeds, 5), await synthesize(seeds, 10)];
  const figures = [...seeds, ...synthetic].map(measureEngine);
  engineSection(figures);
  scalingSection(figures[seeds.length]!, figures[seeds.length + 2]!);
  stagesSection(synthetic[2]!);
  await wordSection(synthetic[0]!);
  const largest = [...seeds].sort((a, b) => b.bytes - a.bytes)[0]!;
  await taskPaneSection(join(seedsDir, largest.name));

  section("Targets");
  console.log(formatTable(["target", "figure", "ok"], summary.map((s) => [s.target, s.figure, s.ok === null ? "not measured" : verdict(s.ok)])));
}

main().then(
  // A browser or server left behind by a failed measurement must not keep the bench alive.
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
