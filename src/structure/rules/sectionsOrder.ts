import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { SECTIONS } from "../sections";

/** A template section appears before one that the template puts ahead of it. */
export const sectionsOrder = defineRule({
  id: "sections/order",
  category: "structure",
  description: {
    vi: "Các phần của báo cáo không theo thứ tự của mẫu (ví dụ phương hướng đứng trước hạn chế).",
    en: "The report's sections are out of the template's order (e.g. direction before shortcomings).",
  },
  severity: "warning",
  messages: {
    sectionShouldCome: {
      vi: "Phần “{sectionLabelVi}” nên đứng trước phần “{sectionLabelVi2}”.",
      en: "Section “{sectionLabelEn}” should come before “{sectionLabelEn2}”.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(SECTIONS);
    if (!analysis) return [];
    const reports: Report[] = [];
    let furthest: (typeof analysis.matches)[number] | null = null;
    const seen = new Set<string>();
    for (const match of analysis.matches) {
      if (seen.has(match.section.id)) continue;
      seen.add(match.section.id);
      if (furthest && match.order < furthest.order) {
        const e = match.entry;
        reports.push({
          paragraph: e.paragraph,
          start: e.markerStart,
          end: e.markerEnd,
          messageId: "sectionShouldCome", data: { sectionLabelVi: match.section.label.vi, sectionLabelVi2: furthest.section.label.vi, sectionLabelEn: match.section.label.en, sectionLabelEn2: furthest.section.label.en },
          related: [{ paragraph: furthest.entry.paragraph, start: furthest.entry.markerStart, end: furthest.entry.markerEnd, note: { vi: `Phần “${furthest.section.label.vi}”`, en: `Section “${furthest.section.label.en}”` } }],
        });
      } else furthest = match;
    }
    return reports;
  },
});
