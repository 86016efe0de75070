import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/engine/check";
import { checkOptions, mutatedSeed } from "./arbitraries";
import { RUNS, SEEDS } from "./cases";
import { fixAllProblems, locationProblems } from "./invariants";

describe("whole seeds with mutated, dropped, duplicated and moved paragraphs", () => {
  for (const { label, seed, runs } of SEEDS) {
    it(`keep findings in place, suggestions applicable and fix-all clean (${label})`, () => {
      fc.assert(
        fc.property(mutatedSeed, checkOptions, (snapshot, options) => {
          const result = checkDocument(snapshot, options);
          expect(locationProblems(snapshot, result.findings)).toEqual([]);
          expect(fixAllProblems(snapshot, result, options)).toEqual([]);
        }),
        { seed, numRuns: runs(RUNS.mutatedSeeds) },
      );
    }, 200_000);
  }
});
