import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { Suggestion } from "../../core/types";
import { CITATIONS, canonicalHead, resolveFacts, type ResolvedFacts } from "../analysis";
import { displayDate } from "../date";
import type { Provenance } from "../registry";

/**
 * The first mention of a document gives its date, issuer and summary (`về …`); later mentions
 * may be short. When the date and issuer are known — from a later mention, the bundled registry
 * or another report — the suggestion is the canonical citation, and it says where the facts came from.
 */
export const firstMentionIncomplete = defineRule<Record<string, never>>({
  id: "citation/first-mention-incomplete",
  category: "citation",
  description: { vi: "Lần viện dẫn đầu tiên phải đủ ngày ban hành, cơ quan ban hành và trích yếu.", en: "The first mention of a document gives its date, issuer and summary." },
  severity: "warning",
  fix: "suggest",
  messages: {
    firstMentionLacks: {
      vi: "Lần đầu viện dẫn {firstSymbol} thiếu {missingVi}.{firstIssuerVi}",
      en: "First mention of {firstSymbol} lacks its {missingEn}.{firstIssuerEn}",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    for (const mentions of analysis.mentions.values()) {
      const first = mentions[0];
      const missing: { vi: string; en: string }[] = [];
      if (!first.date) missing.push({ vi: "ngày ban hành", en: "date" });
      if (!first.issuer) missing.push({ vi: "cơ quan ban hành", en: "issuer" });
      if (!first.summary) missing.push({ vi: "trích yếu", en: "summary" });
      if (missing.length === 0) continue;
      const facts = resolveFacts(first, analysis, ctx.snapshot.source);
      const suggestions: Suggestion[] = [];
      const head = canonicalHead(first, analysis, facts);
      const text = ctx.text[first.paragraph].normalized;
      if (head && !first.elided && (!first.date || !first.issuer)) {
        const addSummary = !first.summary && facts.summary && /^\s*([,;.)]|$)/u.test(text.slice(first.end));
        const replacement = addSummary ? `${head} ${facts.summary}` : head;
        suggestions.push({
          label: { vi: `Viết đầy đủ: “${replacement}”`, en: `Write in full: “${replacement}”` },
          edits: [ctx.fix.replace(first.paragraph, first.start, first.end, replacement)],
        });
      }
      reports.push({
        ...ctx.fix.span(first.paragraph, first.start, first.end),
        severity: first.date && first.issuer ? "info" : undefined,
        messageId: "firstMentionLacks", data: { firstSymbol: first.symbol?.normalized ?? "", missingVi: missing.map((m) => m.vi).join(", "), firstIssuerVi: knownFacts(facts, !first.date, !first.issuer, "vi"), missingEn: missing.map((m) => m.en).join(", "), firstIssuerEn: knownFacts(facts, !first.date, !first.issuer, "en") },
        suggestions,
      });
    }
    return reports;
  },
});

/** The missing facts that some source knows, each with its source. */
function knownFacts(facts: ResolvedFacts, missingDate: boolean, missingIssuer: boolean, lang: "vi" | "en"): string {
  const parts: string[] = [];
  if (missingDate && facts.date && facts.dateFrom) parts.push(`${lang === "vi" ? "ngày" : "date"} ${displayDate(facts.date)} (${where(facts.dateFrom, lang)})`);
  if (missingIssuer && facts.issuer && facts.issuerFrom) parts.push(`${facts.issuer} (${where(facts.issuerFrom, lang)})`);
  if (parts.length === 0) return "";
  return lang === "vi" ? ` Đã biết: ${parts.join("; ")}.` : ` Known: ${parts.join("; ")}.`;
}

export function where(p: Provenance, lang: "vi" | "en"): string {
  const para = p.paragraph !== undefined ? (lang === "vi" ? `, đoạn ${p.paragraph + 1}` : `, paragraph ${p.paragraph + 1}`) : "";
  switch (p.kind) {
    case "bundled":
      return (lang === "vi" ? "danh mục văn bản kèm theo" : "bundled registry") + (p.verified ? "" : lang === "vi" ? ", chưa xác minh" : ", unverified");
    case "document":
      return (p.label ? p.label : lang === "vi" ? "văn bản này" : "this document") + para;
    case "imported":
      return (lang === "vi" ? "sổ viện dẫn nhập: " : "imported registry: ") + p.label + para;
    case "user":
      return lang === "vi" ? "người dùng sửa" : "user edit";
  }
}
