import { extractIndicators } from "../src/indicators/extract";
import { normalizeParagraph } from "../src/text/normalize";
const mk = (n: number, f: (i: number) => string) => { const parts: string[] = []; let l = 0; for (let i = 1; l < n; i++) { const x = f(i); parts.push(x); l += x.length; } return parts.join("").slice(0, n); };
const n = Number(process.argv[2]);
const p = [normalizeParagraph(mk(n, () => "6 tháng, 1 tỷ, năm 2020, quý I, tăng 1,2%, "))];
for (let r = 0; r < Math.max(1, 2_000_000 / n); r++) extractIndicators(p, []);
