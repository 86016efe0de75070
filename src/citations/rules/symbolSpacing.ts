import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { inSystemStyle, type SymbolVariant } from "../symbol";
import type { Localized } from "../../core/types";

const REASONS: Record<Exclude<SymbolVariant, "spacing">, Localized> = {
  separator: { vi: "thiếu gạch nối hoặc gạch chéo", en: "lacks a hyphen or slash" },
  case: { vi: "viết sai chữ hoa, chữ thường của mã", en: "has codes in the wrong case" },
  tu: { vi: "viết “TƯ” thay cho “TW”", en: "writes “TƯ” for “TW”" },
};

/**
 * `05 - KL/TU`, `25- NQ/TW`, `128/NQ - HĐND`: a number-symbol has no spaces inside; nor a bare
 * space for its hyphen (`35 CT/TW`, `1123/QĐ TTg`), codes in the wrong case (`12-ct/tw`) or
 * `TƯ`/`T.Ư` for `TW`. The fix writes the normalised symbol.
 */
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
    numberSymbolWritten: {
      vi: "Ký hiệu văn bản “{written}” {reasonVi}: viết “{normalized}”.",
      en: "Number-symbol “{written}” {reasonEn}: write “{normalized}”.",
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
      const reasons = s.variants.filter((v) => v !== "spacing").map((v) => REASONS[v]);
      reports.push({
        ...ctx.fix.span(c.paragraph, s.start, s.end),
        ...(reasons.length === 0
          ? { messageId: "numberSymbolHas" as const, data: { written, normalized: s.normalized } }
          : { messageId: "numberSymbolWritten" as const, data: { written, normalized: s.normalized, reasonVi: reasons.map((r) => r.vi).join(", "), reasonEn: reasons.map((r) => r.en).join(", ") } }),
        suggestions: [{ label: { vi: `Sửa thành “${s.normalized}”`, en: `Change to “${s.normalized}”` }, edits: [ctx.fix.replace(c.paragraph, s.start, s.end, s.normalized)] }],
      });
    }
    return reports;
  },
});
