import type { Report, Rule } from "../../lint/types";
import { hasFormatting } from "../../document/snapshot";
import { structureOf } from "../context";
import { presentationStyle } from "../presentation";

/** Headings of the levels the profile lists (PHẦN; in State reports also I., II.) in capitals. */
export const presentationHeadingCaps: Rule<Record<string, never>> = {
  meta: {
    id: "presentation/heading-caps",
    category: "presentation",
    docs: {
      vi: "Đề mục cấp PHẦN (văn bản Nhà nước: cả cấp I., II.) viết chữ in hoa.",
      en: "Part headings (in State reports also I., II.) are written in capitals.",
    },
    defaultSeverity: "info",
    defaultOptions: {},
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const levels = presentationStyle(ctx).capsHeadingLevels;
    const reports: Report[] = [];
    for (const entry of structureOf(ctx).entries) {
      const p = ctx.snapshot.paragraphs[entry.paragraph];
      // All Caps shows the title in capitals; unknown (null: mixed, or not readable) is not "no".
      if (!entry.heading || !levels.includes(entry.level) || p.font?.allCaps === true || p.font?.allCaps === null) continue;
      const title = ctx.text[entry.paragraph].normalized.slice(entry.titleStart, entry.titleEnd);
      if (title === "" || title === title.toLocaleUpperCase("vi")) continue;
      reports.push({
        paragraph: entry.paragraph,
        start: 0,
        end: p.text.length,
        message: {
          vi: `Đề mục “${entry.marker} ${entry.title}” nên viết chữ in hoa.`,
          en: `Heading “${entry.marker} ${entry.title}” should be in capitals.`,
        },
      });
    }
    return reports;
  },
};
