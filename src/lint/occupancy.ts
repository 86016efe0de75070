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
 *
 * Edits usually come in reading order (findings are sorted). While a paragraph's stretches are
 * taken in order, one is free exactly when it starts after the last end taken, and the taken
 * stretches are only noted, in blocks. The first stretch out of order builds that paragraph's
 * index: a segment tree over the ends of every edit that may be asked about, read from `edits`
 * only then. Neither the grid nor a growing array per edit is made in the common case, which
 * matters beyond the work saved: an array of hundreds of thousands sits in large-object space,
 * and each growth of it takes freshly mapped memory (see core/chunkedList.ts).
 */
export class Occupancy {
  private readonly paragraphs = new Map<number, ParagraphOccupancy>();
  private ends: Map<number, number[]> | null = null;

  /** `edits`: every edit that may later be asked about; read only when an index is built. */
  constructor(private readonly edits: Iterable<Edit>) {}

  isFree(edit: Edit): boolean {
    return this.paragraphOf(edit.paragraph).isFree(spanFrom(edit), spanTo(edit));
  }

  /** Takes a free edit's stretch. */
  take(edit: Edit): void {
    this.paragraphOf(edit.paragraph).take(spanFrom(edit), spanTo(edit));
  }

  private paragraphOf(paragraph: number): ParagraphOccupancy {
    let found = this.paragraphs.get(paragraph);
    if (!found) this.paragraphs.set(paragraph, (found = new ParagraphOccupancy(() => this.endsOf(paragraph))));
    return found;
  }

  private endsOf(paragraph: number): number[] {
    this.ends ??= endsByParagraph(this.edits);
    const ends = this.ends.get(paragraph);
    if (!ends) throw new Error("Occupancy asked about an edit it was not built with");
    return ends;
  }
}

/** One paragraph's taken stretches: in order and noted, until one comes out of order and the tree is built. */
class ParagraphOccupancy {
  private lastTo = -1;
  private readonly inOrder = new StretchLog();
  private tree: SpanTree | null = null;

  constructor(private readonly ends: () => number[]) {}

  isFree(from: number, to: number): boolean {
    if (this.tree) return this.tree.isFree(from, to);
    return from > this.lastTo || this.built().isFree(from, to);
  }

  take(from: number, to: number): void {
    if (this.tree) {
      this.tree.take(from, to);
    } else if (from > this.lastTo) {
      this.inOrder.push(from, to);
      this.lastTo = to;
    } else {
      this.built().take(from, to);
    }
  }

  private built(): SpanTree {
    const tree = new SpanTree(this.ends());
    this.inOrder.forEach((from, to) => tree.take(from, to));
    return (this.tree = tree);
  }
}

/**
 * Stretches noted in blocks of typed arrays: their storage lies outside the collected heap, so a
 * million noted stretches are not copied by each young collection while the batch is chosen.
 */
class StretchLog {
  private static readonly BLOCK = 2048;
  private readonly blocks: Int32Array[] = [];
  private used = StretchLog.BLOCK;

  push(from: number, to: number): void {
    if (this.used === StretchLog.BLOCK) {
      this.blocks.push(new Int32Array(StretchLog.BLOCK));
      this.used = 0;
    }
    const block = this.blocks[this.blocks.length - 1]!;
    block[this.used++] = from;
    block[this.used++] = to;
  }

  forEach(take: (from: number, to: number) => void): void {
    this.blocks.forEach((block, b) => {
      const end = b === this.blocks.length - 1 ? this.used : StretchLog.BLOCK;
      for (let k = 0; k < end; k += 2) take(block[k]!, block[k + 1]!);
    });
  }
}

function endsByParagraph(edits: Iterable<Edit>): Map<number, number[]> {
  const ends = new Map<number, number[]>();
  for (const edit of edits) {
    const list = ends.get(edit.paragraph);
    if (list) list.push(spanFrom(edit), spanTo(edit));
    else ends.set(edit.paragraph, [spanFrom(edit), spanTo(edit)]);
  }
  return ends;
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
