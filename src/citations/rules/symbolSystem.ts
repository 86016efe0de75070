import type { Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";
import { inSystemStyle } from "../symbol";

/**
 * A Party body's document written in State style (`01/NQ-TU` → `01-NQ/TU`) or a State body's in
 * Party style (`68-QĐ/UBND` → `68/QĐ-UBND`). The issuer code tells the system.
 */
export const symbolSystem: Rule<Record<string, never>> = {
  meta: {
    id: "citation/symbol-system",
    category: "citation",
    docs: {
      vi: "Ký hiệu văn bản viết theo kiểu của hệ thống khác (văn bản Đảng: 01-NQ/TU; văn bản Nhà nước: 68/QĐ-UBND).",
      en: "Number-symbol written in the other system's style (Party: 01-NQ/TU; State: 68/QĐ-UBND).",
    },
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
      const fixed = inSystemStyle(s);
      if (fixed === s.normalized) continue;
      const written = ctx.text[c.paragraph].normalized.slice(s.start, s.end);
      const party = s.system === "party";
      reports.push({
        ...originalSpan(analysis, c.paragraph, s.start, s.end),
        message: {
          vi: party
            ? `“${written}” là văn bản của cấp ủy Đảng nhưng ký hiệu viết theo kiểu Nhà nước${fixed ? `: viết “${fixed}”` : ""}.`
            : `“${written}” là văn bản của cơ quan Nhà nước nhưng ký hiệu viết theo kiểu văn bản Đảng${fixed ? `: viết “${fixed}”` : ""}.`,
          en: party
            ? `“${written}” is a Party body's document but its symbol is in State style${fixed ? `: write “${fixed}”` : ""}.`
            : `“${written}” is a State body's document but its symbol is in Party style${fixed ? `: write “${fixed}”` : ""}.`,
        },
        suggestions: fixed ? [{ label: { vi: `Sửa thành “${fixed}”`, en: `Change to “${fixed}”` }, edits: [editAt(analysis, c.paragraph, s.start, s.end, fixed)] }] : [],
      });
    }
    return reports;
  },
};
