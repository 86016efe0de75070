import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { CitationRegistry } from "../../src/citations/registry";
import expected from "./fixtures/seed-citations.json";

const SEED_000 = "seeds/000_e6240ef1ee1503f8.txt";
const SEED_001 = "seeds/001_87ee4238b5bec2d9.txt";

function check(path: string, registry?: CitationRegistry) {
  return checkDocument(readText(readFileSync(path), path), { resources: { registry } });
}

function counts(rows: readonly (readonly [number, string])[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [p, s] of rows) m.set(`${p}:${s}`, (m.get(`${p}:${s}`) ?? 0) + 1);
  return m;
}

describe("citations on the sample reports", () => {
  for (const path of [SEED_000, SEED_001] as const) {
    it(`finds every numbered citation read by hand in ${path}`, () => {
      const result = check(path);
      const found = counts(result.citations.filter((c) => c.symbol).map((c) => [c.paragraph, c.symbol!] as const));
      const wanted = counts((expected as unknown as Record<string, [number, string][]>)[path]);
      const missing = [...wanted].filter(([key, n]) => (found.get(key) ?? 0) < n).map(([key]) => key);
      expect(missing).toEqual([]);
    });
  }

  it("reports the §8 defects of seed 000", () => {
    const findings = check(SEED_000).findings;
    const has = (ruleId: string, text: string) => findings.some((f) => f.ruleId === ruleId && f.text === text);
    expect(has("citation/symbol-system", "01/NQ-TU")).toBe(true);
    expect(has("citation/symbol-spacing", "05 - KL/TU")).toBe(true);
    expect(has("citation/symbol-spacing", "128/NQ - HĐND")).toBe(true);
    expect(has("citation/missing-so", "Nghị quyết 33-NQ/TW")).toBe(true);
    expect(has("citation/missing-so", "Quy định 101-QĐ/TW")).toBe(true);
    expect(findings.some((f) => f.ruleId === "citation/first-mention-incomplete" && f.text.startsWith("Chỉ thị số 05-CT/TW"))).toBe(true);
  });

  it("reports the §8 defects of seed 001 (type code typo, spaces, abbreviated issuer)", () => {
    const findings = check(SEED_001).findings;
    const has = (ruleId: string, text: string) => findings.some((f) => f.ruleId === ruleId && f.text === text);
    expect(has("citation/type-code", "Kết luận số 66-LK/TW")).toBe(true);
    expect(has("citation/type-code", "Quyết định số 687-KH/TU")).toBe(true);
    expect(has("citation/symbol-spacing", "25- NQ/TW")).toBe(true);
    expect(has("citation/issuer-abbreviation", "BTV")).toBe(true);
    expect(has("citation/inconsistent-mention", "08/4/2017")).toBe(true);
  });

  it("reports the date conflict of 82-KH/TU when 000 and 001 are checked together", () => {
    const registry = CitationRegistry.withBundled();
    check(SEED_000, registry);
    const conflicts = check(SEED_001, registry).findings.filter((f) => f.ruleId === "citation/registry-conflict");
    const conflict = conflicts.find((f) => f.message.vi.startsWith("82-KH/TU"));
    expect(conflict?.text).toBe("18/12/2018");
    expect(conflict?.message.vi).toContain("11/12/2018");
    expect(conflict?.message.vi).toContain(SEED_000);
  });

  it("reports no cross-file conflict when each seed is checked alone", () => {
    expect(check(SEED_001).findings.filter((f) => f.ruleId === "citation/registry-conflict" && f.message.vi.startsWith("82-KH/TU"))).toEqual([]);
  });

  it("lists cited documents grouped central, provincial, local, State with mention counts", () => {
    const docs = check(SEED_001).documents;
    const row = (symbol: string) => docs.find((d) => d.symbol === symbol);
    expect(row("05-CT/TW")).toMatchObject({ group: "central", mentions: 10 });
    expect(row("82-KH/TU")?.group).toBe("local");
    expect(row("26-KH/TU")?.group).toBe("provincial");
    expect(row("06/2013/NQ-HĐND")?.group).toBe("state");
    const groups = docs.map((d) => d.group);
    expect(groups.indexOf("central")).toBeLessThan(groups.indexOf("provincial"));
    expect(groups.indexOf("provincial")).toBeLessThan(groups.indexOf("local"));
  });
});
