import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Validator } from "@cfworker/json-schema";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/engine/rules";
import { placeholdersOf, ruleDocsPath, type Rule } from "../../src/lint/rule";

const ROOT = new URL("../../", import.meta.url).pathname;
const RULE_DIRS = ["src/structure/rules", "src/citations/rules", "src/indicators/rules"];

/** Every rule module: its file, the name it exports the rule under, and the rule. */
async function ruleModules(): Promise<{ file: string; exportName: string; rule: Rule }[]> {
  const found: { file: string; exportName: string; rule: Rule }[] = [];
  for (const dir of RULE_DIRS) {
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith(".ts"))) {
      const module = (await import(/* @vite-ignore */ join(ROOT, dir, name))) as Record<string, unknown>;
      for (const [exportName, value] of Object.entries(module)) {
        if (value && typeof value === "object" && "id" in value && "check" in value) found.push({ file: join(dir, name), exportName, rule: value as Rule });
      }
    }
  }
  return found;
}

/** The id's file name: camelCase of the id, without the area prefix its folder already says ("citation/", "indicator/"). */
function fileNameFor(id: string): string {
  const words = id.replace(/^(citation|indicator)\//, "").split(/[/-]/);
  return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join("") + ".ts";
}

function testSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(readFileSync(path, "utf8"));
    }
  };
  walk(join(ROOT, "test"));
  return files;
}

/** The source of a `testRule(name, { … })` block, or null. */
function testRuleBlock(sources: string[], exportName: string): string | null {
  for (const source of sources) {
    const at = source.indexOf(`testRule(${exportName},`);
    if (at < 0) continue;
    let depth = 0;
    for (let i = source.indexOf("{", at); i < source.length; i += 1) {
      if (source[i] === "{") depth += 1;
      else if (source[i] === "}" && --depth === 0) return source.slice(at, i + 1);
    }
  }
  return null;
}

describe("rule meta", async () => {
  const modules = await ruleModules();
  const sources = testSources();

  it("every rule module is registered once, under a unique id, in a file named after it", () => {
    const ids = modules.map((m) => m.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...RULES.keys()].sort()).toEqual([...ids].sort());
    for (const m of modules) expect(basename(m.file), m.rule.id).toBe(fileNameFor(m.rule.id));
  });

  it.each([...RULES.values()].map((r) => [r.id, r] as const))("%s has a docs page, messages in both languages and valid option defaults", (id, rule) => {
    expect(existsSync(join(ROOT, ruleDocsPath(id))), `${ruleDocsPath(id)} is missing`).toBe(true);
    expect(rule.description.vi.trim()).not.toBe("");
    expect(rule.description.en.trim()).not.toBe("");
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const [messageId, template] of Object.entries(rule.messages)) {
      // Values that differ by language come in pairs named …Vi / …En.
      const names = placeholdersOf(template);
      const shared = (list: string[], suffix: string) => list.map((n) => n.replace(new RegExp(`${suffix}(\\d*)$`), "$1"));
      expect(shared(names.vi, "Vi"), `${id}.${messageId}: the two languages use different placeholders`).toEqual(shared(names.en, "En"));
      expect(template.vi.trim() && template.en.trim(), `${id}.${messageId} is empty`).not.toBe("");
    }
    if (rule.options) {
      const result = new Validator(rule.options.schema as object, "2020-12", false).validate(rule.options.defaults);
      expect(result.errors, `${id}: defaults do not fit the schema`).toEqual([]);
    }
  });

  it("every rule has tests, and every rule whose fixes are safe has a case with the fixed output", () => {
    const problems: string[] = [];
    for (const m of modules) {
      const block = testRuleBlock(sources, m.exportName);
      const imported = sources.some((s) => s.includes(`{ ${m.exportName} }`) || new RegExp(`[{,]\\s*${m.exportName}\\s*[,}]`).test(s));
      if (!block && !imported) problems.push(`${m.rule.id}: no test uses ${m.exportName}`);
      if (m.rule.fix === "safe" && !(block && /\boutput:/.test(block))) problems.push(`${m.rule.id}: fix is "safe" but no testRule case shows the fixed output`);
    }
    expect(problems).toEqual([]);
  });
});
