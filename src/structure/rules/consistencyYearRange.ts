import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { allParagraphs, scan } from "../scan";

const YEAR_RANGE = /(?<![\d/])((?:19|20)\d{2})(\s*)([-–—])(\s*)((?:19|20)\d{2})(?![\d/])/gu;

/** One way of writing year ranges per document: "2021 - 2026", "2021-2026" or "2021 – 2026". */
export const consistencyYearRange = defineRule<Record<string, never>>({
  id: "consistency/year-range",
  category: "consistency",
  description: {
    vi: "Khoảng năm viết không thống nhất (2021 - 2026, 2021-2026, 2021 – 2026).",
    en: "Year ranges are written in different ways (2021 - 2026, 2021-2026, 2021 – 2026).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    yearRangeDiffers: {
      vi: "Khoảng năm “{hMatch}” viết khác phần lớn văn bản (“{fixed}”).",
      en: "Year range “{hMatch}” differs from the rest of the document (“{fixed}”).",
    },
  },
  check(ctx) {
    const hits = scan(ctx, YEAR_RANGE, allParagraphs(ctx));
    const styleOf = (m: RegExpExecArray): string => `${m[2] ? " " : ""}${m[3]}${m[4] ? " " : ""}`;
    const counts = new Map<string, number>();
    for (const h of hits) counts.set(styleOf(h.match), (counts.get(styleOf(h.match)) ?? 0) + 1);
    if (counts.size < 2) return [];
    // Majority wins; on a tie the first style met in the document.
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    return hits
      .filter((h) => styleOf(h.match) !== majority)
      .map((h): Report => {
        const fixed = `${h.match[1]}${majority}${h.match[5]}`;
        const edit = ctx.fix.replace(h.paragraph, h.match.index, h.match.index + h.match[0].length, fixed);
        return {
          paragraph: h.paragraph,
          start: h.start,
          end: h.end,
          messageId: "yearRangeDiffers", data: { hMatch: h.match[0], fixed },
          suggestions: [{ label: { vi: `Sửa thành “${fixed}”`, en: `Change to “${fixed}”` }, edits: [edit] }],
        };
      });
  },
});
