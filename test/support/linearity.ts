/** What the linearity tests assert of the figures measured by test/support/leastTime.ts. */
import { expect } from "vitest";

/** Issue 17 asks that 10× the input cost at most 12× the time; every linearity test asserts it. */
export const ASKED_GROWTH_PER_DECADE = 12;

/**
 * Measurements of one class before its figure is final: a figure over 12× is measured again,
 * keeping each size's least figure over all the rounds (test/support/leastTime.ts). A spell of
 * slowness on this shared machine can fall on a megabyte run and not on a 10 KB one, in the
 * processor's caches; more rounds see past it, while a stage that grows faster than its input
 * stays over whatever the rounds (a quadratic one reads 100× per decade).
 */
const MAX_MEASUREMENTS = 4;

/** Growth per decade of input from the first to the last of `times` (least times of sizes `scale`× apart). */
function growthPerDecade(times: readonly number[], scale: number): { ratio: number; perDecade: number } {
  // Under 0.1 ms a run is timer noise, not a cost.
  const ratio = times.at(-1)! / Math.max(times[0], 0.1);
  return { ratio, perDecade: ratio ** (1 / Math.log10(scale)) };
}

/**
 * Asserts that the last of the sizes `measure` times costs at most 12× per decade of input more
 * than the first (`scale`× smaller; 144× for 100×), measuring again while it is over (see
 * MAX_MEASUREMENTS), and prints the figures with the verdict. Over two decades (10 KB → 1 MB)
 * one step in cost per byte, where the working set leaves the processor's caches or the young
 * heap, is averaged with a decade without it. Returns the least figures.
 */
export async function expectLinear(measure: () => Promise<number[]> | number[], label: string, scale = 10): Promise<number[]> {
  let times = await measure();
  let measurements = 1;
  for (; measurements < MAX_MEASUREMENTS && growthPerDecade(times, scale).perDecade > ASKED_GROWTH_PER_DECADE; measurements += 1) {
    const again = await measure();
    times = times.map((ms, k) => Math.min(ms, again[k]));
  }
  const { ratio, perDecade } = growthPerDecade(times, scale);
  const small = times[0];
  const large = times.at(-1)!;
  const verdict = perDecade <= ASKED_GROWTH_PER_DECADE ? "within" : "OVER";
  const figures = `${label}: ${small.toFixed(2)} ms → ${large.toFixed(1)} ms (${ratio.toFixed(1)}× for ${scale}×, ${perDecade.toFixed(1)}× per decade, ${verdict} the ${ASKED_GROWTH_PER_DECADE}× asked; ${measurements} measurement${measurements > 1 ? "s" : ""})`;
  console.info(`linearity ${figures}`);
  expect(perDecade, figures).toBeLessThanOrEqual(ASKED_GROWTH_PER_DECADE);
  return times;
}

/** Asserts that one cost is below another measured on the same machine, e.g. a refusal below reading a tenth of the input. */
export function expectCheaper(ms: number, thanMs: number, label: string): void {
  const figures = `${label}: ${ms.toFixed(1)} ms vs ${thanMs.toFixed(1)} ms`;
  console.info(`cost ${figures}`);
  expect(ms, figures).toBeLessThan(thanMs);
}
