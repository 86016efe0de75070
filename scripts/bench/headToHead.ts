/**
 * Our check and markdownlint on the same synthetic report, each in a process of its own, run in
 * alternation.
 *
 * Alternation: a spell of slowness on a shared machine lasts seconds, and then falls on both
 * tools of a pair rather than on the median of one of them; which tool goes first alternates.
 *
 * A process each: in one process, a check run right after markdownlint's 4–5 s run was about a
 * third slower than one run right after another check (markdownlint leaves the collector a heap
 * of several hundred megabytes), so the ratio measured that heap as much as either tool.
 *
 * Both tools are warmed up alike, by pairs run the same way and not kept.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { HeadToHeadTool, ToolMessage } from "./headToHeadTool";

export interface HeadToHeadPair {
  engineMs: number;
  markdownlintMs: number;
  engineCpuMs: number;
  markdownlintCpuMs: number;
}

const TOOL_SCRIPT = fileURLToPath(new URL("./headToHeadTool.ts", import.meta.url));

/** A tool's process, once ready: `run` times one run of it. */
interface ToolProcess {
  run(): Promise<{ ms: number; cpuMs: number }>;
  stop(): void;
}

function startTool(tool: HeadToHeadTool, seedsDir: string, megabytes: number): Promise<ToolProcess> {
  // fork() passes this process's execArgv on: the TypeScript loader the bench runs under.
  const child: ChildProcess = fork(TOOL_SCRIPT, [tool, seedsDir, String(megabytes)]);
  const next = (): Promise<ToolMessage> =>
    new Promise((resolve, reject) => {
      const failed = (code: number | null) => reject(new Error(`the ${tool} process ended (exit code ${code}) before answering`));
      child.once("exit", failed);
      child.once("message", (message) => {
        child.off("exit", failed);
        resolve(message as ToolMessage);
      });
    });
  return next().then(() => ({
    run: async () => {
      const answer = next();
      child.send("run");
      const message = await answer;
      if (!("ms" in message)) throw new Error(`the ${tool} process sent no timing`);
      return message;
    },
    stop: () => void child.kill(),
  }));
}

/**
 * `pairs` timed pairs, after `warmupPairs` pairs run the same way and not kept: each process
 * reaches the state the timed pairs find it in (its code optimised, its heap sized for the
 * input, used to waiting while the other tool runs).
 */
export async function headToHead(seedsDir: string, megabytes: number, pairs: number, warmupPairs: number): Promise<HeadToHeadPair[]> {
  const [ours, theirs] = await Promise.all([startTool("ours", seedsDir, megabytes), startTool("markdownlint", seedsDir, megabytes)]);
  try {
    const out: HeadToHeadPair[] = [];
    for (let k = 0; k < warmupPairs + pairs; k += 1) {
      const first = k % 2 === 0 ? await ours.run() : await theirs.run();
      const second = k % 2 === 0 ? await theirs.run() : await ours.run();
      const [engine, markdownlint] = k % 2 === 0 ? [first, second] : [second, first];
      if (k >= warmupPairs) out.push({ engineMs: engine.ms, markdownlintMs: markdownlint.ms, engineCpuMs: engine.cpuMs, markdownlintCpuMs: markdownlint.cpuMs });
    }
    return out;
  } finally {
    ours.stop();
    theirs.stop();
  }
}
