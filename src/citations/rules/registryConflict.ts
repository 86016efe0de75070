import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS, documentFacts } from "../analysis";
import { displayDate } from "../date";
import { canonicalIssuer } from "../issuer";
import { entryTime, issuersDisagree, rankEntries } from "../registry";
import { sameTime } from "../terms";
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
    sourcesDisagree: {
      vi: "{symbol}: các nguồn ghi ngày khác nhau — {firstSourceVi} ghi {firstDate}, {secondSourceVi} ghi {secondDate}. Cần xác minh trước khi ghi ngày.",
      en: "{symbol}: sources disagree on the date — {firstSourceEn} gives {firstDate}, {secondSourceEn} gives {secondDate}. Check before writing the date.",
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
    for (const doc of analysis.resolution.documents) {
      const symbol = doc.symbol;
      if (!symbol) continue;
      const { dated, issued, time } = documentFacts(analysis, doc);
      const mentions = doc.mentions;
      if (!dated) {
        // The document gives no date: two sources of its term or year giving two dates are a conflict to show, never to resolve.
        const entries = rankEntries(analysis.registry.lookup(symbol, time)).filter((e) => e.source.label !== file && e.date);
        const first = entries[0];
        const other = entries.find((e) => e.date !== first?.date && sameTime(symbol, entryTime(e), entryTime(first)));
        if (first && other) {
          const m = mentions[0];
          reports.push({
            ...ctx.fix.span(m.paragraph, m.start, m.end),
            messageId: "sourcesDisagree",
            data: {
              symbol,
              firstSourceVi: where(first.source, "vi"),
              firstSourceEn: where(first.source, "en"),
              firstDate: displayDate(first.date!),
              secondSourceVi: where(other.source, "vi"),
              secondSourceEn: where(other.source, "en"),
              secondDate: displayDate(other.date!),
            },
          });
        }
      }
      if (dated) {
        const entries = rankEntries(analysis.registry.lookup(symbol, time)).filter((e) => e.source.label !== file && e.date && e.date !== dated.date!.iso);
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
      if (issued) {
        const entry = rankEntries(analysis.registry.lookup(symbol, time)).find((e) => e.source.label !== file && issuersDisagree(e.issuer, issued.issuer!.text));
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
