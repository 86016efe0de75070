import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { displayDate } from "../date";
import { canonicalIssuer } from "../issuer";
import { issuersDisagree, rankEntries } from "../registry";
import { where } from "./firstMentionIncomplete";

/**
 * The document's date or issuer disagrees with another source — the bundled registry, another
 * report of the same run, an imported registry. Both values and their sources are shown; the
 * engine does not pick one.
 */
export const registryConflict = defineRule<Record<string, never>>({
  id: "citation/registry-conflict",
  category: "citation",
  description: { vi: "Ngày hoặc cơ quan ban hành khác với nguồn khác (danh mục, báo cáo khác).", en: "Date or issuer differs from another source (registry, another report)." },
  severity: "warning",
  messages: {
    datedHereBut: {
      vi: "{symbol}: văn bản này ghi ngày {dateIso}, còn {whereSourceVi} ghi ngày {displayDateDate}. Cần xác minh ngày đúng.",
      en: "{symbol}: dated {dateIso} here but {displayDateDate} in {whereSourceEn}. Check which is right.",
    },
    issuedHereBut: {
      vi: "{symbol}: văn bản này ghi cơ quan ban hành “{issuerText}”, còn {entrySourceVi} ghi “{entryIssuer}”.",
      en: "{symbol}: issued by “{issuerText}” here but by “{entryIssuer}” in {entrySourceEn}.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
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
            ...ctx.fix.span(dated.paragraph, dated.date!.start, dated.date!.end),
            messageId: "datedHereBut", data: { symbol, dateIso: displayDate(dated.date!.iso!), whereSourceVi: where(e.source, "vi"), displayDateDate: displayDate(e.date!), whereSourceEn: where(e.source, "en") },
          });
        }
      }
      const issued = mentions.find((m) => m.issuer);
      if (issued) {
        const year = dated?.date?.year ?? null;
        const entry = rankEntries(analysis.registry.lookup(symbol, year)).find((e) => e.source.label !== file && issuersDisagree(e.issuer, issued.issuer!.text));
        if (entry) {
          reports.push({
            ...ctx.fix.span(issued.paragraph, issued.issuer!.start, issued.issuer!.end),
            messageId: "issuedHereBut", data: { symbol, issuerText: canonicalIssuer(issued.issuer!.text), entrySourceVi: where(entry.source, "vi"), entryIssuer: entry.issuer ?? "", entrySourceEn: where(entry.source, "en") },
          });
        }
      }
    }
    return reports;
  },
});
