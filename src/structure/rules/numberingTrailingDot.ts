import type { Report, Rule } from "../../lint/types";
import { structureOf, insertBefore, suggestionOf } from "../context";

/** Multi-level numbers end with a dot ("1.2." not "1.2"), like the level above them. */
export const numberingTrailingDot: Rule<Record<string, never>> = {
  meta: {
    id: "numbering/trailing-dot",
    category: "structure",
    docs: {
      vi: "Số thứ tự nhiều cấp thiếu dấu chấm cuối (viết 1.2. chứ không viết 1.2).",
      en: "A multi-level number lacks its trailing dot (write 1.2. not 1.2).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const entry of structureOf(ctx).entries) {
      const parsed = entry.parsed;
      if (parsed?.kind !== "decimal" || parsed.separator !== "" || parsed.components.length < 2) continue;
      // Glued markers ("1.2Tiếp") get the space too, the same edit numbering/marker-space proposes.
      const insert = parsed.gap === 0 ? ". " : ".";
      const fixed = entry.marker + insert.trimEnd();
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: entry.markerEnd,
        message: {
          vi: `Số thứ tự "${entry.marker}" thiếu dấu chấm cuối, nên viết "${fixed}".`,
          en: `Number "${entry.marker}" lacks its trailing dot; write "${fixed}".`,
        },
        suggestions: suggestionOf({ vi: `Thêm dấu chấm: ${fixed}`, en: `Add the dot: ${fixed}` }, insertBefore(ctx, entry.paragraph, entry.markerEnd, insert)),
      });
    }
    return reports;
  },
};
