import type { Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";
import { displayDate, formatDate } from "../date";
import { canonicalIssuer } from "../issuer";
import { issuersDisagree, sameSeries } from "../registry";

/** A later mention of the same document gives another date or another issuer than the first one that gave it. */
export const inconsistentMention: Rule<Record<string, never>> = {
  meta: {
    id: "citation/inconsistent-mention",
    category: "citation",
    docs: { vi: "Các lần viện dẫn cùng một văn bản phải thống nhất ngày và cơ quan ban hành.", en: "Mentions of one document agree on its date and issuer." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: false,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
    const reports: Report[] = [];
    for (const [symbol, mentions] of analysis.mentions) {
      const firstDated = mentions.find((m) => m.date?.iso);
      const firstIssued = mentions.find((m) => m.issuer);
      for (const m of mentions) {
        if (firstDated && m !== firstDated && m.date?.iso && m.date.iso !== firstDated.date!.iso && sameSeries(symbol, m.date.year, firstDated.date!.year)) {
          // The first mention's date, written in the standard form so that citation/date-format agrees with the fix.
          const firstText =
            m.date.form === "words"
              ? ctx.text[firstDated.paragraph].normalized.slice(firstDated.date!.start, firstDated.date!.end)
              : formatDate(firstDated.date!.iso!, analysis.style.padMonths);
          reports.push({
            ...originalSpan(analysis, m.paragraph, m.date.start, m.date.end),
            message: {
              vi: `${symbol} ở đây ghi ngày ${displayDate(m.date.iso)}, nhưng lần viện dẫn trước ghi ngày ${displayDate(firstDated.date!.iso!)}.`,
              en: `${symbol} is dated ${displayDate(m.date.iso)} here but ${displayDate(firstDated.date!.iso!)} where first cited.`,
            },
            related: [{ ...originalSpan(analysis, firstDated.paragraph, firstDated.date!.start, firstDated.date!.end), note: { vi: "ngày ghi lần trước", en: "the date given first" } }],
            suggestions: [{ label: { vi: `Dùng ngày ${firstText}`, en: `Use ${firstText}` }, edits: [editAt(analysis, m.paragraph, m.date.start, m.date.end, firstText)] }],
          });
        }
        if (firstIssued && m !== firstIssued && m.issuer && issuersDisagree(m.issuer.text, firstIssued.issuer!.text)) {
          reports.push({
            ...originalSpan(analysis, m.paragraph, m.issuer.start, m.issuer.end),
            message: {
              vi: `${symbol} ở đây ghi cơ quan ban hành “${canonicalIssuer(m.issuer.text)}”, nhưng lần viện dẫn trước ghi “${canonicalIssuer(firstIssued.issuer!.text)}”.`,
              en: `${symbol} is issued by “${canonicalIssuer(m.issuer.text)}” here but by “${canonicalIssuer(firstIssued.issuer!.text)}” where first cited.`,
            },
            related: [{ ...originalSpan(analysis, firstIssued.paragraph, firstIssued.issuer!.start, firstIssued.issuer!.end), note: { vi: "cơ quan ghi lần trước", en: "the issuer given first" } }],
          });
        }
      }
    }
    return reports;
  },
};
