import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/engine/check";
import { checkOptions, randomDocument } from "./arbitraries";
import { RUNS, SEEDS } from "./cases";
import { fixAllProblems, idempotenceProblems } from "./invariants";

describe("fixes on any document", () => {
  for (const { label, seed, runs } of SEEDS) {
    it(`fix-all applies cleanly and leaves no fixable finding of the kinds it fixed (${label})`, () => {
      fc.assert(
        fc.property(randomDocument, checkOptions, (snapshot, options) => {
          expect(fixAllProblems(snapshot, checkDocument(snapshot, options), options)).toEqual([]);
        }),
        { seed, numRuns: runs(RUNS.fixAll) },
      );
    }, 200_000);
  }

  for (const { label, seed, runs } of SEEDS) {
    it(`applying a suggestion twice (re-checking between) changes nothing (${label})`, () => {
      fc.assert(
        fc.property(randomDocument, checkOptions, fc.nat(), (snapshot, options, pick) => {
          const fixable = checkDocument(snapshot, options).findings.filter((f) => f.suggestions.length > 0);
          fc.pre(fixable.length > 0);
          expect(idempotenceProblems(snapshot, fixable[pick % fixable.length]!, options)).toEqual([]);
        }),
        { seed, numRuns: runs(RUNS.idempotence) },
      );
    }, 200_000);
  }
});
