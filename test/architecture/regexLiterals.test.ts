import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * For a Node target (what tsx and other dev loaders compile to), esbuild writes a regex literal
 * with `\p{…}` as `new RegExp("…")`. At module level that runs once; inside a function it builds
 * the regex again on every call (about 100–300 ns each, on paths run per token or paragraph).
 * The engine keeps such patterns in module constants; this holds it to that.
 */
const NODE_TARGET = `node${process.versions.node}`;

/** Lines of the compiled module that build a regex below module level (the output is indented by nesting). */
function nestedRegexBuilds(source: string, target: string): string[] {
  const { code } = transformSync(source, { loader: "ts", target });
  return code.split("\n").filter((line) => /^\s+\S.*\bnew RegExp\(/u.test(line));
}

/** Regexes a Node target builds in function bodies that the source wrote as literals. */
function rewrittenInFunctions(source: string): string[] {
  const written = nestedRegexBuilds(source, "es2022").length;
  const compiled = nestedRegexBuilds(source, NODE_TARGET);
  return compiled.length > written ? compiled.map((line) => line.trim()) : [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("regex literals in the engine", () => {
  it("no function of src/ has a regex literal a Node target rebuilds on every call", () => {
    const offenders = sourceFiles("src").flatMap((file) => rewrittenInFunctions(readFileSync(file, "utf8")).map((line) => `${file}: ${line}`));
    expect(offenders).toEqual([]);
  });

  it("tells a rebuilt literal from a module constant and from a pattern built from data", () => {
    expect(rewrittenInFunctions("export function f(s: string) { return /\\p{Lu}/u.test(s); }")).not.toEqual([]);
    expect(rewrittenInFunctions("const CAPITAL = /\\p{Lu}/u;\nexport function f(s: string) { return CAPITAL.test(s); }")).toEqual([]);
    expect(rewrittenInFunctions("export function f(s: string, w: string) { return new RegExp(w, 'u').test(s); }")).toEqual([]);
  });
});
