/**
 * Prints the extractor's recall on the annotated statements (test/indicators/fixtures/gold.json)
 * per kind, the statements missed, and what was extracted from each source:
 * `npx tsx scripts/indicator-gold.ts [--show SRC:PARAGRAPH]`.
 */
import { extractGoldSources, score } from "../test/indicators/goldScore";

async function main(): Promise<void> {
  const records = await extractGoldSources();
  const show = process.argv.indexOf("--show");
  if (show > 0) {
    const [src, paragraph] = process.argv[show + 1].split(":");
    for (const r of records.get(src) ?? []) {
      if (r.paragraph === Number(paragraph)) console.log(JSON.stringify({ kind: r.kind, name: r.name, value: r.value, unit: r.unit, period: r.period, plan: r.planPct, share: r.share, change: r.changePct ?? r.changeAmount, rank: r.rank }));
    }
    return;
  }
  for (const [label, keep] of [
    ["rates and shares", (k: string) => k === "rate" || k === "share"],
    ["amounts, counts, ranks, changes", (k: string) => k !== "rate" && k !== "share"],
    ["all", () => true],
  ] as const) {
    const result = score(records, (g) => keep(g.kind));
    console.log(`${label}: ${result.found}/${result.total} = ${(result.found / result.total).toFixed(3)}`);
    for (const m of result.missed) console.log(`   missed ${m.src}:${m.p} ${m.quote}`);
  }
  for (const [src, list] of records) {
    const kinds: Record<string, number> = {};
    for (const r of list) kinds[r.kind ?? "?"] = (kinds[r.kind ?? "?"] ?? 0) + 1;
    console.log(`${src}: ${list.length} statements ${JSON.stringify(kinds)}`);
  }
}

void main();
