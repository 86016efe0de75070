import type { Report, Rule } from "../../lint/types";
import { analysisFor, originalSpan } from "../analysis";
import { displayDate } from "../date";
import { canonicalIssuer } from "../issuer";
import { issuersDisagree, rankEntries } from "../registry";
import { where } from "./firstMentionIncomplete";

/**
 * The document's date or issuer disagrees with another source — the bundled registry, another
 * report of the same run, an imported registry. Both values and their sources are shown; the
 * engine does not pick one.
 */
export const registryConflict: Rule<Record<string, never>> = {
  meta: {
    id: "citation/registry-conflict",
    category: "citation",
    docs: { vi: "Ngày hoặc cơ quan ban hành khác với nguồn khác (danh mục, báo cáo khác).", en: "Date or issuer differs from another source (registry, another report)." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: false,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
    const file = ctx.snapshot.source;
    const reports: Report[] = [];
    for (const [symbol, mentions] of analysis.mentions) {
      const dated = mentions.find((m) => m.date?.iso);
      if (dated) {
        const entries = rankEntries(analysis.registry.lookup(symbol, dated.date!.year)).filter((e) => e.source.label !== file && e.date && e.date !== dated.date!.iso);
        const seen = new Set<string>();
        for (const e of entries) {
          if (seen.has(e.date!)) continue;
          seen.add(e.date!);
          reports.push({
            ...originalSpan(analysis, dated.paragraph, dated.date!.start, dated.date!.end),
            message: {
              vi: `${symbol}: văn bản này ghi ngày ${displayDate(dated.date!.iso!)}, còn ${where(e.source, "vi")} ghi ngày ${displayDate(e.date!)}. Cần xác minh ngày đúng.`,
              en: `${symbol}: dated ${displayDate(dated.date!.iso!)} here but ${displayDate(e.date!)} in ${where(e.source, "en")}. Check which is right.`,
            },
          });
        }
      }
      const issued = mentions.find((m) => m.issuer);
      if (issued) {
        const year = dated?.date?.year ?? null;
        const entry = rankEntries(analysis.registry.lookup(symbol, year)).find((e) => e.source.label !== file && issuersDisagree(e.issuer, issued.issuer!.text));
        if (entry) {
          reports.push({
            ...originalSpan(analysis, issued.paragraph, issued.issuer!.start, issued.issuer!.end),
            message: {
              vi: `${symbol}: văn bản này ghi cơ quan ban hành “${canonicalIssuer(issued.issuer!.text)}”, còn ${where(entry.source, "vi")} ghi “${entry.issuer}”.`,
              en: `${symbol}: issued by “${canonicalIssuer(issued.issuer!.text)}” here but by “${entry.issuer}” in ${where(entry.source, "en")}.`,
            },
          });
        }
      }
    }
    return reports;
  },
};
