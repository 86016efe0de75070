/**
 * Least wall times for the linearity tests (`*.timing.test.ts`, run by vitest's "timing" project
 * after every other test file, one file at a time) and for test/indicators/linearRunner.ts, which
 * runs outside vitest. Free of vitest imports for that reason.
 *
 * A cost is the least, over several rounds, of a round's median wall time per run, each run
 * started after a full collection (the workers run with --expose-gc): garbage left by building
 * the input bills no one, and a pause caused by something else on the machine falls in one round
 * only. Wall time rather than CPU time, because CPU time also bills V8's parallel collector
 * threads, whose share grows with the heap and not with the work.
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
 * steady figure, and more would only repeat the untimed preparation (thousands of times for
 * a run of 0.1 ms, half a minute of a CI run).
 */
const MAX_RUNS_PER_ROUND = 20;

/** Something timed: `run` on a fresh input from `prepare` (not timed) each time. */
export interface Workload<T = undefined> {
  prepare?: () => T;
  run: (input: T) => unknown;
}

type Workloads<T extends unknown[]> = { [K in keyof T]: Workload<T[K]> };

/** Wall time of one run after a collection; a run that returns a promise is timed until it settles. */
async function timeOnce({ prepare, run }: Workload<unknown>): Promise<number> {
  const input = prepare?.();
  collect();
  const began = performance.now();
  const result = run(input);
  // Awaited only when it is a promise: a synchronous run's time ends with it, not a tick later.
  if (result instanceof Promise) await result;
  return performance.now() - began;
}

/** The middle of `times` (the lower middle of an even count). */
function median(times: number[]): number {
  return times.sort((a, b) => a - b)[(times.length - 1) >> 1];
}

/**
 * The cost of each workload, measured in alternation (see above): the least over the rounds of
 * a round's median run. A short workload gets more runs in a round, to fill its share of
 * `fillMs`; their median, not their least, is its figure for the round, so that it is read like a
 * long workload's one run: the least of a hundred short runs is a luckier draw than the least of
 * five long ones, and the ratio of the two would read that luck as growth.
 */
export async function leastMsEach<T extends unknown[]>(workloads: Workloads<T>, fillMs = 300): Promise<number[]> {
  const all = workloads as readonly Workload<unknown>[];
  const least = all.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [w, workload] of all.entries()) {
      const times: number[] = [];
      let spent = 0;
      do {
        times.push(await timeOnce(workload));
        spent += times.at(-1)!;
      } while (spent < fillMs / ROUNDS && times.length < MAX_RUNS_PER_ROUND);
      least[w] = Math.min(least[w], median(times));
    }
  }
  return least;
}
