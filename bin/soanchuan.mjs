#!/usr/bin/env node
// Runs the compiled CLI (dist-cli/, built by `prepare` on npm install/ci and by
// `npm run build:cli`). In a checkout whose sources changed since, it rebuilds first, so the
// CLI never runs stale code; without esbuild it falls back to the TypeScript sources through
// tsx (a dev tool, slower to start); without either it says what to run.
import { existsSync } from "node:fs";
import { CLI_BUNDLE, CLI_ENTRY, CLI_OUT_DIR, buildCli, isFresh } from "../scripts/build-cli.mjs";
import path from "node:path";
import { pathToFileURL } from "node:url";

async function loadMain() {
  const bundle = path.join(CLI_OUT_DIR, CLI_BUNDLE);
  // The sources are absent from a copy that ships dist-cli/ alone: nothing to compare with.
  if (!existsSync(CLI_ENTRY) || isFresh()) return (await import(pathToFileURL(bundle).href)).main;
  try {
    return (await import(pathToFileURL(await buildCli()).href)).main;
  } catch (buildError) {
    try {
      const { register } = await import("tsx/esm/api");
      register();
      return (await import(pathToFileURL(CLI_ENTRY).href)).main;
    } catch {
      process.stderr.write(
        `Không dựng được CLI / could not build the CLI (${buildError.message.split("\n")[0]}).\n` +
          "Chạy / run: npm run build:cli (needs the dev dependencies: npm ci)\n",
      );
      return null;
    }
  }
}

const main = await loadMain();
process.exitCode = main ? await main(process.argv.slice(2)) : 2;
