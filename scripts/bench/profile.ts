/**
 * One full check of a synthetic report, for a CPU profile of the engine:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts [MB] [runs]
 *   node --import tsx scripts/bench/hotspots.ts /tmp/prof/<file>.cpuprofile
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkDocument } from "../../src/engine/check";
import { loadSeeds, synthesize } from "./corpus";

const megabytes = Number(process.argv[2] ?? 5);
const seeds = await loadSeeds(join(fileURLToPath(import.meta.url), "..", "..", "..", "seeds"));
const input = await synthesize(seeds, megabytes);
checkDocument((await synthesize(seeds, 0.2)).snapshot); // warm the code first
// CPU time beside wall time: on a shared machine the wall clock also counts other processes.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let run = 0; run < Number(process.argv[3] ?? 1); run++) {
  const [wall, cpu] = [performance.now(), cpuMs()];
  const findings = checkDocument(input.snapshot).findings.length;
  console.log(`${input.name}: ${findings} findings in ${(performance.now() - wall).toFixed(0)} ms (${(cpuMs() - cpu).toFixed(0)} ms CPU)`);
}
