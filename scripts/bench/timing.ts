/** The middle value of `xs` (the upper middle of an even count; NaN when empty). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
}

export interface Timing {
  /** Median wall time. */
  ms: number;
  /** Median CPU time of this process (user + system): what the wall clock shows on an idle machine. */
  cpuMs: number;
}

/** CPU time of this process so far (user + system), in ms: on a shared machine the wall clock also counts the neighbours. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median wall and CPU time of `runs` calls, after one warm-up call (JIT, lazy JSON, caches).
 */
export function measure(runs: number, fn: () => unknown): Timing {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [wall, cpu] = [performance.now(), cpuNow()];
    fn();
    walls.push(performance.now() - wall);
    cpus.push(cpuNow() - cpu);
  }
  return { ms: median(walls), cpuMs: median(cpus) };
}

/**
 * Fewer repetitions for bigger inputs keeps the bench within a few minutes; never one run, whose
 * figure is whatever collection or neighbour happened to fall into it.
 */
export function runsFor(bytes: number): number {
  return bytes < 200_000 ? 7 : 3;
}
