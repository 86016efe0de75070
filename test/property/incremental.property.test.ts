/**
 * An incremental re-check (createChecker) gives exactly what a full check of the same document
 * gives, after any sequence of the edits a writer or the pane makes: a paragraph retyped or
 * mangled, paragraphs inserted, deleted, duplicated, a fix applied, an edit undone.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Paragraph, Snapshot } from "../../src/document/snapshot";
import { checkDocument, type CheckOptions } from "../../src/engine/check";
import { createChecker } from "../../src/engine/incremental";
import { applyEdits } from "../../src/lint/fix";
import { checkOptions, mutatedSeed, randomDocument, mutation, SEEDS, type Mutation } from "./arbitraries";
import { RUNS, SEEDS as PROPERTY_SEEDS } from "./cases";

type Edit =
  | { kind: "mutate"; at: number; change: Mutation }
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "fix"; which: number }
  | { kind: "undo" };

const seedLine = fc.constantFrom(...SEEDS.flat());
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("mutate" as const), at: fc.nat(), change: mutation }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: seedLine }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("fix" as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant<Edit>({ kind: "undo" }) },
);

function withParagraphs(snapshot: Snapshot, paragraphs: Omit<Paragraph, "index">[]): Snapshot {
  return { ...snapshot, paragraphs: paragraphs.map((p, index) => ({ ...p, index })) };
}

function applyEdit(snapshot: Snapshot, previous: Snapshot, e: Edit, options: CheckOptions): Snapshot {
  const paragraphs = [...snapshot.paragraphs];
  const at = paragraphs.length === 0 ? 0 : (e as { at?: number }).at! % paragraphs.length;
  switch (e.kind) {
    case "mutate":
      if (paragraphs.length === 0) return snapshot;
      paragraphs[at] = { ...paragraphs[at]!, text: e.change(paragraphs[at]!.text) };
      return withParagraphs(snapshot, paragraphs);
    case "insert":
      paragraphs.splice(at, 0, { index: 0, text: e.text });
      return withParagraphs(snapshot, paragraphs);
    case "delete":
      paragraphs.splice(at, 1);
      return withParagraphs(snapshot, paragraphs);
    case "duplicate":
      if (paragraphs.length === 0) return snapshot;
      paragraphs.splice(at, 0, paragraphs[at]!);
      return withParagraphs(snapshot, paragraphs);
    case "fix": {
      const fixable = checkDocument(snapshot, options).findings.filter((f) => f.suggestions[0]?.edits.length);
      if (fixable.length === 0) return snapshot;
      return applyEdits(snapshot, fixable[e.which % fixable.length]!.suggestions[0]!.edits).snapshot;
    }
    case "undo":
      return previous;
  }
}

function sameAsFullCheck(start: Snapshot, edits: readonly Edit[], options: CheckOptions): void {
  const checker = createChecker(options);
  let current = start;
  let previous = start;
  expect(checker.check(current)).toEqual(checkDocument(current, options));
  for (const e of edits) {
    [previous, current] = [current, applyEdit(current, previous, e, options)];
    expect(checker.check(current)).toEqual(checkDocument(current, options));
  }
}

describe("incremental re-check", () => {
  for (const { label, seed, runs } of PROPERTY_SEEDS) {
    it(`equals a full check after random edit sequences on random reports (${label})`, () => {
      fc.assert(
        fc.property(randomDocument, fc.array(edit, { minLength: 1, maxLength: 8 }), checkOptions, (start, edits, options) => sameAsFullCheck(start, edits, options)),
        { seed, numRuns: runs(RUNS.incremental) },
      );
    }, 180_000);

    it(`equals a full check after random edit sequences on whole seeds (${label})`, () => {
      fc.assert(
        fc.property(mutatedSeed, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => sameAsFullCheck(start, edits, {})),
        { seed, numRuns: runs(RUNS.incrementalSeeds) },
      );
    }, 180_000);
  }
});
