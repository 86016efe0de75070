import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { extractIndicators } from "../src/indicators/extract";
import { normalizeParagraph } from "../src/text/normalize";
const seeds = ["000_e6240ef1ee1503f8", "001_87ee4238b5bec2d9", "004_eaaba1bef0b0e863"].map((s) => readFileSync(`seeds/${s}.txt`, "utf8").replace(/\r?\n/gu, " ")).join(" ");
const mk = (n: number, f: (i: number) => string) => { const parts: string[] = []; let l = 0; for (let i = 1; l < n; i++) { const x = f(i); parts.push(x); l += x.length; } return parts.join("").slice(0, n); };
const kinds: Record<string, (i: number) => string> = { fn: (i) => `[${i}: a] `, seed: () => seeds, rep: () => "6 tháng, 1 tỷ, năm 2020, quý I, tăng 1,2%, " };
const f = kinds[process.argv[2]];
for (const n of [250_000, 500_000, 1_000_000, 2_000_000]) {
  const p = [normalizeParagraph(mk(n, f))];
  let ex = Infinity;
  for (let r = 0; r < 3; r++) { const t = performance.now(); extractIndicators(p, []); ex = Math.min(ex, performance.now() - t); }
  console.log(process.argv[2], n, ex.toFixed(0));
}
