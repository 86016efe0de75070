import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { placeOf } from "../place";
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
      vi: "Phần “{sectionLabelVi}” đã có ở {entryPlaceVi}.",
      en: "Section “{sectionLabelEn}” already appears at {entryPlaceEn}.",
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
      const place = placeOf(ctx, earlier.entry.paragraph);
      reports.push({
        paragraph: e.paragraph,
        start: e.markerStart,
        end: e.markerEnd,
        messageId: "sectionAlreadyAppears", data: { sectionLabelVi: match.section.label.vi, entryPlaceVi: place.vi, sectionLabelEn: match.section.label.en, entryPlaceEn: place.en },
        related: [{ paragraph: earlier.entry.paragraph, start: earlier.entry.markerStart, end: earlier.entry.markerEnd, note: { vi: "Lần đầu ở đây", en: "First here" } }],
      });
    }
    return reports;
  },
});
