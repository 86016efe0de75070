import { describe, expect, it, onTestFinished } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { makeDocx } from "../robustness/fixtures";
import { buildCli, CLI_BUNDLE, CLI_INPUTS, CLI_OUT_DIR, isFresh } from "../../scripts/build-cli.mjs";

const SEED_004 = "seeds/004_eaaba1bef0b0e863.txt";

/** Inside the repository, so that the packages the bundle leaves external resolve from node_modules. */
function scratchBuildDir(): string {
  mkdirSync(CLI_OUT_DIR, { recursive: true });
  const dir = mkdtempSync(join(CLI_OUT_DIR, "test-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `main` of a compiled bundle in a plain Node process: no TypeScript loader anywhere. */
function runBundle(bundle: string, argv: string[]) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.exitCode = await main(${JSON.stringify(argv)});`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
}

describe("the compiled CLI", () => {
  it("checks .txt and .docx files as plain JavaScript, with the same JSON as the sources", async () => {
    const dir = scratchBuildDir();
    const bundle = await buildCli(dir);
    expect(readFileSync(bundle, "utf8")).not.toMatch(/from "tsx|\.ts"/);
    const docx = join(dir, "short.docx");
    writeFileSync(docx, await makeDocx(["BÁO CÁO", "Kết quả thực hiện Nghị quyết số 12-NQ/TU."]));
    const { main } = await import("../../src/cli/main");
    for (const file of [SEED_004, docx]) {
      const compiled = runBundle(bundle, ["check", file, "--json"]);
      expect(compiled.stderr).toBe("");
      const out: string[] = [];
      await main(["check", file, "--json"], { out: (t) => out.push(t), err: () => {} });
      expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(out[0]!));
    }
  });
});

describe("isFresh", () => {
  it("is true only while every recorded source is older than the build", () => {
    const root = mkdtempSync(join(tmpdir(), "soanchuan-fresh-"));
    const outDir = join(root, "out");
    mkdirSync(outDir);
    const sourceFile = join(root, "a.ts");
    writeFileSync(sourceFile, "export {}");
    writeFileSync(join(outDir, CLI_BUNDLE), "export {}");
    writeFileSync(join(outDir, CLI_INPUTS), JSON.stringify(["../a.ts"]));
    const past = new Date(Date.now() - 60_000);
    utimesSync(sourceFile, past, past);
    expect(isFresh(outDir)).toBe(true);
    const future = new Date(Date.now() + 60_000);
    utimesSync(sourceFile, future, future);
    expect(isFresh(outDir)).toBe(false);
    writeFileSync(join(outDir, CLI_INPUTS), JSON.stringify(["../gone.ts"]));
    expect(isFresh(outDir)).toBe(false);
    expect(isFresh(join(root, "never-built"))).toBe(false);
  });
});

describe("bin/soanchuan.mjs", () => {
  it("runs the compiled CLI and leaves dist-cli/ up to date with the sources", () => {
    const stdout = execFileSync(process.execPath, ["bin/soanchuan.mjs", "check", SEED_004, "--json"], { encoding: "utf8" });
    expect(JSON.parse(stdout)).toMatchObject({ profile: "state" });
    expect(isFresh(CLI_OUT_DIR)).toBe(true);
    const bad = spawnSync(process.execPath, ["bin/soanchuan.mjs", "check", "missing.txt"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Cannot find or open/);
  });

  it("says what to run when there is no build and neither esbuild nor tsx to make one", () => {
    // A checkout without node_modules: the bin and the build script alone.
    const root = mkdtempSync(join(tmpdir(), "soanchuan-nobuild-"));
    for (const dir of ["bin", "scripts", "src/cli"]) mkdirSync(join(root, dir), { recursive: true });
    copyFileSync("bin/soanchuan.mjs", join(root, "bin/soanchuan.mjs"));
    copyFileSync("scripts/build-cli.mjs", join(root, "scripts/build-cli.mjs"));
    writeFileSync(join(root, "src/cli/main.ts"), "export async function main() { return 0; }\n");
    const result = spawnSync(process.execPath, [join(root, "bin/soanchuan.mjs"), "check", "x.txt"], { encoding: "utf8", cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/npm run build:cli/);
    expect(result.stderr).toMatch(/esbuild/);
  });
});
