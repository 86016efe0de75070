import type { Report, Rule } from "../../lint/types";
import { structureOf } from "../context";
import { renumberSuggestions, siblingGroups } from "../renumber";

/** A number repeated at one level under the same parent (a second "II."). */
export const numberingDuplicate: Rule<Record<string, never>> = {
  meta: {
    id: "numbering/duplicate",
    category: "structure",
    docs: {
      vi: "Số thứ tự của đề mục bị lặp lại ở cùng một cấp (ví dụ hai mục II.).",
      en: "A heading number repeats at the same level under the same parent (e.g. two II. headings).",
    },
    defaultSeverity: "error",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const { entries } = structureOf(ctx);
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
        const suggestion = carried ? null : renumber(group);
        carried = true;
        const marker = entry.marker || String(number);
        reports.push({
          paragraph: entry.paragraph,
          start: entry.markerStart,
          end: entry.markerEnd,
          message: {
            vi: `Số thứ tự "${marker}" bị lặp: đã có mục ${firstEntry.marker || marker} ở đoạn ${firstEntry.paragraph + 1}.`,
            en: `Heading number "${marker}" repeats: ${firstEntry.marker || marker} already appears at paragraph ${firstEntry.paragraph + 1}.`,
          },
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
};
