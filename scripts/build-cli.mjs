#!/usr/bin/env node
// Compiles the command line (src/cli/main.ts) to one JavaScript file with esbuild, so that
// `npx soanchuan` starts without a TypeScript loader. Run by `prepare` on `npm ci`/`npm install`
// and by `npm run build:cli`; bin/soanchuan.mjs rebuilds through it when a source is newer.
// Plain JavaScript on purpose: it must run before anything else is built.
import { mkdirSync, renameSync, statSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const CLI_ENTRY = path.join(repoRoot, "src", "cli", "main.ts");
export const CLI_OUT_DIR = path.join(repoRoot, "dist-cli");
export const CLI_BUNDLE = "soanchuan.mjs";
/** The sources the bundle was made from, so the bin can tell when it is stale without esbuild. */
export const CLI_INPUTS = "inputs.json";

/**
 * Bundles the CLI into `outDir`. Packages stay external (they are installed beside it and some,
 * like exceljs, are loaded only by the commands that need them). Files are written under a
 * temporary name and renamed, so a CLI started meanwhile never reads half a file.
 */
export async function buildCli(outDir = CLI_OUT_DIR) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [CLI_ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    // Not "node20": for that target esbuild rewrites regex literals with \p{…} as
    // `new RegExp("…")`, which inside a function is compiled again on every call.
    target: "es2022",
    packages: "external",
    // Vietnamese text in literals stays readable in the output (and in stack traces).
    charset: "utf8",
    // Chunks keep what a command loads on demand (the .docx reader) out of start-up.
    splitting: true,
    entryNames: "soanchuan",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    write: false,
    metafile: true,
    outdir: outDir,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.relative(outDir, path.resolve(repoRoot, input)));
  mkdirSync(outDir, { recursive: true });
  const unique = `.${process.pid}.${Date.now()}.tmp`;
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path + unique, file.contents);
    renameSync(file.path + unique, file.path);
  }
  // Written last: its presence with a later mtime than every input is what "fresh" means.
  const inputsFile = path.join(outDir, CLI_INPUTS);
  writeFileSync(inputsFile + unique, JSON.stringify(inputs));
  renameSync(inputsFile + unique, inputsFile);
  return path.join(outDir, CLI_BUNDLE);
}

/** True when the bundle in `outDir` exists and no source it was built from changed since. */
export function isFresh(outDir = CLI_OUT_DIR) {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(path.join(outDir, CLI_INPUTS)).mtimeMs;
    statSync(path.join(outDir, CLI_BUNDLE));
    inputs = JSON.parse(readFileSync(path.join(outDir, CLI_INPUTS), "utf8"));
  } catch {
    return false;
  }
  for (const input of inputs) {
    try {
      if (statSync(path.resolve(outDir, input)).mtimeMs > builtAt) return false;
    } catch {
      return false; // a source was removed or renamed
    }
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : CLI_OUT_DIR;
  const began = Date.now();
  const bundle = await buildCli(outDir);
  console.log(`built ${path.relative(process.cwd(), bundle)} in ${Math.round(Date.now() - began)} ms`);
}
