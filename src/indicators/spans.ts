/**
 * Matches kept first-come across several patterns (an indicator figure, a period phrase): a
 * match overlapping one an earlier pattern kept is dropped. Each pattern's matches arrive in
 * order, so one pointer into the kept spans finds an overlap, and a pattern's new spans join
 * them in one merge (no per-character map, no sort). Spans are kept in chunked lists: a long
 * paragraph has tens of thousands of them (see chunkedList.ts).
 */

import { ChunkedList } from "../core/chunkedList";

export interface Span {
  start: number;
  end: number;
}

export class FirstComeSpans<T extends Span> {
  private kept = new ChunkedList<T>();
  private added = new ChunkedList<T>();
  private next = 0;

  /** Whether `[start, end)` overlaps nothing an earlier pattern kept (offered in increasing order within a pattern). */
  isFree(start: number, end: number): boolean {
    while (this.next < this.kept.length && this.kept.get(this.next).end <= start) this.next += 1;
    return this.next >= this.kept.length || this.kept.get(this.next).start >= end;
  }

  /** Keeps a match of the current pattern (one `isFree` said was free). */
  keep(span: T): void {
    this.added.push(span);
  }

  /** Ends the current pattern: its matches join the kept spans, against which the next pattern is read. */
  endPattern(): void {
    this.next = 0;
    if (this.added.length === 0) return;
    this.kept = this.kept.length === 0 ? this.added : mergeByStart(this.kept, this.added);
    this.added = new ChunkedList<T>();
  }

  /** Every kept span, by start. */
  spans(): ChunkedList<T> {
    this.endPattern();
    return this.kept;
  }
}

/** Two lists of non-overlapping spans, each sorted by start, as one. */
function mergeByStart<T extends Span>(a: ChunkedList<T>, b: ChunkedList<T>): ChunkedList<T> {
  const out = new ChunkedList<T>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a.get(i).start < b.get(j).start ? a.get(i++) : b.get(j++));
  while (i < a.length) out.push(a.get(i++));
  while (j < b.length) out.push(b.get(j++));
  return out;
}
