/**
 * One finding for one habit: the same mechanical defect at many places (a missing space after a
 * comma, a decimal point, a glued unit) is reported once, at its first place, with every other
 * place related and one suggestion that fixes them all. The writer fixes a habit, not 27 items.
 */
import type { Edit, Localized } from "../core/types";
import type { CheckContext } from "../lint/context";
import type { Report } from "../lint/rule";
import { MAX_GROUPED_EDITS, partialFixLabel } from "./findingBudget";

/**
 * Places a grouped finding lists. A real document repeats a habit tens of times; a hostile
 * megabyte repeats it a million, and listing every place would make the output (and the memory
 * holding it) grow faster than the input. The count stays exact.
 */
export const MAX_RELATED_PLACES = 1_000;
/** Places a rule needs to keep to build a grouped finding: those listed and those fixed. */
export const KEPT_PLACES = Math.max(MAX_RELATED_PLACES + 1, MAX_GROUPED_EDITS);

/** The places of one habit in reading order, counted as they are found; only the first KEPT_PLACES are held. */
export class HabitPlaces<T> {
  readonly kept: T[] = [];
  count = 0;

  /** Counts a place; keeps it (through `keep`, for a place that is not to outlive the call) while fewer than KEPT_PLACES are. */
  add(place: T, keep: (place: T) => T = (same) => same): void {
    this.count += 1;
    if (this.kept.length < KEPT_PLACES) this.kept.push(keep(place));
  }
}

/**
 * `reports` as one report under `manyMessageId` (its data: the first report's data plus `count`),
 * or unchanged when there is at most one. Each related place carries the text at that place.
 * `reports` may be the first places only (see HabitPlaces) when `count` says how many there are;
 * the suggestion then fixes the first ones and says to check again.
 */
export function asOneFinding<Id extends string>(ctx: CheckContext, reports: readonly Report<Id>[], manyMessageId: Id, fixLabel?: Localized, count = reports.length): Report<Id>[] {
  if (count <= 1) return [...reports];
  const [first, ...rest] = reports;
  // Whole places only, so a pass never fixes half of one.
  const edits: Edit[] = [];
  let fixed = 0;
  for (const r of reports) {
    if (edits.length >= MAX_GROUPED_EDITS) break;
    edits.push(...(r.suggestions?.[0]?.edits ?? []));
    fixed += 1;
  }
  const fixesAll = fixed === count;
  const textAt = (r: Report<Id>): string => ctx.snapshot.paragraphs[r.paragraph].text.slice(r.start, r.end) || "…";
  return [
    {
      ...first,
      messageId: manyMessageId,
      data: { ...first.data, count },
      related: rest.slice(0, MAX_RELATED_PLACES).map((r) => ({ paragraph: r.paragraph, start: r.start, end: r.end, note: { vi: `“${textAt(r)}”`, en: `“${textAt(r)}”` } })),
      suggestions: fixLabel && edits.length > 0 ? [{ label: fixesAll ? fixLabel : partialFixLabel(edits.length), edits }] : [],
    },
  ];
}
