import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { STRUCTURE } from "../analysis";
import { presentationStyle } from "../presentation";

/** Headings of the upper levels (PHẦN, I., 1.) in bold. */
export const presentationHeadingBold = defineRule<Record<string, never>>({
  id: "presentation/heading-bold",
  category: "presentation",
  description: { vi: "Đề mục các cấp trên (PHẦN, I., 1.) viết chữ đậm.", en: "Upper-level headings (PHẦN, I., 1.) are bold." },
  severity: "warning",
  messages: {
    headingShouldBold: {
      vi: "Đề mục “{entryMarker} {entryTitle}” nên viết chữ đậm.",
      en: "Heading “{entryMarker} {entryTitle}” should be bold.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const levels = presentationStyle(ctx).boldHeadingLevels;
    const reports: Report[] = [];
    for (const entry of ctx.get(STRUCTURE).entries) {
      const p = ctx.snapshot.paragraphs[entry.paragraph];
      if (!entry.heading || !levels.includes(entry.level) || p.font?.bold !== false) continue;
      reports.push({
        paragraph: entry.paragraph,
        start: 0,
        end: p.text.length,
        messageId: "headingShouldBold", data: { entryMarker: entry.marker, entryTitle: entry.title },
      });
    }
    return reports;
  },
});
