import type { Report, Rule } from "../../lint/types";
import { hasFormatting } from "../../document/snapshot";
import { structureOf } from "../context";
import { presentationStyle } from "../presentation";

/** Headings of the upper levels (PHẦN, I., 1.) in bold. */
export const presentationHeadingBold: Rule<Record<string, never>> = {
  meta: {
    id: "presentation/heading-bold",
    category: "presentation",
    docs: { vi: "Đề mục các cấp trên (PHẦN, I., 1.) viết chữ đậm.", en: "Upper-level headings (PHẦN, I., 1.) are bold." },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const levels = presentationStyle(ctx).boldHeadingLevels;
    const reports: Report[] = [];
    for (const entry of structureOf(ctx).entries) {
      const p = ctx.snapshot.paragraphs[entry.paragraph];
      if (!entry.heading || !levels.includes(entry.level) || p.font?.bold !== false) continue;
      reports.push({
        paragraph: entry.paragraph,
        start: 0,
        end: p.text.length,
        message: { vi: `Đề mục “${entry.marker} ${entry.title}” nên viết chữ đậm.`, en: `Heading “${entry.marker} ${entry.title}” should be bold.` },
      });
    }
    return reports;
  },
};
