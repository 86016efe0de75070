import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isFresh } from "../build-cli.mjs";
import { median } from "./timing";

const RUNS = 7;

/** Milliseconds from spawning `node …argv` to the first byte on its standard output. */
function timeToFirstOutput(argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
    let first: number | undefined;
    child.stdout.once("data", () => (first = performance.now() - began));
    child.stdout.resume();
    child.on("error", reject);
    child.on("close", () => (first === undefined ? reject(new Error(`no output from soanchuan ${argv.join(" ")}`)) : resolve(first)));
  });
}

/**
 * CPU time (user + system) of one `node …argv` run, from the shell's `times` (children's line):
 * on a loaded machine the wall clock also counts the neighbours. 10 ms resolution.
 */
function childCpuMs(argv: readonly string[]): number {
  const { stdout } = spawnSync("sh", ["-c", '"$0" "$@" >/dev/null; times', process.execPath, ...argv], { encoding: "utf8" });
  const children = stdout.trim().split("\n")[1] ?? "";
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (seconds.length !== 2) throw new Error(`unexpected output of sh times: ${stdout}`);
  return 1000 * (seconds[0]! + seconds[1]!);
}

export interface StartupFigures {
  medianMs: number;
  minMs: number;
  /** The same for a Node process that prints `{}` and exits: the part no CLI can save. */
  nodeMedianMs: number;
  /** Median CPU time of the CLI run, and of Node alone. */
  cpuMs: number;
  nodeCpuMs: number;
  /** How the bin ran: the compiled bundle, or a rebuild/the TypeScript loader. */
  compiled: boolean;
}

/**
 * CLI start-up as a user pays it: a fresh process checking a one-line file, to the first JSON
 * byte. One warm-up run first (it also rebuilds dist-cli/ when a source changed), then the
 * median of 7.
 */
export async function cliStartup(root: string): Promise<StartupFigures> {
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    const file = join(dir, "one-line.txt");
    writeFileSync(file, "Báo cáo kết quả thực hiện nhiệm vụ năm 2024.\n");
    const cli = [join(root, "bin", "soanchuan.mjs"), "check", file, "--json"];
    const node = ["-e", "process.stdout.write('{}')"];
    await timeToFirstOutput(cli);
    const times: number[] = [];
    const nodeTimes: number[] = [];
    // Interleaved, so a burst of load on the machine hits both alike.
    for (let i = 0; i < RUNS; i++) {
      times.push(await timeToFirstOutput(cli));
      nodeTimes.push(await timeToFirstOutput(node));
    }
    const cpu = Array.from({ length: RUNS }, () => childCpuMs(cli));
    const nodeCpu = Array.from({ length: RUNS }, () => childCpuMs(node));
    return {
      medianMs: median(times),
      minMs: Math.min(...times),
      nodeMedianMs: median(nodeTimes),
      cpuMs: median(cpu),
      nodeCpuMs: median(nodeCpu),
      compiled: isFresh(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
