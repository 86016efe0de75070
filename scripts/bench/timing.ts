/**
 * Median wall time of `runs` calls, after one warm-up call (JIT, lazy JSON, caches) when
 * repeating; single runs come after the smaller inputs have warmed the same code.
 */
export function medianMs(runs: number, fn: () => unknown): number {
  if (runs > 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    fn();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Fewer repetitions for bigger inputs keeps the whole bench near a minute. */
export function runsFor(bytes: number): number {
  if (bytes < 200_000) return 7;
  if (bytes < 2_000_000) return 3;
  return 1;
}
