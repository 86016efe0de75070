import type { Report, Rule } from "../../lint/types";
import { analyzeSections, type SectionOptions, type SectionMatch } from "../sections";

/** Two top-level headings for the same template section. */
export const sectionsDuplicate: Rule<SectionOptions> = {
  meta: {
    id: "sections/duplicate",
    category: "structure",
    docs: {
      vi: "Một phần của mẫu báo cáo xuất hiện hai lần ở cấp đề mục cao nhất.",
      en: "A template section appears twice among the top-level headings.",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx, options) {
    const analysis = analyzeSections(ctx, options);
    if (!analysis) return [];
    const first = new Map<string, SectionMatch>();
    const reports: Report[] = [];
    for (const match of analysis.matches) {
      const earlier = first.get(match.section.id);
      if (!earlier) {
        first.set(match.section.id, match);
        continue;
      }
      const e = match.entry;
      reports.push({
        paragraph: e.paragraph,
        start: e.markerStart,
        end: e.markerEnd,
        message: {
          vi: `Phần “${match.section.label.vi}” đã có ở mục ${earlier.entry.marker} (đoạn ${earlier.entry.paragraph + 1}).`,
          en: `Section “${match.section.label.en}” already appears at ${earlier.entry.marker} (paragraph ${earlier.entry.paragraph + 1}).`,
        },
        related: [{ paragraph: earlier.entry.paragraph, start: earlier.entry.markerStart, end: earlier.entry.markerEnd, note: { vi: "Lần đầu ở đây", en: "First here" } }],
      });
    }
    return reports;
  },
};
