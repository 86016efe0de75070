/**
 * Normalisation by its plain definition, as an oracle for the fast normaliser: each character
 * with its combining marks, NFC, look-alikes folded, zero-width characters dropped, and every
 * normalised character mapped to its segment of the original.
 */
import { expect } from "vitest";
import { normalizeParagraph } from "../../src/text/normalize";

const LOOKALIKES: Record<string, string> = { "\u00D0": "\u0110", "\u00F0": "\u0111", "\u00A0": " ", "\u2007": " ", "\u202F": " ", "\u3000": " " };

function plainDefinition(original: string): { normalized: string; starts: number[]; ends: number[] } {
  let normalized = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < original.length && /\p{M}/u.test(original[j]!)) j += 1;
    const segment = original.slice(i, j);
    const folded = /[\u200B-\u200D\u2060\uFEFF]/.test(segment) ? "" : [...segment.normalize("NFC")].map((ch) => LOOKALIKES[ch] ?? ch).join("");
    for (let k = 0; k < folded.length; k += 1) {
      starts.push(i);
      ends.push(j);
    }
    normalized += folded;
    i = j;
  }
  return { normalized, starts, ends };
}

/** Asserts that normalizeParagraph(original) is what the plain definition gives. */
export function agreesWithPlainDefinition(original: string): void {
  const fast = normalizeParagraph(original);
  const expected = plainDefinition(original);
  expect(fast.normalized).toBe(expected.normalized);
  if (fast.plain) {
    // Nothing to normalise: offsets map one to one, code unit by code unit.
    expect(expected.normalized).toBe(original);
    return;
  }
  for (let k = 0; k < expected.normalized.length; k += 1) {
    expect(fast.toOriginal(k)).toBe(expected.starts[k]);
    expect(fast.span(k, k + 1)).toEqual([expected.starts[k], expected.ends[k]]);
  }
  expect(fast.toOriginal(expected.normalized.length)).toBe(original.length);
}

