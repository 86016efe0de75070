import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/engine/rules";
import { rulesTable, withRulesTable } from "../../scripts/rulesTable";

describe("README rule table", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

  it("is the table generated from the rules' metadata (run `npx tsx scripts/rulesTable.ts` after changing a rule)", () => {
    expect(withRulesTable(readme)).toBe(readme);
  });

  it("has one row per rule, linking its docs page", () => {
    const rows = rulesTable().split("\n").slice(2);
    expect(rows).toHaveLength(RULES.size);
    for (const id of RULES.keys()) expect(rows.some((r) => r.includes(`(docs/rules/${id}.md)`))).toBe(true);
  });
});
