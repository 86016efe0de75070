import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS, documentFacts } from "../analysis";
import { displayDate, formatDate } from "../date";
import { canonicalIssuer } from "../issuer";
import { issuersDisagree } from "../registry";
import { numberedByTerm, termOfDate } from "../terms";

/**
 * A later mention of the same document gives another date or another issuer than the first one
 * that gave it; or a Central mention's date falls in another term than the one it writes.
 */
export const inconsistentMention = defineRule<Record<string, never>>({
  id: "citation/inconsistent-mention",
  category: "citation",
  description: { vi: "Các lần viện dẫn cùng một văn bản phải thống nhất ngày và cơ quan ban hành.", en: "Mentions of one document agree on its date and issuer." },
  severity: "warning",
  fix: "suggest",
  messages: {
    datedHereBut: {
      vi: "{symbol} ở đây ghi ngày {dateIso}, nhưng lần viện dẫn trước ghi ngày {firstDate}.",
      en: "{symbol} is dated {dateIso} here but {firstDate} where first cited.",
    },
    issuedHereBut: {
      vi: "{symbol} ở đây ghi cơ quan ban hành “{issuerText}”, nhưng lần viện dẫn trước ghi “{firstIssuer}”.",
      en: "{symbol} is issued by “{issuerText}” here but by “{firstIssuer}” where first cited.",
    },
    termDisagrees: {
      vi: "{symbol}: ngày {date} thuộc khóa {dateTerm}, nhưng viện dẫn ghi khóa {writtenTerm}. Số văn bản của Trung ương đánh lại mỗi khóa: cần xác minh ngày hoặc khóa.",
      en: "{symbol}: {date} falls in term {dateTerm}, but the citation says term {writtenTerm}. Central numbers restart each term: check the date or the term.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    // Mentions linked to one document (same symbol, and a date or term that fits it).
    for (const doc of analysis.resolution.documents) {
      const symbol = doc.symbol;
      if (!symbol) continue;
      const { dated: firstDated, issued: firstIssued } = documentFacts(analysis, doc);
      for (const m of doc.mentions) {
        // The date and the term written in one mention name two different documents.
        const dateTerm = m.date?.iso && m.term && numberedByTerm(symbol) ? termOfDate(m.date.iso) : null;
        if (dateTerm && dateTerm !== m.term!.term) {
          reports.push({
            ...ctx.fix.span(m.paragraph, m.term!.start, m.term!.end),
            messageId: "termDisagrees",
            data: { symbol, date: displayDate(m.date!.iso!), dateTerm, writtenTerm: m.term!.term },
            related: [{ ...ctx.fix.span(m.paragraph, m.date!.start, m.date!.end), note: { vi: "ngày ghi trong viện dẫn", en: "the date written" } }],
          });
        }
        if (firstDated && m !== firstDated && m.date?.iso && m.date.iso !== firstDated.date!.iso) {
          // The first mention's date, written in the standard form so that citation/date-format agrees with the fix.
          const firstText =
            m.date.form === "words"
              ? ctx.text[firstDated.paragraph].normalized.slice(firstDated.date!.start, firstDated.date!.end)
              : formatDate(firstDated.date!.iso!, analysis.style.padMonths);
          reports.push({
            ...ctx.fix.span(m.paragraph, m.date.start, m.date.end),
            messageId: "datedHereBut", data: { symbol, dateIso: displayDate(m.date.iso), firstDate: displayDate(firstDated.date!.iso!) },
            related: [{ ...ctx.fix.span(firstDated.paragraph, firstDated.date!.start, firstDated.date!.end), note: { vi: "ngày ghi lần trước", en: "the date given first" } }],
            suggestions: [{ label: { vi: `Dùng ngày ${firstText}`, en: `Use ${firstText}` }, edits: [ctx.fix.replace(m.paragraph, m.date.start, m.date.end, firstText)] }],
          });
        }
        if (firstIssued && m !== firstIssued && m.issuer && issuersDisagree(m.issuer.text, firstIssued.issuer!.text)) {
          reports.push({
            ...ctx.fix.span(m.paragraph, m.issuer.start, m.issuer.end),
            messageId: "issuedHereBut", data: { symbol, issuerText: canonicalIssuer(m.issuer.text), firstIssuer: canonicalIssuer(firstIssued.issuer!.text) },
            related: [{ ...ctx.fix.span(firstIssued.paragraph, firstIssued.issuer!.start, firstIssued.issuer!.end), note: { vi: "cơ quan ghi lần trước", en: "the issuer given first" } }],
          });
        }
      }
    }
    return reports;
  },
});
