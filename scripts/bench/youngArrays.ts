/**
 * Why the one-paragraph linearity classes grow faster than their input: V8's cost per small
 * object kept in one array, by array length (grown by push, pre-sized, or kept in 1,024-long
 * chunks). Run with the collector exposed so each size starts from a clean heap:
 *   node --expose-gc --import tsx scripts/bench/youngArrays.ts
 */
import { performance } from "node:perf_hooks";

type Kept = { start: number; end: number; raw: string; period: { year: number; startMonth: number; endMonth: number } };

const make = (i: number): Kept => ({ start: i, end: i + 1, raw: `x${i & 7}`, period: { year: 2020, startMonth: 1, endMonth: 12 } });

const strategies: Record<string, (n: number) => unknown> = {
  "push into one array": (n) => {
    const kept: Kept[] = [];
    for (let i = 0; i < n; i += 1) kept.push(make(i));
    return kept;
  },
  "one pre-sized array": (n) => {
    const kept = new Array<Kept>(n);
    for (let i = 0; i < n; i += 1) kept[i] = make(i);
    return kept;
  },
  "chunks of 1,024": (n) => {
    const chunks: Kept[][] = [];
    let chunk: Kept[] = [];
    for (let i = 0; i < n; i += 1) {
      if (chunk.length === 1024) chunks.push((chunk = []));
      chunk.push(make(i));
    }
    return chunks;
  },
};

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) console.warn("run with --expose-gc for comparable figures");
const SIZES = [7_000, 70_000];
console.log(`${"strategy".padEnd(22)}${SIZES.map((n) => `${n.toLocaleString("en")} objects`.padStart(18)).join("")}  growth per object`);
for (const [name, build] of Object.entries(strategies)) {
  const nsPerObject = SIZES.map((n) => {
    let best = Infinity;
    for (let run = 0; run < 20; run += 1) {
      collect?.();
      const start = performance.now();
      build(n);
      best = Math.min(best, performance.now() - start);
    }
    return (best * 1e6) / n;
  });
  const cells = nsPerObject.map((ns) => `${ns.toFixed(0)} ns/object`.padStart(18)).join("");
  console.log(`${name.padEnd(22)}${cells}  ${(nsPerObject[1] / nsPerObject[0]).toFixed(1)}×`);
}
