import type { Report, Rule, Suggestion } from "../../lint/types";
import { analysisFor, canonicalHead, editAt, originalSpan, resolveFacts, type ResolvedFacts } from "../analysis";
import { displayDate } from "../date";
import type { Provenance } from "../registry";

/**
 * The first mention of a document gives its date, issuer and summary (`về …`); later mentions
 * may be short. When the date and issuer are known — from a later mention, the bundled registry
 * or another report — the suggestion is the canonical citation, and it says where the facts came from.
 */
export const firstMentionIncomplete: Rule<Record<string, never>> = {
  meta: {
    id: "citation/first-mention-incomplete",
    category: "citation",
    docs: { vi: "Lần viện dẫn đầu tiên phải đủ ngày ban hành, cơ quan ban hành và trích yếu.", en: "The first mention of a document gives its date, issuer and summary." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: false,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
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
          edits: [editAt(analysis, first.paragraph, first.start, first.end, replacement)],
        });
      }
      reports.push({
        ...originalSpan(analysis, first.paragraph, first.start, first.end),
        severity: first.date && first.issuer ? "info" : undefined,
        message: {
          vi: `Lần đầu viện dẫn ${first.symbol?.normalized ?? ""} thiếu ${missing.map((m) => m.vi).join(", ")}.${knownFacts(facts, !first.date, !first.issuer, "vi")}`,
          en: `First mention of ${first.symbol?.normalized ?? ""} lacks its ${missing.map((m) => m.en).join(", ")}.${knownFacts(facts, !first.date, !first.issuer, "en")}`,
        },
        suggestions,
      });
    }
    return reports;
  },
};

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
