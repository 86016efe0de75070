/**
 * Least wall times for the linearity tests (`*.timing.test.ts`, run by vitest's "timing" project
 * after every other test file, one file at a time) and for test/indicators/linearRunner.ts, which
 * runs outside vitest. Free of vitest imports for that reason.
 *
 * A cost is the least wall time of several runs, each started after a full collection (the
 * workers run with --expose-gc): garbage left by building the input bills no one, and a pause
 * caused by something else on the machine does not count. Wall time rather than CPU time,
 * because CPU time also bills V8's parallel collector threads, whose share grows with the heap
 * and not with the work.
 *
 * The inputs compared are measured in alternation, round by round: on a shared machine a spell
 * of slowness lasts seconds (the same megabyte run measured 174 ms in one process and 264 ms in
 * another), and measured one size after the other it would fall on one size only and bend the
 * ratio that the test reads; alternating spreads it over every size.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Rounds, each giving every input at least one run: on this kind of machine a run that meets
 * freshly mapped memory (the collector before it may have given pages back) pays tens of
 * microseconds a page, 50–200 % of a 1 MB run; the least of five is clear of it far more often
 * than the least of three.
 */
const ROUNDS = 5;

/**
 * Runs per round of an input too short to fill its share of `fillMs`: a hundred in all give a
 * steady least time, and more would only repeat the untimed preparation (thousands of times for
 * a run of 0.1 ms, half a minute of a CI run).
 */
const MAX_RUNS_PER_ROUND = 20;

/** Something timed: `run` on a fresh input from `prepare` (not timed) each time. */
export interface Workload<T = undefined> {
  prepare?: () => T;
  run: (input: T) => unknown;
}

/** Which workload runs next, given how long each run took: rounds of every workload, a short one repeated to fill its share. */
function* schedule(count: number, fillMs: number): Generator<number, void, number> {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let w = 0; w < count; w += 1) {
      for (let runs = 0, spent = 0; runs === 0 || (spent < fillMs / ROUNDS && runs < MAX_RUNS_PER_ROUND); runs += 1) spent += yield w;
    }
  }
}

type Workloads<T extends unknown[]> = { [K in keyof T]: Workload<T[K]> };

/**
 * The least wall time of each workload, measured in alternation (see above); short ones get more
 * runs, to fill `fillMs` each. A run that returns a promise is timed until it settles.
 */
export async function leastMsEach<T extends unknown[]>(workloads: Workloads<T>, fillMs = 300): Promise<number[]> {
  const all = workloads as readonly Workload<unknown>[];
  const least = all.map(() => Infinity);
  const plan = schedule(all.length, fillMs);
  for (let next = plan.next(); !next.done; ) {
    const { prepare, run } = all[next.value];
    const input = prepare?.();
    collect();
    const began = performance.now();
    const result = run(input);
    // Awaited only when it is a promise: a synchronous run's time ends with it, not a tick later.
    if (result instanceof Promise) await result;
    const ms = performance.now() - began;
    least[next.value] = Math.min(least[next.value], ms);
    next = plan.next(ms);
  }
  return least;
}
