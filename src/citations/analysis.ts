import { paragraphMemo, type ParagraphText } from "../text/normalize";
import type { Paragraph } from "../document/snapshot";
import type { Profile } from "../profile/profile";
import type { CitationRecord } from "./types";
import { defineAnalysis, defineResource } from "../lint/context";
import { detectCitations, type Citation } from "./detect";
import { houseStyle, type CommaStyle } from "./codes";
import { inSystemStyle } from "./symbol";
import { formatCitation, type CitationStyle } from "./format";
import { CitationRegistry, entryTime, rankEntries, type Provenance, type RegistryEntry } from "./registry";
import { citationTime, resolveDocuments, symbolKey, type DocumentGroup, type Resolution } from "./resolve";
import { NO_TIME, sameTime, type DocumentTime } from "./terms";

export { symbolKey };

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
  /** First dated and first issued mention, and the time they tell, per document; filled on demand. */
  mentionFacts: Map<DocumentGroup, MentionFacts>;
  /** Every mention linked to its document (short forms included). */
  resolution: Resolution;
}

/** The citation registry a caller shares across the files of one run; the bundled one when absent. */
export const REGISTRY = defineResource<CitationRegistry>("registry");

/** Citations, their documents' mentions and the house style, once per check. */
export const CITATIONS = defineAnalysis("citations", (ctx) =>
  analyzeCitations(ctx.text, ctx.profile, ctx.resource(REGISTRY) ?? CitationRegistry.withBundled(), ownedParagraphs(ctx.snapshot.paragraphs)),
);

/** Paragraphs the add-in inserted itself (its table of cited documents), marked `ownedByAddin` in the snapshot. */
export function ownedParagraphs(paragraphs: readonly Paragraph[]): Set<number> {
  const owned = new Set<number>();
  paragraphs.forEach((p, n) => {
    if (p.ownedByAddin === true) owned.add(n);
  });
  return owned;
}

/**
 * Detects, links and describes every citation. `excluded` paragraphs (the add-in's own inserted
 * table of cited documents) are not read: a document listed there is not cited again.
 */
export function analyzeCitations(text: readonly ParagraphText[], profile: Profile, registry: CitationRegistry, excluded: ReadonlySet<number> = new Set()): CitationAnalysis {
  const detected: Citation[] = [];
  text.forEach((t, paragraph) => {
    // Detection is memoised per text: each citation is copied to carry its paragraph.
    if (!excluded.has(paragraph)) for (const c of t.memo(DETECTED)) detected.push({ ...c, paragraph });
  });
  const resolution = resolveDocuments(detected);
  const citations = detected.filter((c) => !resolution.unresolvedDemonstratives.has(c));
  const house = houseStyle(profile.id);
  const commaStyle = house.commaBeforeDate;
  const style: CitationStyle = { system: profile.system, comma: resolveComma(commaStyle, citations), padMonths: house.padMonths };
  const analysis: CitationAnalysis = { citations, records: [], registry, text, commaStyle, style, mentionFacts: new Map(), resolution };
  analysis.records = citations.map((c) => toRecord(c, analysis));
  return analysis;
}

/** Detection depends on the paragraph's text alone: done once per text, then placed at its index. */
const DETECTED = paragraphMemo((t) => detectCitations(t.normalized, 0), { readOncePerCheck: true });

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
  const facts: ResolvedFacts = {
    date: c.date?.iso ?? null,
    dateFrom: c.date?.iso ? here(c) : null,
    issuer: c.issuer ? c.issuer.canonical : null,
    issuerFrom: c.issuer ? here(c) : null,
    summary: null,
  };
  const group = analysis.resolution.documentOf.get(c);
  if (!key || !group) return facts;
  const { dated, issued, time, dates: mentionDates } = documentFacts(analysis, group);
  // Registry entries of this document's term or year only: a Party number that several terms used
  // (25-NQ/TW of khóa IX and of khóa XI) names no one document without its date or term.
  const entries = registryEntries(analysis, group, key, time, file);
  if (!facts.date) {
    // Sources that give different dates — two mentions, or a mention and the registry — leave
    // the date unknown: inconsistent-mention and registry-conflict show both, nothing is adopted.
    const e = entries.find((x) => x.date);
    const oneDate = isOneDate(mentionDates, entries);
    if (oneDate && dated) {
      facts.date = dated.date!.iso;
      facts.dateFrom = here(dated);
    } else if (oneDate && e) {
      facts.date = e.date;
      facts.dateFrom = e.source;
    }
  }
  if (!facts.issuer) {
    if (issued) {
      facts.issuer = issued.issuer!.canonical;
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

/** Whether the mentions' dates and the entries' dates are one date in all (counted without copying the mentions' set per citation). */
function isOneDate(mentionDates: ReadonlySet<string>, entries: readonly RegistryEntry[]): boolean {
  if (mentionDates.size > 1) return false;
  let only = mentionDates.size === 1 ? mentionDates.values().next().value! : undefined;
  for (const { date } of entries) {
    if (!date || date === only) continue;
    if (only !== undefined) return false;
    only = date;
  }
  return only !== undefined;
}

/** Where a fact of this document was found; facts from this document carry an empty label: messages say "this document". */
function here(x: Citation): Provenance {
  return { kind: "document", label: "", paragraph: x.paragraph, text: x.symbol?.normalized };
}

/**
 * The registry entries of a document, from a source other than `file`, that fit the time its
 * mentions tell: asked for by every mention, looked up once per document, symbol and file.
 */
function registryEntries(analysis: CitationAnalysis, group: DocumentGroup, key: string, time: DocumentTime, file: string): RegistryEntry[] {
  const lookupKey = `${key}\n${file}`;
  const known = documentFacts(analysis, group).entries;
  let entries = known.get(lookupKey);
  if (!entries) {
    entries = oneSeries(key, rankEntries(analysis.registry.lookup(key, time).filter((e) => e.source.label !== file)));
    known.set(lookupKey, entries);
  }
  return entries;
}

/** The entries when they can all be one document; none when they belong to different terms or years. */
function oneSeries(key: string, entries: RegistryEntry[]): RegistryEntry[] {
  return entries.every((e) => sameTime(key, entryTime(e), entryTime(entries[0]))) ? entries : [];
}

interface MentionFacts {
  dated: Citation | undefined;
  issued: Citation | undefined;
  /** When the document's mentions say it was issued: the first date, else the first written term. */
  time: DocumentTime;
  /** Every date its mentions give. */
  dates: ReadonlySet<string>;
  /** Registry entries by symbol and file asking (see registryEntries). */
  entries: Map<string, RegistryEntry[]>;
}

/**
 * The document's first mention giving a date, the first giving an issuer, and the time they
 * tell. Every mention of a document asks for the same ones: computed once per document, not by
 * rescanning its mentions for each one.
 */
export function documentFacts(analysis: CitationAnalysis, group: DocumentGroup): MentionFacts {
  let facts = analysis.mentionFacts.get(group);
  if (!facts) {
    const dated = group.mentions.find((m) => m.date?.iso);
    const termed = group.mentions.find((m) => m.term);
    const time = dated ? citationTime(dated) : termed ? citationTime(termed) : NO_TIME;
    const dates = new Set(group.mentions.map((m) => m.date?.iso).filter((d): d is string => !!d));
    facts = { dated, issued: group.mentions.find((m) => m.issuer), time, dates, entries: new Map() };
    analysis.mentionFacts.set(group, facts);
  }
  return facts;
}

function toRecord(c: Citation, analysis: CitationAnalysis): CitationRecord {
  const paragraph = analysis.text[c.paragraph];
  const [start, end] = paragraph.span(c.start, c.end);
  const symbol = c.symbol ? (inSystemStyle(c.symbol) ?? c.symbol.normalized) : null;
  const facts = resolveFacts(c, analysis, "");
  const group = analysis.resolution.documentOf.get(c);
  const head = c.kind === "named" ? (c.named?.label ?? null) : canonicalHead(c, analysis, facts);
  // The first mention's canonical form carries the summary, from the document itself or the registry.
  const summary = group?.mentions[0] === c ? (group.mentions.find((m) => m.summary)?.summary?.text ?? facts.summary) : null;
  const canonical = head && summary && c.kind !== "named" ? `${head} ${summary}` : head;
  const ambiguous = analysis.resolution.ambiguous.get(c);
  const issuerSpan = c.issuer ? paragraph.span(c.issuer.start, c.issuer.end) : null;
  const summarySpan = c.summary ? paragraph.span(c.summary.start, c.summary.end) : null;
  const record: CitationRecord = {
    paragraph: c.paragraph,
    start,
    end,
    text: paragraph.original.slice(start, end),
    type: c.type?.word ?? null,
    number: c.symbol?.number ?? c.number,
    symbol,
    date: c.date?.iso ?? null,
    issuer: c.issuer ? c.issuer.canonical : null,
    canonical,
    kind: c.kind,
    document: group?.id ?? null,
  };
  // Set in this order (not spread into the literal, which copies the whole record): the key order is the JSON output's.
  if (ambiguous) record.ambiguousWith = ambiguous.map((d) => d.id);
  record.summary = c.summary && summarySpan ? { text: c.summary.text, start: summarySpan[0], end: summarySpan[1] } : null;
  record.issuerAt = c.issuer && issuerSpan ? { start: issuerSpan[0], end: issuerSpan[1], role: c.issuer.role } : null;
  return record;
}

/** The canonical head (type, số, symbol, date, issuer) when type, symbol, date and issuer are all known. */
export function canonicalHead(c: Citation, analysis: CitationAnalysis, facts: ResolvedFacts): string | null {
  const symbol = symbolKey(c);
  if (!c.type || !symbol || !facts.date || !facts.issuer) return null;
  return formatCitation({ type: c.type.word, symbol, date: facts.date, issuer: facts.issuer }, analysis.style);
}
