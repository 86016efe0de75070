/**
 * One finding for one habit: the same mechanical defect at many places (a missing space after a
 * comma, a decimal point, a glued unit) is reported once, at its first place, with every other
 * place related and one suggestion that fixes them all. The writer fixes a habit, not 27 items.
 */
import type { Edit, Localized } from "../core/types";
import type { CheckContext } from "../lint/context";
import type { Report } from "../lint/rule";

/**
 * `reports` as one report under `manyMessageId` (its data: the first report's data plus `count`),
 * or unchanged when there is at most one. Each related place carries the text at that place.
 */
export function asOneFinding<Id extends string>(ctx: CheckContext, reports: readonly Report<Id>[], manyMessageId: Id, fixLabel?: Localized): Report<Id>[] {
  if (reports.length <= 1) return [...reports];
  const [first, ...rest] = reports;
  const edits: Edit[] = reports.flatMap((r) => r.suggestions?.[0]?.edits ?? []);
  const textAt = (r: Report<Id>): string => ctx.snapshot.paragraphs[r.paragraph].text.slice(r.start, r.end) || "…";
  return [
    {
      ...first,
      messageId: manyMessageId,
      data: { ...first.data, count: reports.length },
      related: rest.map((r) => ({ paragraph: r.paragraph, start: r.start, end: r.end, note: { vi: `“${textAt(r)}”`, en: `“${textAt(r)}”` } })),
      suggestions: fixLabel && edits.length > 0 ? [{ label: fixLabel, edits }] : [],
    },
  ];
}
