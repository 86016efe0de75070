import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { normalizeParagraph } from "../../src/text/normalize";
import { checkOptions, randomDocument } from "./arbitraries";
import { RUNS, SEEDS } from "./cases";
import { findingKeys, locationProblems } from "./invariants";

/** Rules whose subject is exactly the characters normalisation hides (NFD, look-alikes). */
const RAW_CHARACTER_RULES = new Set(["consistency/unicode"]);
const visible = (keys: string[]) => keys.filter((k) => !RAW_CHARACTER_RULES.has(k.split("@")[0]!));

describe("findings on any document", () => {
  for (const { label, seed, runs } of SEEDS) {
    it(`never throws; findings, related places and edits stay inside their paragraphs and every suggestion applies (${label})`, () => {
      fc.assert(
        fc.property(randomDocument, checkOptions, (snapshot, options) => {
          expect(locationProblems(snapshot, checkDocument(snapshot, options).findings)).toEqual([]);
        }),
        { seed, numRuns: runs(RUNS.locations) },
      );
    }, 200_000);
  }

  for (const { label, seed, runs } of SEEDS) {
    it(`decomposed tone marks, zero-width characters and NBSP do not change what is found (${label})`, () => {
      const disguise = (snapshot: Snapshot): Snapshot => ({
        ...snapshot,
        paragraphs: snapshot.paragraphs.map((p) => ({ ...p, text: p.text.normalize("NFD").replace(/ /g, "\u00A0").replace(/(?<=\p{L})(?=\p{L})/u, "\u200B") })),
      });
      fc.assert(
        fc.property(randomDocument, checkOptions, (snapshot, options) => {
          const disguised = disguise(snapshot);
          // Only where normalisation sees the same text (its promise), not e.g. an NBSP inside a double space.
          fc.pre(snapshot.paragraphs.every((p, i) => normalizeParagraph(p.text).normalized === normalizeParagraph(disguised.paragraphs[i]!.text).normalized));
          expect(visible(findingKeys(checkDocument(disguised, options).findings))).toEqual(visible(findingKeys(checkDocument(snapshot, options).findings)));
        }),
        { seed, numRuns: runs(RUNS.invisible) },
      );
    }, 200_000);
  }
});
