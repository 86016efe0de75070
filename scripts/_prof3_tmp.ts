import { performance } from "node:perf_hooks";
const mk = (n: number) => { const parts: string[] = []; let l = 0; for (let i = 1; l < n; i++) { const x = `[${i}: a] `; parts.push(x); l += x.length; } return parts.join(""); };
const RE = /\[(\d+):([^\]]*)\]?/g;
for (const n of [10_000, 100_000, 1_000_000, 10_000, 100_000]) {
  const s = mk(n);
  for (const variant of ["exec-only", "with-push", "with-objects"]) {
    const t = performance.now(); RE.lastIndex = 0; const a: number[] = []; const o: object[] = [];
    for (let m = RE.exec(s); m; m = RE.exec(s)) {
      if (variant !== "exec-only") a.push(m.index, m.index + 1, m.index + 2, m.index + 3);
      if (variant === "with-objects") o.push({ id: m[1], start: m.index, end: m.index + m[0].length });
    }
    console.log(n, variant, (performance.now() - t).toFixed(1));
  }
}
