/**
 * Matches kept first-come across several patterns: each pattern's matches arrive in order, so
 * an overlap with the spans kept so far is found with one pointer, and the kept lists merge in
 * one pass (no per-character map, no sort).
 */

/** Two lists of non-overlapping spans, each sorted by start, as one. */
export function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start < b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
