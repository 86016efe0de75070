import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { suggestionOf } from "../../lint/fixer";

/** Multi-level numbers end with a dot ("1.2." not "1.2"), like the level above them. */
export const numberingTrailingDot = defineRule<Record<string, never>>({
  id: "numbering/trailing-dot",
  category: "structure",
  description: {
    vi: "Số thứ tự nhiều cấp thiếu dấu chấm cuối (viết 1.2. chứ không viết 1.2).",
    en: "A multi-level number lacks its trailing dot (write 1.2. not 1.2).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    numberLacksTrailing: {
      vi: "Số thứ tự \"{entryMarker}\" thiếu dấu chấm cuối, nên viết \"{fixed}\".",
      en: "Number \"{entryMarker}\" lacks its trailing dot; write \"{fixed}\".",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const entry of ctx.get(STRUCTURE).entries) {
      const parsed = entry.parsed;
      if (parsed?.kind !== "decimal" || parsed.separator !== "" || parsed.components.length < 2) continue;
      // Glued markers ("1.2Tiếp") get the space too, the same edit numbering/marker-space proposes.
      const insert = parsed.gap === 0 ? ". " : ".";
      const fixed = entry.marker + insert.trimEnd();
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: entry.markerEnd,
        messageId: "numberLacksTrailing", data: { entryMarker: entry.marker, fixed },
        suggestions: suggestionOf({ vi: `Thêm dấu chấm: ${fixed}`, en: `Add the dot: ${fixed}` }, ctx.fix.insertBefore(entry.paragraph, entry.markerEnd, insert)),
      });
    }
    return reports;
  },
});
