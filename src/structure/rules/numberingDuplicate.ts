import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { placeOf } from "../place";
import { renumberSuggestions, siblingGroups } from "../renumber";

/** A number repeated at one level under the same parent (a second "II."). */
export const numberingDuplicate = defineRule<Record<string, never>>({
  id: "numbering/duplicate",
  category: "structure",
  description: {
    vi: "Số thứ tự của đề mục bị lặp lại ở cùng một cấp (ví dụ hai mục II.).",
    en: "A heading number repeats at the same level under the same parent (e.g. two II. headings).",
  },
  severity: "error",
  fix: "safe",
  messages: {
    headingNumberRepeats: {
      vi: "Số thứ tự \"{marker}\" bị lặp: đã có {firstPlaceVi}.",
      en: "Heading number \"{marker}\" repeats: {firstPlaceEn} already has it.",
    },
  },
  check(ctx) {
    const { entries } = ctx.get(STRUCTURE);
    const reports: Report[] = [];
    const renumber = renumberSuggestions(ctx, entries);
    for (const group of siblingGroups(entries)) {
      const firstByNumber = new Map<number, number>();
      // The run's renumbering rides on its first duplicate only: it lists every edit of the run,
      // so repeating it on each duplicate would make the output grow with the square of the run.
      let carried = false;
      for (const index of group) {
        const entry = entries[index];
        const number = entry.number as number;
        const first = firstByNumber.get(number);
        if (first === undefined) {
          firstByNumber.set(number, index);
          continue;
        }
        const firstEntry = entries[first];
        // Two entries of one paragraph are one heading read twice, not a repeat.
        if (firstEntry.paragraph === entry.paragraph) continue;
        const suggestion = carried ? null : renumber(group);
        carried = true;
        const marker = entry.marker || String(number);
        const firstPlace = placeOf(ctx, firstEntry.paragraph);
        reports.push({
          paragraph: entry.paragraph,
          start: entry.markerStart,
          end: entry.markerEnd,
          messageId: "headingNumberRepeats", data: { marker, firstPlaceVi: firstPlace.vi, firstPlaceEn: firstPlace.en },
          related: [
            {
              paragraph: firstEntry.paragraph,
              start: firstEntry.markerStart,
              end: firstEntry.markerEnd,
              note: { vi: `Mục ${firstEntry.marker} đầu tiên ở đây`, en: `The first ${firstEntry.marker} is here` },
            },
          ],
          suggestions: suggestion ? [suggestion] : [],
        });
      }
    }
    return reports;
  },
});
