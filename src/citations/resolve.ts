import type { Citation } from "./detect";
import { inSystemStyle } from "./symbol";
import { sameTime, type DocumentTime } from "./terms";

/** One cited document and every mention linked to it, in reading order. */
export interface DocumentGroup {
  /** `d1`, `d2` … in order of first mention. */
  id: string;
  /** Type word of the document (from its first mention that gives one). */
  type: string | null;
  number: string | null;
  /** The symbol in its system's style, once a mention writes it. */
  symbol: string | null;
  /** The named document's identity (`tw:4:XII`), for unnumbered references. */
  namedKey: string | null;
  mentions: Citation[];
}

/** Mentions linked to documents; a short form that fits several documents is linked to none. */
export interface Resolution {
  documents: DocumentGroup[];
  documentOf: Map<Citation, DocumentGroup>;
  /** Short forms that fit more than one document, with the candidates. */
  ambiguous: Map<Citation, DocumentGroup[]>;
  /** `Nghị quyết này` with no document of that type before it: the writer's own document, not a reference. */
  unresolvedDemonstratives: Set<Citation>;
}

/** The document's identity for a numbered citation: its symbol in its system's own style. */
export function symbolKey(c: Citation): string | null {
  return c.symbol ? (inSystemStyle(c.symbol) ?? c.symbol.normalized) : null;
}

/** How far back `Nghị quyết này` looks for the document it means: this paragraph and the one before. */
const DEMONSTRATIVE_REACH = 1;

/**
 * Links every mention to a document, reading in order: a symbol to the document with that
 * symbol and a date or term that fits (see sameTime; several such documents: ambiguous); a short form (`Nghị quyết 35`, `Chỉ thị số 27`) to the
 * one document of that type and number cited so far (none: it is a first mention; several:
 * ambiguous, not linked); `Nghị quyết này` to the latest resolution cited in this or the
 * previous paragraph; a named reference to its name.
 */
export function resolveDocuments(citations: readonly Citation[]): Resolution {
  const documents: DocumentGroup[] = [];
  const documentOf = new Map<Citation, DocumentGroup>();
  const ambiguous = new Map<Citation, DocumentGroup[]>();
  const unresolvedDemonstratives = new Set<Citation>();
  // Indexes, so a long report is read in one pass: by symbol, by type and number, by name.
  const bySymbol = new Map<string, DocumentGroup[]>();
  const byTypeNumber = new Map<string, DocumentGroup[]>();
  const byName = new Map<string, DocumentGroup>();
  // A new mention is checked against the distinct times of a document's mentions, not each mention.
  const timesOf = new Map<DocumentGroup, MentionTimes>();
  const typeNumber = (type: string | null, number: string | null) => `${type ?? ""}|${number ?? ""}`;
  const index = <K>(map: Map<K, DocumentGroup[]>, key: K, group: DocumentGroup) => map.set(key, [...(map.get(key) ?? []), group]);
  const open = (c: Citation, symbol: string | null): DocumentGroup => {
    const group: DocumentGroup = { id: `d${documents.length + 1}`, type: c.type?.word ?? null, number: numberOf(c), symbol, namedKey: c.named?.key ?? null, mentions: [] };
    documents.push(group);
    timesOf.set(group, new MentionTimes());
    if (group.number !== null) index(byTypeNumber, typeNumber(group.type, group.number), group);
    if (symbol) index(bySymbol, symbol, group);
    if (group.namedKey) byName.set(group.namedKey, group);
    return group;
  };
  const link = (c: Citation, group: DocumentGroup) => {
    group.mentions.push(c);
    timesOf.get(group)!.add(c);
    group.type ??= c.type?.word ?? null;
    documentOf.set(c, group);
  };
  for (const c of citations) {
    if (c.kind === "named") {
      link(c, byName.get(c.named!.key) ?? open(c, null));
      continue;
    }
    if (c.kind === "demonstrative") {
      const target = demonstrativeTarget(c, documents);
      if (target === "ambiguous") ambiguous.set(c, candidatesOfType(c, documents));
      else if (target) link(c, target);
      else unresolvedDemonstratives.add(c);
      continue;
    }
    const symbol = symbolKey(c);
    const sameNumber = byTypeNumber.get(typeNumber(c.type?.word ?? null, numberOf(c))) ?? [];
    if (symbol) {
      const time = citationTime(c);
      const fitting = (bySymbol.get(symbol) ?? []).filter((d) => timesOf.get(d)!.allFit(symbol, time));
      // `25-NQ/TW` with no date or term after both the khóa IX and the khóa XI one were cited: either.
      if (fitting.length > 1) {
        ambiguous.set(c, fitting);
        continue;
      }
      const same = fitting[0];
      // A short form cited before the full mention is the same document's first mention.
      const shortFirst = same ? undefined : sameNumber.find((d) => d.symbol === null && d.namedKey === null);
      const group = same ?? shortFirst ?? open(c, symbol);
      if (group.symbol === null) index(bySymbol, symbol, group);
      group.symbol = symbol;
      link(c, group);
      continue;
    }
    const fits = sameNumber.filter((d) => timesOf.get(d)!.datesAgree(c));
    if (fits.length === 1) link(c, fits[0]);
    else if (fits.length > 1) ambiguous.set(c, fits);
    else link(c, open(c, null));
  }
  return { documents, documentOf, ambiguous, unresolvedDemonstratives };
}

/** The number without leading zeros (`Chỉ thị 05` is `5-CT/TW`'s short form). */
function numberOf(c: Citation): string | null {
  const n = c.symbol?.number ?? c.number;
  return n === null ? null : n.replace(/^0+(?=\d)/u, "");
}

/**
 * The distinct times and dates a document's mentions give. A long report cites one document
 * hundreds of times in a few ways: a new mention is checked against these, not against each
 * mention, with the same result.
 */
class MentionTimes {
  private readonly times: DocumentTime[] = [];
  private readonly dates = new Set<string>();

  add(c: Citation): void {
    const time = citationTime(c);
    if (!this.times.some((t) => t.iso === time.iso && t.year === time.year && t.term === time.term)) this.times.push(time);
    if (c.date?.iso) this.dates.add(c.date.iso);
  }

  /** Every mention's time fits `time` (see sameTime). */
  allFit(symbol: string, time: DocumentTime): boolean {
    return this.times.every((t) => sameTime(symbol, t, time));
  }

  /** No mention gives a date other than c's (a mention or c without a date agrees with any). */
  datesAgree(c: Citation): boolean {
    const iso = c.date?.iso;
    return !iso || this.dates.size === 0 || (this.dates.size === 1 && this.dates.has(iso));
  }
}

/** When a mention says its document was issued: its date, and the term it writes (`khóa IX`). */
export function citationTime(c: Citation): DocumentTime {
  return { iso: c.date?.iso ?? null, year: c.date?.year ?? null, term: c.term?.term ?? null };
}

function candidatesOfType(c: Citation, documents: readonly DocumentGroup[]): DocumentGroup[] {
  return documents.filter((d) => d.type === c.type?.word && d.mentions.some((m) => c.paragraph - m.paragraph <= DEMONSTRATIVE_REACH && m.paragraph <= c.paragraph));
}

/** The latest document of the same type mentioned just before; two different ones in the latest sentence-level reach make it ambiguous. */
function demonstrativeTarget(c: Citation, documents: readonly DocumentGroup[]): DocumentGroup | "ambiguous" | null {
  const candidates = candidatesOfType(c, documents).filter((d) => d.mentions.some((m) => m.paragraph < c.paragraph || m.start < c.start));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0];
  // Several: the one mentioned last wins only when it is in this paragraph and the others are not.
  const inParagraph = candidates.filter((d) => d.mentions.some((m) => m.paragraph === c.paragraph && m.start < c.start));
  return inParagraph.length === 1 ? inParagraph[0] : "ambiguous";
}
