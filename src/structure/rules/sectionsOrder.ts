import type { Report, Rule } from "../../lint/types";
import { analyzeSections, type SectionOptions } from "../sections";

/** A template section appears before one that the template puts ahead of it. */
export const sectionsOrder: Rule<SectionOptions> = {
  meta: {
    id: "sections/order",
    category: "structure",
    docs: {
      vi: "Các phần của báo cáo không theo thứ tự của mẫu (ví dụ phương hướng đứng trước hạn chế).",
      en: "The report's sections are out of the template's order (e.g. direction before shortcomings).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx, options) {
    const analysis = analyzeSections(ctx, options);
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
          message: {
            vi: `Phần “${match.section.label.vi}” nên đứng trước phần “${furthest.section.label.vi}”.`,
            en: `Section “${match.section.label.en}” should come before “${furthest.section.label.en}”.`,
          },
          related: [{ paragraph: furthest.entry.paragraph, start: furthest.entry.markerStart, end: furthest.entry.markerEnd, note: { vi: `Phần “${furthest.section.label.vi}”`, en: `Section “${furthest.section.label.en}”` } }],
        });
      } else furthest = match;
    }
    return reports;
  },
};
