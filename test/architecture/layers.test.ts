import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cruise, type ICruiseResult } from "dependency-cruiser";

const require = createRequire(import.meta.url);
const config = require("../../.dependency-cruiser.cjs") as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(paths: string[], baseDir?: string): Promise<string[]> {
  const { output } = await cruise(paths, {
    ...config.options,
    ...(baseDir ? { baseDir, tsConfig: undefined } : {}),
    validate: true,
    ruleSet: { forbidden: config.forbidden },
  } as never);
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(" → ")})` : ""}`);
}

describe("layering", () => {
  it("src/ and addin/ have no import cycle, no upward import, and src/ never imports addin/", async () => {
    expect(await violations(["src", "addin"])).toEqual([]);
  }, 120_000);

  it("the rules catch an upward import, an import of the add-in and a cycle", async () => {
    const root = mkdtempSync(join(tmpdir(), "layers-"));
    const file = (path: string, text: string) => {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    file("src/core/types.ts", 'import { check } from "../engine/check";\nexport const core = check;\n');
    file("src/engine/check.ts", 'import { pane } from "../../addin/pane";\nexport const check = pane;\n');
    file("addin/pane.ts", 'import { a } from "./a";\nexport const pane = a;\n');
    file("addin/a.ts", 'import { pane } from "./pane";\nexport const a = () => pane;\n');
    const found = await violations(["src", "addin"], root);
    expect(found.some((v) => v.startsWith("layer-core: src/core/types.ts → src/engine/check.ts"))).toBe(true);
    expect(found.some((v) => v.startsWith("engine-without-addin: src/engine/check.ts → addin/pane.ts"))).toBe(true);
    expect(found.some((v) => v.startsWith("no-circular: addin/"))).toBe(true);
  }, 120_000);
});
