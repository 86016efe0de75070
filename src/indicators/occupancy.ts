/**
 * Which characters of a text are already taken by an earlier match. Claiming a span costs its
 * length, so keeping the first of overlapping matches is linear in the text, not quadratic in
 * the number of matches (as a scan over every earlier match was).
 */
export class Occupancy {
  private readonly taken: Uint8Array;

  constructor(
    private readonly offset: number,
    length: number,
  ) {
    this.taken = new Uint8Array(Math.max(0, length));
  }

  /** Takes `[start, end)` when none of it is taken yet; false (and nothing taken) otherwise. */
  claim(start: number, end: number): boolean {
    const from = start - this.offset;
    const to = end - this.offset;
    for (let i = from; i < to; i += 1) if (this.taken[i]) return false;
    this.taken.fill(1, from, to);
    return true;
  }
}
