import type { Edit, Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A citation glued to the words around it: `vàChỉ thị 05-CT/TW`, `của Bộ Chính trị“Về …`. */
export const citationSpacing: Rule<Record<string, never>> = {
  meta: {
    id: "citation/spacing",
    category: "citation",
    docs: { vi: "Viện dẫn phải cách chữ đứng trước và trích yếu đứng sau một dấu cách.", en: "A citation is separated by a space from the word before it and from its summary." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      if (c.elided && !c.typeWord) continue;
      const text = ctx.text[c.paragraph].normalized;
      const edits: Edit[] = [];
      if (c.start > 0 && WORD_CHAR.test(text[c.start - 1])) edits.push(editAt(analysis, c.paragraph, c.start, c.start, " "));
      if (c.summary && c.summary.start > 0 && !/\s/u.test(text[c.summary.start - 1])) edits.push(editAt(analysis, c.paragraph, c.summary.start, c.summary.start, " "));
      if (edits.length === 0) continue;
      reports.push({
        ...originalSpan(analysis, c.paragraph, c.start, c.summary && c.summary.start >= c.end ? Math.max(c.end, c.summary.start + 1) : c.end),
        message: { vi: "Thiếu dấu cách trước hoặc sau viện dẫn.", en: "Missing space before or after the citation." },
        suggestions: [{ label: { vi: "Thêm dấu cách", en: "Insert the space" }, edits }],
      });
    }
    return reports;
  },
};
