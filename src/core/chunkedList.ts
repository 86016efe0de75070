/**
 * An append-only list kept in small fixed-size chunks, for the matches of a long paragraph or the
 * edits of a long fix-all.
 *
 * Why not one array: an array past ~16,000 elements no longer fits a regular heap page, so V8
 * gives it a page of its own in large-object space, and every growth of it (and every merged copy)
 * takes freshly mapped memory. Measured per element kept, that made a megabyte paragraph's 70,000
 * periods several times dearer than a tenth of the paragraph's 7,000 (scripts/bench/youngArrays.ts).
 * Chunks of 1,024 stay on the regular pages the heap reuses, whatever the list's length.
 */

const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

export class ChunkedList<T> implements Iterable<T> {
  private readonly chunks: T[][] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    if ((this.count & IN_CHUNK) === 0) this.chunks.push([]);
    this.chunks[this.count >> CHUNK_BITS].push(item);
    this.count += 1;
  }

  /** The item at `index` (0 ≤ index < length). */
  get(index: number): T {
    return this.chunks[index >> CHUNK_BITS][index & IN_CHUNK];
  }

  /** Replaces the item at `index` (0 ≤ index < length). */
  set(index: number, item: T): void {
    this.chunks[index >> CHUNK_BITS][index & IN_CHUNK] = item;
  }

  /** The last item, or undefined when empty. */
  last(): T | undefined {
    return this.count === 0 ? undefined : this.get(this.count - 1);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (const chunk of this.chunks) yield* chunk;
  }

  /** One plain array (for callers that want one; a long list pays for it). */
  toArray(): T[] {
    return this.chunks.length === 1 ? this.chunks[0].slice() : this.chunks.flat();
  }
}
