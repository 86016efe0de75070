import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/document/read";
import type { checkDocument as CheckDocument } from "../../src/engine/check";

/**
 * tsx, which runs the CLI in development and the benchmark, compiles with esbuild's keepNames:
 * every arrow or function expression bound to a name gets `__name(fn, "name")`, an
 * Object.defineProperty of about 350 ns that gives the function its own property dictionary.
 * Made per paragraph or per occurrence, such closures cost a 5 MB report ~15 ms and ~10 MB of
 * garbage. The engine makes them per check or per finding, never per paragraph or occurrence:
 * this counts the names given during a check of a report and of the same report ten times over.
 */
const ROOT = resolve(__dirname, "../..");
const SEEDS_DIR = join(ROOT, "seeds");
const HELPER = /var __name = \(target, value\) => __defProp\(target, "name", \{ value, configurable: true \}\);/;

interface Counted<T> {
  module: T;
  names: () => number;
}

/** The module compiled as tsx compiles it, its names counted in `globalThis.__namesGiven`. */
async function countingNames<T>(entry: { entryPoints: string[] } | { stdin: { contents: string; resolveDir: string; loader: "ts" } }): Promise<Counted<T>> {
  const out = await build({
    ...entry,
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node}`,
    keepNames: true,
    packages: "external",
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  expect(code).toMatch(HELPER);
  const counted = code.replace(HELPER, 'var __name = (target, value) => (globalThis.__namesGiven += 1, __defProp(target, "name", { value, configurable: true }));');
  // Beside the packages it imports, so that they resolve.
  const dir = join(ROOT, "node_modules", ".cache", "soanchuan-tests");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `named-closures-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, counted);
  const g = globalThis as { __namesGiven?: number };
  g.__namesGiven ??= 0;
  try {
    return { module: (await import(pathToFileURL(file).href)) as T, names: () => g.__namesGiven! };
  } finally {
    rmSync(file);
  }
}

type Engine = Counted<{ checkDocument: typeof CheckDocument }>;

async function namesPerCheck(engine: Engine, text: string): Promise<number> {
  const snapshot = await readDocument("report.txt", new TextEncoder().encode(text));
  engine.module.checkDocument(snapshot);
  const before = engine.names();
  engine.module.checkDocument(snapshot);
  return engine.names() - before;
}

describe("named closures during a check", () => {
  it("do not grow with the text: a report ten times over names at most twice as many", async () => {
    const engine: Engine = await countingNames({ entryPoints: [join(ROOT, "src/engine/check.ts")] });
    const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort();
    for (const seed of seeds) {
      const text = readFileSync(join(SEEDS_DIR, seed), "utf8");
      const once = await namesPerCheck(engine, text);
      const tenTimes = await namesPerCheck(engine, Array(10).fill(text).join("\n"));
      expect({ seed, tenTimes }).toEqual({ seed, tenTimes: expect.toSatisfy((n: number) => n <= 2 * Math.max(once, 10)) });
    }
  }, 120_000);

  it("counts a closure made per paragraph", async () => {
    const source = "export function visit(lines: string[]): number { let n = 0; for (const line of lines) { const size = () => line.length; n += size(); } return n; }";
    const counted = await countingNames<{ visit: (lines: string[]) => number }>({ stdin: { contents: source, resolveDir: ROOT, loader: "ts" } });
    const before = counted.names();
    counted.module.visit(["a", "bb", "ccc"]);
    expect(counted.names() - before).toBe(3);
  });
});
