import type { Edit } from "../../core/types";
import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A citation glued to the words around it: `vàChỉ thị 05-CT/TW`, `của Bộ Chính trị“Về …`. */
export const citationSpacing = defineRule<Record<string, never>>({
  id: "citation/spacing",
  category: "citation",
  description: { vi: "Viện dẫn phải cách chữ đứng trước và trích yếu đứng sau một dấu cách.", en: "A citation is separated by a space from the word before it and from its summary." },
  severity: "warning",
  fix: "safe",
  messages: {
    missingSpaceBefore: {
      vi: "Thiếu dấu cách trước hoặc sau viện dẫn.",
      en: "Missing space before or after the citation.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      if (c.elided && !c.typeWord) continue;
      const text = ctx.text[c.paragraph].normalized;
      const edits: Edit[] = [];
      if (c.start > 0 && WORD_CHAR.test(text[c.start - 1])) edits.push(ctx.fix.replace(c.paragraph, c.start, c.start, " "));
      if (c.summary && c.summary.start > 0 && !/\s/u.test(text[c.summary.start - 1])) edits.push(ctx.fix.replace(c.paragraph, c.summary.start, c.summary.start, " "));
      if (edits.length === 0) continue;
      reports.push({
        ...ctx.fix.span(c.paragraph, c.start, c.summary && edits.length > 0 ? Math.max(c.end, c.summary.end) : c.end),
        messageId: "missingSpaceBefore",
        suggestions: [{ label: { vi: "Thêm dấu cách", en: "Insert the space" }, edits }],
      });
    }
    return reports;
  },
});
