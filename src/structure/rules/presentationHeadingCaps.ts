import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { STRUCTURE } from "../analysis";
import { presentationStyle } from "../presentation";

/** Headings of the levels the profile lists (PHẦN; in State reports also I., II.) in capitals. */
export const presentationHeadingCaps = defineRule<Record<string, never>>({
  id: "presentation/heading-caps",
  category: "presentation",
  description: {
    vi: "Đề mục cấp PHẦN (văn bản Nhà nước: cả cấp I., II.) viết chữ in hoa.",
    en: "Part headings (in State reports also I., II.) are written in capitals.",
  },
  severity: "info",
  messages: {
    headingShouldCapitals: {
      vi: "Đề mục “{entryMarker} {entryTitle}” nên viết chữ in hoa.",
      en: "Heading “{entryMarker} {entryTitle}” should be in capitals.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const levels = presentationStyle(ctx).capsHeadingLevels;
    const reports: Report[] = [];
    for (const entry of ctx.get(STRUCTURE).entries) {
      const p = ctx.snapshot.paragraphs[entry.paragraph];
      // All Caps shows the title in capitals; unknown (null: mixed, or not readable) is not "no".
      if (!entry.heading || !levels.includes(entry.level) || p.font?.allCaps === true || p.font?.allCaps === null) continue;
      const title = ctx.text[entry.paragraph].normalized.slice(entry.titleStart, entry.titleEnd);
      if (title === "" || title === title.toLocaleUpperCase("vi")) continue;
      reports.push({
        paragraph: entry.paragraph,
        start: 0,
        end: p.text.length,
        messageId: "headingShouldCapitals", data: { entryMarker: entry.marker, entryTitle: entry.title },
      });
    }
    return reports;
  },
});
