/**
 * One finding for one habit: the same mechanical defect at many places (a missing space after a
 * comma, a decimal point, a glued unit) is reported once, at its first place, with every other
 * place related and one suggestion that fixes them all. The writer fixes a habit, not 27 items.
 */
import type { Edit, Localized, Report } from "../lint/types";

export function asOneFinding(reports: readonly Report[], summary: (count: number) => Localized, fixLabel?: Localized): Report[] {
  if (reports.length <= 1) return [...reports];
  const [first, ...rest] = reports;
  const edits: Edit[] = reports.flatMap((r) => r.suggestions?.[0]?.edits ?? []);
  const message = summary(reports.length);
  return [
    {
      ...first,
      message: { vi: `${first.message.vi} ${message.vi}`, en: `${first.message.en} ${message.en}` },
      related: rest.map((r) => ({ paragraph: r.paragraph, start: r.start, end: r.end, note: r.message })),
      suggestions: fixLabel && edits.length > 0 ? [{ label: fixLabel, edits }] : [],
    },
  ];
}
