import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { inSystemStyle } from "../symbol";

/** `05 - KL/TU`, `25- NQ/TW`, `128/NQ - HĐND`: a number-symbol has no spaces inside. */
export const symbolSpacing = defineRule<Record<string, never>>({
  id: "citation/symbol-spacing",
  category: "citation",
  description: { vi: "Số, ký hiệu văn bản viết liền, không có dấu cách bên trong.", en: "A number-symbol is written without spaces inside." },
  severity: "warning",
  fix: "safe",
  messages: {
    numberSymbolHas: {
      vi: "Ký hiệu văn bản “{written}” có dấu cách hoặc gạch nối sai: viết “{normalized}”.",
      en: "Number-symbol “{written}” has spaces or a wrong dash inside: write “{normalized}”.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      const s = c.symbol;
      if (!s || c.elided) continue;
      // A symbol in the other system's style is rewritten whole by citation/symbol-system.
      if (inSystemStyle(s) !== s.normalized) continue;
      const written = ctx.text[c.paragraph].normalized.slice(s.start, s.end);
      if (written === s.normalized) continue;
      reports.push({
        ...ctx.fix.span(c.paragraph, s.start, s.end),
        messageId: "numberSymbolHas", data: { written, normalized: s.normalized },
        suggestions: [{ label: { vi: `Sửa thành “${s.normalized}”`, en: `Change to “${s.normalized}”` }, edits: [ctx.fix.replace(c.paragraph, s.start, s.end, s.normalized)] }],
      });
    }
    return reports;
  },
});
