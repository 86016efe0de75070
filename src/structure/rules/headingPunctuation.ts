import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { asOneFinding } from "../grouping";

/** A heading ending with ":" while the other headings end without punctuation. */
export const headingPunctuation = defineRule<Record<string, never>, "headingEndsUnlike" | "headingsEndUnlike">({
  id: "heading/punctuation",
  category: "structure",
  description: {
    vi: "Đề mục kết thúc bằng dấu hai chấm trong khi các đề mục khác không có.",
    en: "A heading ends with a colon while the other headings do not.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    headingEndsUnlike: {
      vi: "Đề mục \"{entryMarker} {entryTitle}\" kết thúc bằng dấu \"{entryTitle2}\", khác các đề mục còn lại.",
      en: "Heading \"{entryMarker} {entryTitle}\" ends with \"{entryTitle2}\", unlike the other headings.",
    },
    headingsEndUnlike: {
      vi: "{count} đề mục kết thúc bằng dấu hai chấm hoặc chấm phẩy, khác các đề mục còn lại; đầu tiên: \"{entryMarker} {entryTitle}\".",
      en: "{count} headings end with a colon or semicolon, unlike the other headings; the first: \"{entryMarker} {entryTitle}\".",
    },
  },
  check(ctx) {
    // A title carried by the next line ("PHẦN THỨ NHẤT" / "KẾT QUẢ …") is not in the heading's paragraph.
    const headings = ctx.get(STRUCTURE).entries.filter((e) => e.heading && e.title !== "" && e.titleParagraphs.length === 0);
    const withColon = headings.filter((e) => /[:;]$/u.test(e.title));
    if (withColon.length === 0 || withColon.length * 2 >= headings.length) return [];
    const reports: Report<"headingEndsUnlike" | "headingsEndUnlike">[] = [];
    for (const entry of withColon) {
      const t = ctx.text[entry.paragraph].normalized;
      const colon = t.lastIndexOf(entry.title.slice(-1), entry.titleEnd);
      // The whole run of trailing marks goes (";:" would otherwise leave ";" to report again).
      let first = colon;
      while (first > entry.titleStart && /[:;\s]/u.test(t[first - 1])) first -= 1;
      while (/\s/u.test(t[first])) first += 1;
      const span = ctx.fix.span(entry.paragraph, first, colon + 1);
      reports.push({
        paragraph: entry.paragraph,
        start: span.start,
        end: span.end,
        messageId: "headingEndsUnlike", data: { entryMarker: entry.marker, entryTitle: entry.title, entryTitle2: entry.title.slice(-1) },
        suggestions: [{ label: { vi: "Bỏ dấu cuối đề mục", en: "Remove the trailing punctuation" }, edits: [ctx.fix.replaceOriginal(entry.paragraph, span.start, span.end, "")] }],
      });
    }
    // One habit of the draft, one finding: every such heading related, one fix for them all.
    return asOneFinding(ctx, reports, "headingsEndUnlike", { vi: "Bỏ dấu cuối ở mọi đề mục này", en: "Remove the trailing punctuation from all of them" });
  },
});
