import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { STRUCTURE } from "../analysis";
import { presentationStyle } from "../presentation";
import { asOneFinding } from "../grouping";

type MessageId = "headingShouldCapitals" | "headingsShouldCapitals";

/**
 * Headings of the levels the profile lists (PHẦN; in State reports also I., II.) in capitals; a
 * part's title on the next line is read there. One finding per level, every heading of it related.
 */
export const presentationHeadingCaps = defineRule<Record<string, never>, MessageId>({
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
    headingsShouldCapitals: {
      vi: "Đề mục “{entryMarker} {entryTitle}” nên viết chữ in hoa; {count} đề mục cùng cấp chưa viết in hoa.",
      en: "Heading “{entryMarker} {entryTitle}” should be in capitals; {count} headings of this level are not.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const levels = presentationStyle(ctx).capsHeadingLevels;
    const byLevel = new Map<number, Report<MessageId>[]>();
    for (const entry of ctx.get(STRUCTURE).entries) {
      if (!entry.heading || !levels.includes(entry.level)) continue;
      // The title is on the heading's line, or on the lines that carry it ("PHẦN THỨ NHẤT" / "Kết quả …").
      const at = entry.titleEnd > entry.titleStart ? entry.paragraph : entry.titleParagraphs[0];
      if (at === undefined) continue;
      const p = ctx.snapshot.paragraphs[at];
      // All Caps shows the title in capitals; unknown (null: mixed, or not readable) is not "no".
      if (p.font?.allCaps === true || p.font?.allCaps === null) continue;
      const title = at === entry.paragraph ? ctx.text[at].normalized.slice(entry.titleStart, entry.titleEnd) : entry.title;
      if (title === "" || title === title.toLocaleUpperCase("vi")) continue;
      if (!byLevel.has(entry.level)) byLevel.set(entry.level, []);
      byLevel.get(entry.level)?.push({ paragraph: at, start: 0, end: p.text.length, messageId: "headingShouldCapitals", data: { entryMarker: entry.marker, entryTitle: entry.title } });
    }
    return [...byLevel.values()].flatMap((reports) => asOneFinding(ctx, reports, "headingsShouldCapitals"));
  },
});
