import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { HeadingEntry } from "../analysis";
import { STRUCTURE } from "../analysis";
import { formatMarker, parseMarker } from "../markers";
import { hasDecimalParents, renumberSuggestions, siblingGroups } from "../renumber";

/** A number missing from a run ("IV." right after "II."), or a run that does not start at 1. */
export const numberingSkipped = defineRule<Record<string, never>>({
  id: "numbering/skipped",
  category: "structure",
  description: {
    vi: "Đánh số đề mục bị nhảy cóc, thiếu một số (ví dụ sau II. là IV., thiếu III.).",
    en: "A heading number is skipped (e.g. IV. follows II., III. is missing).",
  },
  severity: "error",
  fix: "safe",
  messages: {
    gap: { vi: "Thiếu mục \"{missing}\" (sau \"{before}\" là \"{marker}\").", en: "Heading \"{missing}\" is missing (\"{marker}\" follows \"{before}\")." },
    lateStart: { vi: "Loạt đề mục bắt đầu từ \"{marker}\", thiếu \"{missing}\".", en: "The run of headings starts at \"{marker}\"; \"{missing}\" is missing." },
  },
  check(ctx) {
    const { entries } = ctx.get(STRUCTURE);
    const reports: Report[] = [];
    const renumber = renumberSuggestions(ctx, entries);
    for (const group of siblingGroups(entries)) {
      let previous: number | null = null;
      // The run's renumbering (every edit of the run) rides on its first gap only.
      let carried = false;
      // A repeated number shifts the run: "I, II, II, IV" is one defect, the second II (numbering/duplicate).
      let duplicates = 0;
      for (const index of group) {
        const entry = entries[index];
        const number = entry.number as number;
        const expected = previous === null ? 1 : (entries[previous].number as number) + 1;
        if (previous !== null && number === entries[previous].number) duplicates += 1;
        if (number > expected && number - expected <= duplicates) {
          duplicates -= number - expected;
        } else if (number > expected && (previous !== null || hasDecimalParents(entries, index))) {
          const missing = missingMarkers(entry, expected, number);
          const suggestion = carried ? null : renumber(group);
          carried = true;
          const before = previous === null ? null : entries[previous];
          reports.push({
            paragraph: entry.paragraph,
            start: entry.markerStart,
            end: entry.markerEnd,
            messageId: before ? "gap" : "lateStart",
            data: { missing, marker: entry.marker, before: before?.marker ?? "" },
            ...(before
              ? { related: [{ paragraph: before.paragraph, start: before.markerStart, end: before.markerEnd, note: { vi: `Mục ${before.marker} trước đó`, en: `The preceding ${before.marker}` } }] }
              : {}),
            suggestions: suggestion ? [suggestion] : [],
          });
        }
        if (previous === null || number >= (entries[previous].number as number)) previous = index;
      }
    }
    return reports;
  },
});

function missingMarkers(entry: HeadingEntry, from: number, to: number): string {
  const numbers: number[] = [];
  for (let n = from; n < to; n += 1) numbers.push(n);
  // A marker Word renders ("II.") is written as Word writes it, like a typed one.
  const parsed = entry.parsed ?? (entry.marker ? parseMarker(`${entry.marker} X`) : null);
  if (!parsed || parsed.kind === "bullet") return numbers.join(", ");
  return numbers.map((n) => formatMarker(parsed, [...parsed.components.slice(0, -1), n])).join(", ");
}
