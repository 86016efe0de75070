import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

/** One build folder per test run, shared by every test file that needs the production build. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "soanchuan-build-"));
  project.provide("buildDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    buildDir: string;
  }
}
