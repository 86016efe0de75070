export interface Timing {
  /** Median wall time. */
  ms: number;
  /** Median CPU time of this process (user + system): what the wall clock shows on an idle machine. */
  cpuMs: number;
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median wall and CPU time of `runs` calls, after one warm-up call (JIT, lazy JSON, caches) when
 * repeating; single runs come after the smaller inputs have warmed the same code.
 */
export function measure(runs: number, fn: () => unknown): Timing {
  if (runs > 1) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [wall, cpu] = [performance.now(), cpuNow()];
    fn();
    walls.push(performance.now() - wall);
    cpus.push(cpuNow() - cpu);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(walls), cpuMs: median(cpus) };
}

/** Fewer repetitions for bigger inputs keeps the whole bench near a minute. */
export function runsFor(bytes: number): number {
  if (bytes < 200_000) return 7;
  if (bytes < 2_000_000) return 3;
  return 1;
}
