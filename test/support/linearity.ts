import { expect } from "vitest";

/**
 * Asserts that `scale`× the input cost at most 2.5 × `scale` the time. A linear stage measures
 * about `scale`×; the margin absorbs a collection or another test file running on the other core
 * (CI has two). A quadratic stage costs `scale`², 100× for a decade, and still fails.
 */
export function expectLinear(smallMs: number, largeMs: number, label: string, scale = 10): void {
  // Under a few milliseconds a run is timer noise, not a cost.
  const ratio = largeMs / Math.max(smallMs, 5);
  expect(ratio, `${label}: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms (${ratio.toFixed(1)}×)`).toBeLessThanOrEqual(scale * 2.5);
}
