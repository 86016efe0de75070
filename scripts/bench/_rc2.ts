import { loadSeeds } from "./corpus";
import { documentOf } from "./recheck";
import { createContext, ALL_RULES, checkDocument } from "../../src/engine/check";
import { ParagraphTextCache } from "../../src/engine/incremental";
import { runRules, type RuleTiming } from "../../src/lint/runner";
import { applyEdits } from "../../src/lint/fix";
const seeds = await loadSeeds("seeds");
const doc = documentOf(seeds, 2000);
const f = checkDocument(doc).findings.filter((f) => f.suggestions[0]?.edits.length)[40]!;
const fixed = applyEdits(doc, f.suggestions[0]!.edits).snapshot;
for (let k = 0; k < 3; k++) {
  const cache = new ParagraphTextCache();
  createContext(doc, { cache }).ctx.indicators; runRules(ALL_RULES, createContext(doc, { cache }).ctx);
  const costs: [string, number][] = [];
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }; const time = (s: string, fn: () => unknown) => { const t = cpu(); fn(); costs.push([s, cpu() - t]); };
  let c!: ReturnType<typeof createContext>;
  time("context", () => (c = createContext(fixed, { cache })));
  time("outline", () => c.ctx.outline);
  time("citations", () => c.ctx.citations);
  time("documents", () => c.ctx.documents);
  time("indicators", () => c.ctx.indicators);
  const timings: RuleTiming[] = [];
  time("rules", () => runRules(ALL_RULES, c.ctx, { timings }));
  for (const t of timings.sort((a, b) => b.ms - a.ms).slice(0, 8)) costs.push(["  " + t.ruleId, t.ms]);
  console.log(costs.map(([s, ms]) => `${ms.toFixed(0).padStart(5)} ${s}`).join("\n"), "\n");
}
