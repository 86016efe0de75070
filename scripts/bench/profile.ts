/**
 * One full check of a synthetic report, for a CPU profile of the engine:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts [MB] [runs]
 *   node --import tsx scripts/bench/hotspots.ts /tmp/prof/<file>.cpuprofile
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkDocument } from "../../src/engine/check";
import { loadSeeds, synthesize } from "./corpus";
import { cpuNow } from "./timing";

const megabytes = Number(process.argv[2] ?? 5);
const seeds = await loadSeeds(join(fileURLToPath(import.meta.url), "..", "..", "..", "seeds"));
const input = await synthesize(seeds, megabytes);
checkDocument((await synthesize(seeds, 0.2)).snapshot); // warm the code first
for (let run = 0; run < Number(process.argv[3] ?? 1); run++) {
  const [wall, cpu] = [performance.now(), cpuNow()];
  const findings = checkDocument(input.snapshot).findings.length;
  console.log(`${input.name}: ${findings} findings in ${(performance.now() - wall).toFixed(0)} ms (${(cpuNow() - cpu).toFixed(0)} ms CPU)`);
}
