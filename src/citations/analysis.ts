import type { ParagraphText } from "../text/normalize";
import type { Profile } from "../profile/profile";
import type { CitationRecord } from "./types";
import { defineAnalysis, defineResource } from "../lint/context";
import { detectCitations, type Citation } from "./detect";
import { houseStyle, type CommaStyle } from "./codes";
import { inSystemStyle } from "./symbol";
import { canonicalIssuer } from "./issuer";
import { formatCitation, type CitationStyle } from "./format";
import { CitationRegistry, rankEntries, sameSeries, type Provenance } from "./registry";

/** Date, issuer and summary of a cited document, each with where it was found. */
export interface ResolvedFacts {
  date: string | null;
  dateFrom: Provenance | null;
  issuer: string | null;
  issuerFrom: Provenance | null;
  summary: string | null;
}

/** Everything the citation rules read, computed once per document. */
export interface CitationAnalysis {
  citations: Citation[];
  records: CitationRecord[];
  registry: CitationRegistry;
  /** The document's own file name (snapshot source), to tell its own registry entries apart. */
  text: readonly ParagraphText[];
  commaStyle: CommaStyle;
  style: CitationStyle;
  /** Mentions of each numbered document in reading order, keyed by symbol. */
  mentions: Map<string, Citation[]>;
  /** First dated and first issued mention per symbol and year, filled on demand. */
  mentionFacts: Map<string, MentionFacts>;
}

/** The citation registry a caller shares across the files of one run; the bundled one when absent. */
export const REGISTRY = defineResource<CitationRegistry>("registry");

/** Citations, their documents' mentions and the house style, once per check. */
export const CITATIONS = defineAnalysis("citations", (ctx) =>
  analyzeCitations(ctx.text, ctx.profile, ctx.resource(REGISTRY) ?? CitationRegistry.withBundled()),
);

export function analyzeCitations(text: readonly ParagraphText[], profile: Profile, registry: CitationRegistry): CitationAnalysis {
  const citations = text.flatMap((t, paragraph) => detectCitations(t.normalized, paragraph));
  const mentions = new Map<string, Citation[]>();
  for (const c of citations) {
    const key = symbolKey(c);
    if (!key) continue;
    const list = mentions.get(key) ?? [];
    list.push(c);
    mentions.set(key, list);
  }
  const house = houseStyle(profile.id);
  const commaStyle = house.commaBeforeDate;
  const style: CitationStyle = { system: profile.system, comma: resolveComma(commaStyle, citations), padMonths: house.padMonths };
  const analysis: CitationAnalysis = { citations, records: [], registry, text, commaStyle, style, mentions, mentionFacts: new Map() };
  analysis.records = citations.map((c) => toRecord(c, analysis));
  return analysis;
}

/** The document's identity for a numbered citation: its symbol in its system's own style. */
export function symbolKey(c: Citation): string | null {
  return c.symbol ? (inSystemStyle(c.symbol) ?? c.symbol.normalized) : null;
}

/** "either": follow the document's majority (ties go to the comma of the newer guidance). */
function resolveComma(style: CommaStyle, citations: readonly Citation[]): boolean {
  if (style !== "either") return style === "comma";
  const dated = citations.filter((c) => c.ngay);
  const withComma = dated.filter((c) => c.comma).length;
  return withComma * 2 >= dated.length;
}

/** Facts for a citation: its own, else the document's first complete mention, else the registry. */
export function resolveFacts(c: Citation, analysis: CitationAnalysis, file: string): ResolvedFacts {
  const key = symbolKey(c);
  // Facts from this document carry an empty label: messages say "this document".
  const here = (x: Citation): Provenance => ({ kind: "document", label: "", paragraph: x.paragraph, text: x.symbol?.normalized });
  const facts: ResolvedFacts = {
    date: c.date?.iso ?? null,
    dateFrom: c.date?.iso ? here(c) : null,
    issuer: c.issuer ? canonicalIssuer(c.issuer.text) : null,
    issuerFrom: c.issuer ? here(c) : null,
    summary: null,
  };
  if (!key) return facts;
  const year = c.date?.year ?? null;
  const { dated, issued } = firstMentionsWithFacts(analysis, key, year);
  const entries = rankEntries(analysis.registry.lookup(key, year).filter((e) => e.source.label !== file));
  if (!facts.date) {
    if (dated) {
      facts.date = dated.date!.iso;
      facts.dateFrom = here(dated);
    } else {
      const e = entries.find((x) => x.date);
      if (e) {
        facts.date = e.date;
        facts.dateFrom = e.source;
      }
    }
  }
  if (!facts.issuer) {
    if (issued) {
      facts.issuer = canonicalIssuer(issued.issuer!.text);
      facts.issuerFrom = here(issued);
    } else {
      const e = entries.find((x) => x.issuer);
      if (e) {
        facts.issuer = e.issuer;
        facts.issuerFrom = e.source;
      }
    }
  }
  facts.summary = entries.find((x) => x.summary)?.summary ?? null;
  return facts;
}

interface MentionFacts {
  dated: Citation | undefined;
  issued: Citation | undefined;
}

/**
 * The document's first mention giving a date and the first giving an issuer, among mentions of
 * the same series. Every mention of a document asks for the same ones: computed once per symbol
 * and year, not by rescanning all mentions for each one.
 */
function firstMentionsWithFacts(analysis: CitationAnalysis, key: string, year: number | null): MentionFacts {
  const known = analysis.mentionFacts;
  const id = `${key} ${year}`;
  let facts = known.get(id);
  if (!facts) {
    const sameDoc = (analysis.mentions.get(key) ?? []).filter((m) => year === null || m.date === null || sameSeries(key, year, m.date.year));
    facts = { dated: sameDoc.find((m) => m.date?.iso), issued: sameDoc.find((m) => m.issuer) };
    known.set(id, facts);
  }
  return facts;
}

function toRecord(c: Citation, analysis: CitationAnalysis): CitationRecord {
  const paragraph = analysis.text[c.paragraph];
  const [start, end] = paragraph.span(c.start, c.end);
  const symbol = c.symbol ? (inSystemStyle(c.symbol) ?? c.symbol.normalized) : null;
  const facts = resolveFacts(c, analysis, "");
  const canonical = c.kind === "named" ? (c.named?.label ?? null) : canonicalHead(c, analysis, facts);
  return {
    paragraph: c.paragraph,
    start,
    end,
    text: paragraph.original.slice(start, end),
    type: c.type?.word ?? null,
    number: c.symbol?.number ?? c.number,
    symbol,
    date: c.date?.iso ?? null,
    issuer: c.issuer ? canonicalIssuer(c.issuer.text) : null,
    canonical,
    kind: c.kind,
  };
}

/** The canonical head (type, số, symbol, date, issuer) when type, symbol, date and issuer are all known. */
export function canonicalHead(c: Citation, analysis: CitationAnalysis, facts: ResolvedFacts): string | null {
  const symbol = symbolKey(c);
  if (!c.type || !symbol || !facts.date || !facts.issuer) return null;
  return formatCitation({ type: c.type.word, symbol, date: facts.date, issuer: facts.issuer }, analysis.style);
}
