import type { Edit } from "../core/types";

/**
 * Which stretches of each paragraph edits already taken occupy, so that checking and taking one
 * more costs log n instead of a scan over every edit taken (fix-all on a long paragraph of
 * hundreds of thousands of edits would otherwise be quadratic).
 *
 * Offsets are doubled so that insertions and replacements share one line: replacing start..end
 * covers 2·start … 2·end−1, inserting at p covers 2p. An insertion then clashes with another at
 * the same place and with a replacement that starts at or runs across it, not with one that ends
 * there — the rule the Word gateway applies.
 */
export class Occupancy {
  private readonly trees = new Map<number, SpanTree>();

  /** `edits`: every edit that may later be asked about (their ends make the index's grid). */
  constructor(edits: readonly Edit[]) {
    const ends = new Map<number, number[]>();
    for (const edit of edits) {
      const list = ends.get(edit.paragraph);
      if (list) list.push(spanFrom(edit), spanTo(edit));
      else ends.set(edit.paragraph, [spanFrom(edit), spanTo(edit)]);
    }
    for (const [paragraph, list] of ends) this.trees.set(paragraph, new SpanTree(list));
  }

  isFree(edit: Edit): boolean {
    const tree = this.trees.get(edit.paragraph);
    if (!tree) throw new Error("Occupancy asked about an edit it was not built with");
    return tree.isFree(spanFrom(edit), spanTo(edit));
  }

  take(edit: Edit): void {
    const tree = this.trees.get(edit.paragraph);
    if (!tree) throw new Error("Occupancy asked about an edit it was not built with");
    tree.take(spanFrom(edit), spanTo(edit));
  }
}

const spanFrom = (edit: Edit): number => 2 * edit.start;
const spanTo = (edit: Edit): number => (edit.end > edit.start ? 2 * edit.end - 1 : 2 * edit.start);

/**
 * A segment tree over the sorted distinct ends: `full` marks a node whose whole range is taken,
 * `any` one with something taken below it. Two closed spans overlap exactly when they share the
 * larger of their starts, which is one of the ends, so the grid loses nothing.
 */
class SpanTree {
  private readonly points: Float64Array;
  private readonly size: number;
  private readonly full: Uint8Array;
  private readonly any: Uint8Array;

  constructor(ends: number[]) {
    const sorted = Float64Array.from(ends).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i]!;
    this.points = sorted.subarray(0, distinct);
    this.size = Math.max(1, distinct);
    this.full = new Uint8Array(4 * this.size);
    this.any = new Uint8Array(4 * this.size);
  }

  isFree(from: number, to: number): boolean {
    return !this.taken(1, 0, this.size - 1, this.slot(from), this.slot(to));
  }

  take(from: number, to: number): void {
    this.mark(1, 0, this.size - 1, this.slot(from), this.slot(to));
  }

  private slot(point: number): number {
    let lo = 0;
    let hi = this.points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid]! < point) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private taken(node: number, lo: number, hi: number, from: number, to: number): boolean {
    if (to < lo || hi < from || this.any[node] === 0) return false;
    if (this.full[node] === 1 || (from <= lo && hi <= to)) return true;
    const mid = (lo + hi) >> 1;
    return this.taken(2 * node, lo, mid, from, to) || this.taken(2 * node + 1, mid + 1, hi, from, to);
  }

  private mark(node: number, lo: number, hi: number, from: number, to: number): void {
    if (to < lo || hi < from) return;
    this.any[node] = 1;
    if (from <= lo && hi <= to) {
      this.full[node] = 1;
      return;
    }
    const mid = (lo + hi) >> 1;
    this.mark(2 * node, lo, mid, from, to);
    this.mark(2 * node + 1, mid + 1, hi, from, to);
  }
}
