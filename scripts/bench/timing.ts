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
 * Median wall and CPU time of `runs` calls, after `warmups` calls not kept (JIT, lazy JSON,
 * caches, and the heap growing to the input's size).
 */
export function measure(runs: number, fn: () => unknown, warmups = 1): Timing {
  for (let i = 0; i < warmups; i++) fn();
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

/**
 * Runs not kept before the timed ones. A large input needs several: a process's first checks of
 * a megabyte-sized report run while V8 grows its heap to it (the first check of 5 MB in a fresh
 * process takes two to three times the steady time), and the first after another tool's run
 * collects what that tool left.
 */
export function warmupsFor(bytes: number): number {
  return bytes < 200_000 ? 1 : 3;
}
