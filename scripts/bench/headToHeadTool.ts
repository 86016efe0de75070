/**
 * One side of the head-to-head (see headToHead.ts), in a process of its own: builds the synthetic
 * report, warms its tool up, then times one run each time the parent asks.
 *   argv: ours|markdownlint <seeds dir> <megabytes> <warm-up runs>
 */
import { checkDocument } from "../../src/engine/check";
import { loadSeeds, synthesize } from "./corpus";
import { lintMarkdown } from "./engine";
import { cpuNow } from "./timing";

export type HeadToHeadTool = "ours" | "markdownlint";

/** What the tool's process sends: once when warm, then one timing per request. */
export type ToolMessage = { ready: true } | { ms: number; cpuMs: number };

const [tool, seedsDir, megabytes, warmups] = process.argv.slice(2);
const input = await synthesize(await loadSeeds(seedsDir!), Number(megabytes));
const run = tool === "ours" ? () => checkDocument(input.snapshot) : () => lintMarkdown(input.name, input.text);
for (let k = 0; k < Number(warmups); k += 1) run();

const send = (message: ToolMessage) => process.send!(message);
process.on("message", (request) => {
  if (request !== "run") return process.exit(0);
  const [wall, cpu] = [performance.now(), cpuNow()];
  run();
  send({ ms: performance.now() - wall, cpuMs: cpuNow() - cpu });
});
send({ ready: true });
