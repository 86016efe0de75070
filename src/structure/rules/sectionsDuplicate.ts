import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { SECTIONS, type SectionMatch } from "../sections";

/** Two top-level headings for the same template section. */
export const sectionsDuplicate = defineRule({
  id: "sections/duplicate",
  category: "structure",
  description: {
    vi: "Một phần của mẫu báo cáo xuất hiện hai lần ở cấp đề mục cao nhất.",
    en: "A template section appears twice among the top-level headings.",
  },
  severity: "warning",
  messages: {
    sectionAlreadyAppears: {
      vi: "Phần “{sectionLabelVi}” đã có ở mục {entryMarker} (đoạn {entryParagraph}).",
      en: "Section “{sectionLabelEn}” already appears at {entryMarker} (paragraph {entryParagraph}).",
    },
  },
  check(ctx) {
    const analysis = ctx.get(SECTIONS);
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
        messageId: "sectionAlreadyAppears", data: { sectionLabelVi: match.section.label.vi, entryMarker: earlier.entry.marker, entryParagraph: earlier.entry.paragraph + 1, sectionLabelEn: match.section.label.en },
        related: [{ paragraph: earlier.entry.paragraph, start: earlier.entry.markerStart, end: earlier.entry.markerEnd, note: { vi: "Lần đầu ở đây", en: "First here" } }],
      });
    }
    return reports;
  },
});
