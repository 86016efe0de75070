import type { Report, Rule } from "../../lint/types";
import { structureOf } from "../context";

/** A multi-level number directly under a heading two levels up ("1.1." right under "I."). */
export const numberingLevelJump: Rule<Record<string, never>> = {
  meta: {
    id: "numbering/level-jump",
    category: "structure",
    docs: {
      vi: "Đề mục nhảy cấp: mục nhiều cấp (1.1.) nằm ngay dưới mục cao hơn hai cấp (I.) mà thiếu cấp ở giữa (1.).",
      en: "A heading skips a level: a multi-level number (1.1.) sits directly under a heading two levels up (I.).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx) {
    const { entries } = structureOf(ctx);
    const reports: Report[] = [];
    for (const entry of entries) {
      if (entry.parsed?.kind !== "decimal" || entry.level < 3 || entry.parent === null) continue;
      const parent = entries[entry.parent];
      if (parent.level >= entry.level - 1) continue;
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: entry.markerEnd,
        message: {
          vi: `Mục ${entry.marker} nằm ngay dưới mục ${parent.marker || parent.title}, thiếu đề mục cấp ở giữa.`,
          en: `Heading ${entry.marker} sits directly under ${parent.marker || parent.title}; the level in between is missing.`,
        },
        related: [{ paragraph: parent.paragraph, start: parent.markerStart, end: parent.markerEnd, note: { vi: "Đề mục cấp trên", en: "The enclosing heading" } }],
      });
    }
    return reports;
  },
};
