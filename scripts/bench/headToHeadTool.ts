/**
 * One side of the head-to-head (see headToHead.ts), in a process of its own: builds the synthetic
 * report, runs its tool once (compiling it), then times one run each time the parent asks; the
 * parent warms both up with pairs it does not keep.
 *   argv: ours|markdownlint <seeds dir> <megabytes>
 */
import { checkDocument } from "../../src/engine/check";
import { loadSeeds, synthesize } from "./corpus";
import { lintMarkdown } from "./engine";
import { cpuNow } from "./timing";

export type HeadToHeadTool = "ours" | "markdownlint";

/** What the tool's process sends: once when ready, then one timing per request. */
export type ToolMessage = { ready: true } | { ms: number; cpuMs: number };

const [tool, seedsDir, megabytes] = process.argv.slice(2);
const input = await synthesize(await loadSeeds(seedsDir!), Number(megabytes));
const run = tool === "ours" ? () => checkDocument(input.snapshot) : () => lintMarkdown(input.name, input.text);
run();

const send = (message: ToolMessage) => process.send!(message);
process.on("message", (request) => {
  if (request !== "run") return process.exit(0);
  const [wall, cpu] = [performance.now(), cpuNow()];
  run();
  send({ ms: performance.now() - wall, cpuMs: cpuNow() - cpu });
});
send({ ready: true });
