import { defineConfig } from "vitest/config";

const TIMING = "test/**/*.timing.test.ts";

export default defineConfig({
  test: {
    environment: "node",
    globalSetup: ["test/support/globalSetup.ts"],
    reporters: ["default", "./test/support/summaryReporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      // Projects extend the root config, whose arrays they would add to: each names its own files.
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts", "test/**/*.test.tsx"], exclude: [TIMING, "**/node_modules/**"] } },
      // The linearity tests compare the time of an input with ten times that input. They run
      // after every other test file, one file at a time, so the two measurements share the
      // machine with nothing else of this run; each run starts after a collection (--expose-gc).
      {
        extends: true,
        test: { name: "timing", include: [TIMING], fileParallelism: false, sequence: { groupOrder: 1 }, execArgv: ["--expose-gc"] },
      },
    ],
  },
});
