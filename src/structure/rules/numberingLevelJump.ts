import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";

/** A multi-level number directly under a heading two levels up ("1.1." right under "I."). */
export const numberingLevelJump = defineRule<Record<string, never>>({
  id: "numbering/level-jump",
  category: "structure",
  description: {
    vi: "Đề mục nhảy cấp: mục nhiều cấp (1.1.) nằm ngay dưới mục cao hơn hai cấp (I.) mà thiếu cấp ở giữa (1.).",
    en: "A heading skips a level: a multi-level number (1.1.) sits directly under a heading two levels up (I.).",
  },
  severity: "warning",
  messages: {
    headingSitsDirectly: {
      vi: "Mục {entryMarker} nằm ngay dưới mục {parentMarker}, thiếu đề mục cấp ở giữa.",
      en: "Heading {entryMarker} sits directly under {parentMarker}; the level in between is missing.",
    },
  },
  check(ctx) {
    const { entries } = ctx.get(STRUCTURE);
    const reports: Report[] = [];
    for (const entry of entries) {
      if (entry.parsed?.kind !== "decimal" || entry.level < 3 || entry.parent === null) continue;
      const parent = entries[entry.parent];
      if (parent.level >= entry.level - 1) continue;
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: entry.markerEnd,
        messageId: "headingSitsDirectly", data: { entryMarker: entry.marker, parentMarker: parent.marker || parent.title },
        related: [{ paragraph: parent.paragraph, start: parent.markerStart, end: parent.markerEnd, note: { vi: "Đề mục cấp trên", en: "The enclosing heading" } }],
      });
    }
    return reports;
  },
});
