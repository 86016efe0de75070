import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { Localized, Suggestion } from "../../core/types";
import { placeOf } from "../../structure/place";
import { CITATIONS, canonicalHead, resolveFacts, type ResolvedFacts } from "../analysis";
import { displayDate } from "../date";
import type { Provenance } from "../registry";
import type { Citation } from "../detect";

/**
 * The first mention of a document gives its number-symbol, date, issuer and summary (`về …`);
 * later mentions may be short, and a short form before any full mention is the first mention.
 * When the date and issuer are known — from a later mention, the bundled registry or another
 * report — the suggestion is the canonical citation, and it says where the facts came from.
 * First mentions of one paragraph that lack the same elements are one finding with the others
 * as related places. A short form that fits several documents is said to be ambiguous.
 */
export const firstMentionIncomplete = defineRule<Record<string, never>>({
  id: "citation/first-mention-incomplete",
  category: "citation",
  description: { vi: "Lần viện dẫn đầu tiên phải đủ số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.", en: "The first mention of a document gives its number-symbol, date, issuer and summary." },
  severity: "warning",
  fix: "suggest",
  messages: {
    firstMentionLacks: {
      vi: "Lần đầu viện dẫn {firstSymbol} thiếu {missingVi}.{firstIssuerVi}",
      en: "First mention of {firstSymbol} lacks its {missingEn}.{firstIssuerEn}",
    },
    ambiguousShortForm: {
      vi: "“{written}” có thể chỉ {count} văn bản khác nhau đã viện dẫn; ghi rõ số, ký hiệu để người đọc biết văn bản nào.",
      en: "“{written}” may mean any of {count} documents cited before; give the number-symbol so the reader knows which.",
    },
    ambiguousTerm: {
      vi: "“{written}” có thể chỉ {count} văn bản khác nhau cùng số, ký hiệu (số văn bản của Trung ương đánh lại từ đầu mỗi khóa); ghi rõ ngày ban hành hoặc khóa.",
      en: "“{written}” may mean any of {count} documents with this number-symbol (Central numbers restart each term); give the date or the term.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const here = (paragraph: number) => placeOf(ctx, paragraph);
    const lacking: Lacking[] = [];
    for (const doc of analysis.resolution.documents) {
      const first = doc.mentions[0];
      if (first.kind !== "numbered" || (first.elided && !first.typeWord)) continue;
      const missing: Missing[] = [];
      if (!first.symbol || first.elided) missing.push(MISSING.symbol);
      if (!first.date) missing.push(MISSING.date);
      if (!first.issuer) missing.push(MISSING.issuer);
      if (!first.summary) missing.push(MISSING.summary);
      if (missing.length > 0) lacking.push({ first, missing });
    }
    const reports: Report[] = [];
    // One finding per paragraph and set of missing elements.
    const groups = new Map<string, Lacking[]>();
    for (const l of lacking) {
      const key = `${l.first.paragraph}|${l.missing.map((m) => m.en).join(",")}`;
      groups.set(key, [...(groups.get(key) ?? []), l]);
    }
    for (const group of groups.values()) {
      const [{ first, missing }] = group;
      const suggestions: Suggestion[] = [];
      for (const { first: c } of group) {
        const facts = resolveFacts(c, analysis, ctx.snapshot.source);
        const head = canonicalHead(c, analysis, facts);
        if (!head || c.elided || (c.date && c.issuer)) continue;
        const after = ctx.text[c.paragraph].normalized.slice(c.end);
        const replacement = !c.summary && facts.summary && /^\s*([,;.)]|$)/u.test(after) ? `${head} ${facts.summary}` : head;
        suggestions.push({ label: { vi: `Viết đầy đủ: “${replacement}”`, en: `Write in full: “${replacement}”` }, edits: [ctx.fix.replace(c.paragraph, c.start, c.end, replacement)] });
      }
      const facts = resolveFacts(first, analysis, ctx.snapshot.source);
      const names = group.map((l) => nameOf(l.first)).join(", ");
      const single = group.length === 1;
      reports.push({
        ...ctx.fix.span(first.paragraph, first.start, first.end),
        // Only the summary missing, or a bare short form never cited in full (`Đề án 06`, a name the reader may know): a reminder.
        severity: (first.date && first.issuer && first.symbol) || isBareShortForm(first) ? "info" : undefined,
        messageId: "firstMentionLacks",
        data: {
          firstSymbol: names,
          missingVi: missing.map((m) => m.vi).join(", "),
          missingEn: missing.map((m) => m.en).join(", "),
          firstIssuerVi: single ? knownFacts(facts, !first.date, !first.issuer, "vi", here) : "",
          firstIssuerEn: single ? knownFacts(facts, !first.date, !first.issuer, "en", here) : "",
        },
        ...(single ? {} : { related: group.slice(1).map(({ first: c }) => ({ ...ctx.fix.span(c.paragraph, c.start, c.end), note: { vi: `cũng thiếu ${missing.map((m) => m.vi).join(", ")}`, en: `also lacks its ${missing.map((m) => m.en).join(", ")}` } })) }),
        suggestions,
      });
    }
    for (const [c, candidates] of analysis.resolution.ambiguous) {
      reports.push({
        ...ctx.fix.span(c.paragraph, c.start, c.end),
        severity: "info",
        messageId: c.symbol && !c.elided ? "ambiguousTerm" : "ambiguousShortForm",
        data: { written: ctx.text[c.paragraph].normalized.slice(c.start, c.end), count: candidates.length },
        related: candidates.map((d) => ({ ...ctx.fix.span(d.mentions[0].paragraph, d.mentions[0].start, d.mentions[0].end), note: { vi: "một văn bản có thể được chỉ đến", en: "one document it may mean" } })),
      });
    }
    return reports;
  },
});

interface Missing {
  vi: string;
  en: string;
}

const MISSING = {
  symbol: { vi: "số, ký hiệu", en: "number-symbol" },
  date: { vi: "ngày ban hành", en: "date" },
  issuer: { vi: "cơ quan ban hành", en: "issuer" },
  summary: { vi: "trích yếu", en: "summary" },
} satisfies Record<string, Missing>;

interface Lacking {
  first: Citation;
  missing: Missing[];
}

function isBareShortForm(c: Citation): boolean {
  return !c.symbol && !c.so && !c.date && !c.issuer;
}

/** The mention as a reader names it: its symbol, or its type and number (`Chỉ thị 27`). */
function nameOf(c: Citation): string {
  return c.symbol?.normalized ?? [c.type?.word, c.number].filter(Boolean).join(" ");
}

/** The missing facts that some source knows, each with its source. */
function knownFacts(facts: ResolvedFacts, missingDate: boolean, missingIssuer: boolean, lang: "vi" | "en", here: (paragraph: number) => Localized): string {
  const parts: string[] = [];
  if (missingDate && facts.date && facts.dateFrom) parts.push(`${lang === "vi" ? "ngày" : "date"} ${displayDate(facts.date)} (${where(facts.dateFrom, lang, here)})`);
  if (missingIssuer && facts.issuer && facts.issuerFrom) parts.push(`${facts.issuer} (${where(facts.issuerFrom, lang, here)})`);
  if (parts.length === 0) return "";
  return lang === "vi" ? ` Đã biết: ${parts.join("; ")}.` : ` Known: ${parts.join("; ")}.`;
}

/**
 * Where a fact came from. A place in this document is named as the reader sees it (`here`);
 * another file's paragraph numbers mean nothing in the open document, so only the file is named.
 */
export function where(p: Provenance, lang: "vi" | "en", here?: (paragraph: number) => Localized): string {
  switch (p.kind) {
    case "bundled":
      return (lang === "vi" ? "danh mục văn bản kèm theo" : "bundled registry") + (p.verified ? "" : lang === "vi" ? ", chưa xác minh" : ", unverified");
    case "document":
      if (p.label) return p.label;
      return [lang === "vi" ? "văn bản này" : "this document", p.paragraph !== undefined ? here?.(p.paragraph)[lang] : undefined].filter(Boolean).join(", ");
    case "imported":
      return (lang === "vi" ? "sổ viện dẫn nhập: " : "imported registry: ") + p.label;
    case "user":
      return lang === "vi" ? "người dùng sửa" : "user edit";
  }
}
