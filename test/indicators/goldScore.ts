import { INDICATORS } from "../../src/indicators/analysis";
/** Scores the extractor against the annotated statements in fixtures/gold.json (shared by the test and scripts/indicator-gold.ts). */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDocument } from "../../src/document/read";
import { createContext } from "../../src/engine/check";
import type { IndicatorRecord } from "../../src/indicators/types";

export interface GoldStatement {
  src: string;
  p: number;
  kind: "amount" | "count" | "rate" | "share" | "rank" | "change";
  value?: number;
  unit?: string;
  period?: string;
  pct?: number;
  plan?: number;
  change?: number;
  changeAmount?: number;
  of?: number;
  quote: string;
}

export interface Gold {
  sources: Record<string, string>;
  statements: GoldStatement[];
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const GOLD: Gold = JSON.parse(readFileSync(new URL("./fixtures/gold.json", import.meta.url), "utf8"));

const close = (a: number | null | undefined, b: number): boolean => a !== null && a !== undefined && Math.abs(a - b) < 1e-9;

/** Whether `record` states what the annotation says: every annotated field equal. */
export function matches(record: IndicatorRecord, gold: GoldStatement): boolean {
  if (record.paragraph !== gold.p) return false;
  if (gold.value !== undefined && !close(record.value, gold.value)) return false;
  if (gold.unit !== undefined && record.unit !== gold.unit) return false;
  if (gold.period !== undefined && record.period !== gold.period) return false;
  if (gold.pct !== undefined && !close(record.share?.pct, gold.pct)) return false;
  if (gold.plan !== undefined && !close(record.planPct, gold.plan)) return false;
  if (gold.change !== undefined && !close(record.changePct, gold.change)) return false;
  if (gold.changeAmount !== undefined && !close(record.changeAmount, gold.changeAmount)) return false;
  if (gold.of !== undefined) {
    const share = record.share;
    if (!share || !(close(share.denominator, gold.of) || (share.totals ?? []).some((t) => close(t, gold.of!)))) return false;
  }
  if (gold.kind === "rank" && !record.rank) return false;
  return true;
}

/** The indicators of every gold source that exists on this machine (the corpus lives outside the repository). */
export async function extractGoldSources(): Promise<Map<string, IndicatorRecord[]>> {
  const out = new Map<string, IndicatorRecord[]>();
  for (const [id, path] of Object.entries(GOLD.sources)) {
    const file = REPO + path;
    if (!existsSync(file)) continue;
    const snapshot = await readDocument(path, new Uint8Array(readFileSync(file)));
    out.set(id, [...createContext(snapshot).ctx.get(INDICATORS)]);
  }
  return out;
}

export interface Score {
  found: number;
  total: number;
  missed: GoldStatement[];
}

export function score(records: Map<string, IndicatorRecord[]>, keep: (g: GoldStatement) => boolean): Score {
  const statements = GOLD.statements.filter((g) => records.has(g.src) && keep(g));
  const missed = statements.filter((g) => !records.get(g.src)!.some((r) => matches(r, g)));
  return { found: statements.length - missed.length, total: statements.length, missed };
}
