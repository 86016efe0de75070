import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { STRUCTURE } from "../analysis";
import { asOneFinding } from "../grouping";
import { presentationStyle } from "../presentation";

type MessageId = "headingShouldBold" | "headingsShouldBold";

/** Headings of the upper levels (PHẦN, I., 1.) in bold; one finding per level, every heading of it related. */
export const presentationHeadingBold = defineRule<Record<string, never>, MessageId>({
  id: "presentation/heading-bold",
  category: "presentation",
  description: { vi: "Đề mục các cấp trên (PHẦN, I., 1.) viết chữ đậm.", en: "Upper-level headings (PHẦN, I., 1.) are bold." },
  severity: "warning",
  messages: {
    headingShouldBold: {
      vi: "Đề mục “{entryMarker} {entryTitle}” nên viết chữ đậm.",
      en: "Heading “{entryMarker} {entryTitle}” should be bold.",
    },
    headingsShouldBold: {
      vi: "Đề mục “{entryMarker} {entryTitle}” nên viết chữ đậm; {count} đề mục cùng cấp chưa viết đậm.",
      en: "Heading “{entryMarker} {entryTitle}” should be bold; {count} headings of this level are not bold.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const levels = presentationStyle(ctx).boldHeadingLevels;
    const byLevel = new Map<number, Report<MessageId>[]>();
    for (const entry of ctx.get(STRUCTURE).entries) {
      const p = ctx.snapshot.paragraphs[entry.paragraph];
      if (!entry.heading || !levels.includes(entry.level) || p.font?.bold !== false) continue;
      if (!byLevel.has(entry.level)) byLevel.set(entry.level, []);
      byLevel.get(entry.level)?.push({ paragraph: entry.paragraph, start: 0, end: p.text.length, messageId: "headingShouldBold", data: { entryMarker: entry.marker, entryTitle: entry.title } });
    }
    return [...byLevel.values()].flatMap((reports) => asOneFinding(ctx, reports, "headingsShouldBold"));
  },
});
