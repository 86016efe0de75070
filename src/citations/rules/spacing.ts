import type { Edit } from "../../core/types";
import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether one part of the head ends where the next starts, a letter or digit on each side (both parts written). */
function glued(text: string, end: number | undefined, start: number | undefined): boolean {
  return end !== undefined && end === start && WORD_CHAR.test(text[end - 1] ?? "") && WORD_CHAR.test(text[start] ?? "");
}

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
      // Parts glued inside the citation: `số47`, `TWngày`, `ngày11/12/2018`, `2018của`.
      const symbol = c.symbol && !c.elided ? c.symbol : null;
      if (glued(text, c.typeWord?.end, c.so?.start)) edits.push(ctx.fix.replace(c.paragraph, c.so!.start, c.so!.start, " "));
      if (glued(text, c.so?.end, symbol?.start)) edits.push(ctx.fix.replace(c.paragraph, symbol!.start, symbol!.start, " "));
      if (glued(text, symbol?.end, c.comma ? undefined : c.ngay?.start)) edits.push(ctx.fix.replace(c.paragraph, c.ngay!.start, c.ngay!.start, " "));
      if (glued(text, c.ngay?.end, c.date?.start)) edits.push(ctx.fix.replace(c.paragraph, c.date!.start, c.date!.start, " "));
      if (glued(text, c.date?.end, c.cua?.start)) edits.push(ctx.fix.replace(c.paragraph, c.cua!.start, c.cua!.start, " "));
      if (c.summary && c.summary.start > 0 && !/\s/u.test(text[c.summary.start - 1])) edits.push(ctx.fix.replace(c.paragraph, c.summary.start, c.summary.start, " "));
      if (edits.length === 0) continue;
      reports.push({
        ...ctx.fix.span(c.paragraph, c.start, c.summary && c.summary.start >= c.end ? Math.max(c.end, c.summary.start + 1) : c.end),
        messageId: "missingSpaceBefore",
        suggestions: [{ label: { vi: "Thêm dấu cách", en: "Insert the space" }, edits }],
      });
    }
    return reports;
  },
});
