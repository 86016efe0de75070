import { defineRule } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../../structure/variants";

const TERM_YEARS = /\s*[,(]?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\)?$/u;

/**
 * One form per document cited by name (`Nghị quyết Trung ương 4, khóa XII` / `Nghị quyết TW 4
 * khóa XII` / `Nghị quyết Trung ương 4 (khóa XII)`): one finding per document giving its forms
 * with their counts, every place, and one suggestion per form, the most frequent first (on a tie,
 * the form written first).
 */
export const namedForm = defineRule<Record<string, never>, keyof typeof VARIANT_MESSAGES>({
  id: "citation/named-form",
  category: "citation",
  description: { vi: "Văn bản viện dẫn theo tên (nghị quyết đại hội, nghị quyết Trung ương) viết thống nhất một cách.", en: "A document cited by name is written one way throughout." },
  severity: "info",
  fix: "suggest",
  messages: VARIANT_MESSAGES,
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const byDocument = new Map<string, VariantOccurrence[]>();
    for (const c of analysis.citations) {
      if (c.kind !== "named" || !c.named) continue;
      // A congress's term years (`, nhiệm kỳ 2020 - 2025`) may be given once and left out later: the name is compared without them.
      const full = ctx.text[c.paragraph].normalized.slice(c.start, c.end);
      const written = full.replace(TERM_YEARS, "");
      const list = byDocument.get(c.named.key) ?? [];
      list.push({ paragraph: c.paragraph, start: c.start, end: c.start + written.length, form: written, rewrite: formItself });
      byDocument.set(c.named.key, list);
    }
    return [...byDocument.values()].flatMap((occurrences) => {
      const forms = [...new Set(occurrences.map((o) => o.form))];
      if (forms.length < 2) return [];
      const quoted = (form: string) => ({ vi: `“${form}”`, en: `“${form}”` });
      return variantReport(ctx, { subject: { vi: `tên văn bản ${quoted(forms[0]).vi}`, en: `the name of ${quoted(forms[0]).en}` }, forms: Object.fromEntries(forms.map((f) => [f, quoted(f)])), preferred: null }, occurrences);
    });
  },
});

/** A name's rewrite in a form is the form itself (one function for every mention: no closure each). */
function formItself(form: string): string {
  return form;
}
