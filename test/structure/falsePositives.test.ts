import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { structureRules } from "../../src/structure/index";

const STRUCTURE_IDS = new Set(structureRules.map((r) => r.id));

function fixture(name: string) {
  return readText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)), name);
}

describe("clean synthetic reports yield no error, even in final mode", () => {
  it.each([
    ["clean-party.txt", "party-2018", "six-month"],
    ["clean-state.txt", "state", "state-report"],
  ])("%s", (name, profile, kind) => {
    const result = checkDocument(fixture(name), { mode: "final" });
    expect(result.profile).toBe(profile);
    expect(result.kind).toBe(kind);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    // Nothing at all from the structure checker, not even a reminder.
    expect(result.findings.filter((f) => STRUCTURE_IDS.has(f.ruleId))).toEqual([]);
  });
});
