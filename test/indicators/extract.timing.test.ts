import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { CLASSES } from "./linearRunner";
import { expectLinear } from "../support/linearity";

// Issue 17's classes of one-paragraph input that made extraction quadratic (a blanked copy of the
// paragraph per footnote body, every match compared with all earlier ones, the seeds joined into
// one paragraph), plus the share statements this extractor reads now. 10× the input may cost at
// most 12× the time. Each class is timed in a process of its own, each size after a collection,
// so the ratio measures the algorithm rather than the garbage another class left.
const RUNNER = fileURLToPath(new URL("./linearRunner.ts", import.meta.url));

function times(name: string, sizes: number[]): number[] {
  const out = execFileSync(process.execPath, ["--expose-gc", "--max-semi-space-size=32", "--import", "tsx", RUNNER, name, ...sizes.map(String)], { encoding: "utf8" });
  return out.trim().split(" ").map(Number);
}

describe("indicator extraction is linear in its input", () => {
  for (const name of Object.keys(CLASSES)) {
    it(`${name}: 10 KB → 1 MB`, async () => {
      const [small, medium, large] = await expectLinear(() => times(name, [10_000, 100_000, 1_000_000]), name, 100);
      console.info(`${name}: 10 KB ${small} ms, 100 KB ${medium} ms, 1 MB ${large} ms`);
    }, 120_000);
  }
});
