/**
 * The fast normaliser (stable runs copied at once, plain paragraphs untouched) against the
 * plain definition: each character with its combining marks, NFC, look-alikes folded,
 * zero-width characters dropped, and every normalised character mapped to its segment.
 */
import { describe, it } from "vitest";
import fc from "fast-check";
import { SEEDS } from "../property/arbitraries";
import { agreesWithPlainDefinition as agrees } from "../support/plainNormalize";

const PIECES = ["a", "ô", "Đ", "Ð", "ð", " ", "\u00A0", "\u2007", "\u200B", "\uFEFF", "\u0301", "\u0323", "\u0302", "\u0309", "–", "“", "…", "1.", "𝐀", "\u1100", "\u1161", "Ω", "\u0344", "x"];

describe("normalizeParagraph against its plain definition", () => {
  it("agrees on every paragraph of the seeds, as written and decomposed", () => {
    for (const line of SEEDS.flat()) {
      agrees(line);
      agrees(line.normalize("NFD"));
    }
  });

  it("agrees on random mixes of marks, look-alikes, joiners and astral characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => agrees(pieces.join(""))),
      { numRuns: 3000 },
    );
  });
});
