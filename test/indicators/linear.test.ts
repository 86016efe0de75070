import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { CLASSES } from "./linearRunner";
import { expectLinear } from "../support/linearity";

// Issue 17's classes of one-paragraph input that made extraction quadratic (a blanked copy of the
// paragraph per footnote body, every match compared with all earlier ones), plus the share
// statements this extractor reads now. 10× the input may not cost a quadratic 100×. Each size
// class is timed in a process of its own, each size after a collection, so the ratio measures
// the algorithm rather than the garbage the previous run left.
const RUNNER = fileURLToPath(new URL("./linearRunner.ts", import.meta.url));

function times(name: string, sizes: number[]): number[] {
  const out = execFileSync(process.execPath, ["--expose-gc", "--max-semi-space-size=32", "--import", "tsx", RUNNER, name, ...sizes.map(String)], { encoding: "utf8" });
  return out.trim().split(" ").map(Number);
}

describe("indicator extraction is linear in its input", () => {
  for (const name of Object.keys(CLASSES)) {
    it(`${name}: 400 KB → 4 MB grows linearly (times printed from 40 KB)`, () => {
      const [small, medium, large] = times(name, [40_000, 400_000, 4_000_000]);
      console.log(`${name}: 40 KB ${small} ms, 400 KB ${medium} ms, 4 MB ${large} ms`);
      // Below some 25 KB the cost per byte rises as the work leaves the young heap and the caches,
      // and up to a few hundred KB one run is tens of milliseconds, within the noise of a
      // collection; so the decade asserted is 400 KB → 4 MB, where a quadratic stage costs 100×.
      expectLinear(medium, large, name);
    }, 120_000);
  }
});
