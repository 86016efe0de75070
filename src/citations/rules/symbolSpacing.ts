import type { Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";
import { inSystemStyle } from "../symbol";

/** `05 - KL/TU`, `25- NQ/TW`, `128/NQ - HĐND`: a number-symbol has no spaces inside. */
export const symbolSpacing: Rule<Record<string, never>> = {
  meta: {
    id: "citation/symbol-spacing",
    category: "citation",
    docs: { vi: "Số, ký hiệu văn bản viết liền, không có dấu cách bên trong.", en: "A number-symbol is written without spaces inside." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      const s = c.symbol;
      if (!s || c.elided) continue;
      // A symbol in the other system's style is rewritten whole by citation/symbol-system.
      if (inSystemStyle(s) !== s.normalized) continue;
      const written = ctx.text[c.paragraph].normalized.slice(s.start, s.end);
      if (written === s.normalized) continue;
      reports.push({
        ...originalSpan(analysis, c.paragraph, s.start, s.end),
        message: {
          vi: `Ký hiệu văn bản “${written}” có dấu cách hoặc gạch nối sai: viết “${s.normalized}”.`,
          en: `Number-symbol “${written}” has spaces or a wrong dash inside: write “${s.normalized}”.`,
        },
        suggestions: [{ label: { vi: `Sửa thành “${s.normalized}”`, en: `Change to “${s.normalized}”` }, edits: [editAt(analysis, c.paragraph, s.start, s.end, s.normalized)] }],
      });
    }
    return reports;
  },
};
