import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import type { Citation } from "../detect";

/** One form per unnumbered document: `Nghị quyết TW4 (khóa XII)` after `Nghị quyết Trung ương 4 khóa XII` is aligned on the first form. */
export const namedForm = defineRule<Record<string, never>>({
  id: "citation/named-form",
  category: "citation",
  description: { vi: "Văn bản viện dẫn theo tên (nghị quyết đại hội, nghị quyết Trung ương) viết thống nhất một cách.", en: "A document cited by name is written one way throughout." },
  severity: "info",
  fix: "suggest",
  messages: {
    differsFromFirst: {
      vi: "“{written}” được viết khác lần đầu (“{firstForm}”): nên thống nhất một cách viết.",
      en: "“{written}” differs from the first form (“{firstForm}”): use one form.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const firstByKey = new Map<string, Citation>();
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      if (c.kind !== "named" || !c.named) continue;
      const first = firstByKey.get(c.named.key);
      if (!first) {
        firstByKey.set(c.named.key, c);
        continue;
      }
      const written = ctx.text[c.paragraph].normalized.slice(c.start, c.end);
      const firstForm = ctx.text[first.paragraph].normalized.slice(first.start, first.end);
      if (written === firstForm) continue;
      reports.push({
        ...ctx.fix.span(c.paragraph, c.start, c.end),
        messageId: "differsFromFirst", data: { written, firstForm },
        related: [{ ...ctx.fix.span(first.paragraph, first.start, first.end), note: { vi: "cách viết lần đầu", en: "first form" } }],
        suggestions: [{ label: { vi: `Viết “${firstForm}”`, en: `Write “${firstForm}”` }, edits: [ctx.fix.replace(c.paragraph, c.start, c.end, firstForm)] }],
      });
    }
    return reports;
  },
});
