/**
 * Matches kept first-come across several patterns (an indicator figure, a period phrase): a
 * match overlapping one an earlier pattern kept is dropped. Each pattern's matches arrive in
 * order, so one pointer into the kept spans finds an overlap, and a pattern's new spans join
 * them in one merge (no per-character map, no sort).
 */

export interface Span {
  start: number;
  end: number;
}

export class FirstComeSpans<T extends Span> {
  private kept: T[] = [];
  private added: T[] = [];
  private next = 0;

  /** Whether `[start, end)` overlaps nothing an earlier pattern kept (offered in increasing order within a pattern). */
  isFree(start: number, end: number): boolean {
    while (this.next < this.kept.length && this.kept[this.next].end <= start) this.next += 1;
    return this.next >= this.kept.length || this.kept[this.next].start >= end;
  }

  /** Keeps a match of the current pattern (one `isFree` said was free). */
  keep(span: T): void {
    this.added.push(span);
  }

  /** Ends the current pattern: its matches join the kept spans, against which the next pattern is read. */
  endPattern(): void {
    if (this.added.length > 0) this.kept = mergeByStart(this.kept, this.added);
    this.added = [];
    this.next = 0;
  }

  /** Every kept span, by start. */
  spans(): T[] {
    this.endPattern();
    return this.kept;
  }
}

/** Two lists of non-overlapping spans, each sorted by start, as one. */
function mergeByStart<T extends Span>(a: T[], b: T[]): T[] {
  if (a.length === 0) return b;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start < b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
