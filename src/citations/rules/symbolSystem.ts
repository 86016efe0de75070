import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { inSystemStyle } from "../symbol";

/**
 * A Party body's document written in State style (`01/NQ-TU` → `01-NQ/TU`) or a State body's in
 * Party style (`68-QĐ/UBND` → `68/QĐ-UBND`). The issuer code tells the system.
 */
export const symbolSystem = defineRule<Record<string, never>>({
  id: "citation/symbol-system",
  category: "citation",
  description: {
    vi: "Ký hiệu văn bản viết theo kiểu của hệ thống khác (văn bản Đảng: 01-NQ/TU; văn bản Nhà nước: 68/QĐ-UBND).",
    en: "Number-symbol written in the other system's style (Party: 01-NQ/TU; State: 68/QĐ-UBND).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    partyInStateStyle: {
      vi: "“{written}” là văn bản của cấp ủy Đảng nhưng ký hiệu viết theo kiểu Nhà nước{fixVi}.",
      en: "“{written}” is a Party body's document but its symbol is in State style{fixEn}.",
    },
    stateInPartyStyle: {
      vi: "“{written}” là văn bản của cơ quan Nhà nước nhưng ký hiệu viết theo kiểu văn bản Đảng{fixVi}.",
      en: "“{written}” is a State body's document but its symbol is in Party style{fixEn}.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      const s = c.symbol;
      if (!s || c.elided) continue;
      const fixed = inSystemStyle(s);
      if (fixed === s.normalized) continue;
      const written = ctx.text[c.paragraph].normalized.slice(s.start, s.end);
      const party = s.system === "party";
      reports.push({
        ...ctx.fix.span(c.paragraph, s.start, s.end),
        messageId: party ? "partyInStateStyle" : "stateInPartyStyle",
        data: { written, fixVi: fixed ? `: viết “${fixed}”` : "", fixEn: fixed ? `: write “${fixed}”` : "" },
        suggestions: fixed ? [{ label: { vi: `Sửa thành “${fixed}”`, en: `Change to “${fixed}”` }, edits: [ctx.fix.replace(c.paragraph, s.start, s.end, fixed)] }] : [],
      });
    }
    return reports;
  },
});
