import type { Report, Rule } from "../../lint/types";
import { structureOf, originalSpan, replaceOriginal } from "../context";

/** A heading ending with ":" while the other headings end without punctuation. */
export const headingPunctuation: Rule<Record<string, never>> = {
  meta: {
    id: "heading/punctuation",
    category: "structure",
    docs: {
      vi: "Đề mục kết thúc bằng dấu hai chấm trong khi các đề mục khác không có.",
      en: "A heading ends with a colon while the other headings do not.",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const headings = structureOf(ctx).entries.filter((e) => e.heading && e.title !== "");
    const withColon = headings.filter((e) => /[:;]$/u.test(e.title));
    if (withColon.length === 0 || withColon.length * 2 >= headings.length) return [];
    const reports: Report[] = [];
    for (const entry of withColon) {
      const t = ctx.text[entry.paragraph].normalized;
      const colon = t.lastIndexOf(entry.title.slice(-1), entry.titleEnd);
      const span = originalSpan(ctx, entry.paragraph, colon, colon + 1);
      reports.push({
        paragraph: entry.paragraph,
        start: span.start,
        end: span.end,
        message: {
          vi: `Đề mục "${entry.marker} ${entry.title}" kết thúc bằng dấu "${entry.title.slice(-1)}", khác các đề mục còn lại.`,
          en: `Heading "${entry.marker} ${entry.title}" ends with "${entry.title.slice(-1)}", unlike the other headings.`,
        },
        suggestions: [{ label: { vi: "Bỏ dấu cuối đề mục", en: "Remove the trailing punctuation" }, edits: [replaceOriginal(ctx, entry.paragraph, span.start, span.end, "")] }],
      });
    }
    return reports;
  },
};
