import { beforeAll, describe, expect, it } from "vitest";
import type { IndicatorRecord } from "../../src/indicators/types";
import { extractGoldSources, GOLD, score } from "./goldScore";
import { PHRASES } from "../../src/indicators/vocabulary";

describe("extraction against the annotated statements (fixtures/gold.json)", () => {
  let records: Map<string, IndicatorRecord[]>;
  beforeAll(async () => {
    records = await extractGoldSources();
  });

  it("holds at least 100 annotated statements", () => {
    expect(GOLD.statements.length).toBeGreaterThanOrEqual(100);
  });

  it("finds rates and shares with the right value, unit, period and percentage (recall ≥ 0.9)", () => {
    const result = score(records, (g) => g.kind === "rate" || g.kind === "share");
    expect(result.total).toBeGreaterThanOrEqual(30);
    expect(result.found / result.total, JSON.stringify(result.missed.map((m) => m.quote))).toBeGreaterThanOrEqual(0.9);
  });

  it("finds amounts, counts, ranks and changes (recall ≥ 0.85)", () => {
    const result = score(records, (g) => g.kind !== "rate" && g.kind !== "share");
    expect(result.found / result.total, JSON.stringify(result.missed.map((m) => m.quote))).toBeGreaterThanOrEqual(0.85);
  });

  it("never names an indicator with a bare verb", () => {
    const verb = new RegExp(`^(?:(?:${PHRASES.auxiliaries.join("|")})\\s+)*(?:${PHRASES.verbs.join("|")})(?![\\p{L}])`, "iu");
    const verbal = [...records.values()].flat().filter((r) => verb.test(r.name));
    expect(verbal.map((r) => r.name)).toEqual([]);
  });
});
