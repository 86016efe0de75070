import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inject } from "vitest";

const ROOT = resolve(__dirname, "../..");

/**
 * The production build (`npm run build`) into this run's build folder, made once even when
 * several test files ask at the same time: the first to create the lock builds, the others wait.
 * PLAYGROUND_DIST reuses an existing build.
 */
export async function productionBuild(): Promise<string> {
  if (process.env.PLAYGROUND_DIST) return process.env.PLAYGROUND_DIST;
  const base = inject("buildDir");
  const dist = join(base, "dist");
  const done = join(base, "done");
  const failed = join(base, "failed");
  try {
    mkdirSync(join(base, "lock"));
  } catch {
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error("the production build failed in another test file");
      await new Promise((r) => setTimeout(r, 500));
    }
    return dist;
  }
  try {
    execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, NODE_ENV: "production" },
    });
  } catch (error) {
    writeFileSync(failed, "");
    const output = (error as { stdout?: Buffer; stderr?: Buffer }).stdout?.toString() ?? "";
    throw new Error(`npm run build failed:\n${output.slice(-3000)}${(error as { stderr?: Buffer }).stderr?.toString() ?? ""}`);
  }
  writeFileSync(done, "");
  return dist;
}
