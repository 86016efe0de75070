import bundledData from "../../data/citations/registry.json";
import registrySchema from "../../data/citations/registry.schema.json";
import { validatedData } from "../core/data";
import type { CitationRecord } from "./types";
import { findBody } from "./issuer";
import { sameTime, type DocumentTime } from "./terms";

/** Where a fact about a cited document came from. */
export interface Provenance {
  /** bundled: data/citations/registry.json; document: a report checked in this run; imported: a registry file; user: the user's own edit. */
  kind: "bundled" | "document" | "imported" | "user";
  /** The file (report or registry) or the bundled entry's stated source. */
  label: string;
  paragraph?: number;
  text?: string;
  verified?: boolean;
}

/** What one source says about one document. */
export interface RegistryEntry {
  symbol: string;
  type: string | null;
  /** ISO date; null when the source does not give it. */
  date: string | null;
  issuer: string | null;
  summary: string | null;
  /** Central Committee term (khóa) the source gives, for Central Party documents. */
  term?: string | null;
  source: Provenance;
}

/** One entry of data/citations/registry.json. */
export interface BundledEntry {
  symbol: string;
  type: string | null;
  date: string | null;
  issuer: string | null;
  summary: string | null;
  source: string;
  verified: boolean;
  term?: string;
}

/** The bundled registry, checked against its schema when loaded. */
export const BUNDLED_ENTRIES: readonly BundledEntry[] = validatedData<{ source: string; entries: BundledEntry[] }>("data/citations/registry.json", registrySchema, bundledData).entries;

/** The JSON a registry file holds (`soanchuan check --registry FILE`). */
export interface RegistryFile {
  version: 1;
  entries: RegistryEntry[];
}

/**
 * Facts about cited documents from several sources, kept side by side: a disagreement is
 * reported, never resolved silently. One registry can be shared by every file of a run.
 */
/**
 * Sources kept for one fact (symbol, date, issuer) beyond the bundled ones: more reports saying
 * the same add nothing to a conflict, and keeping them all makes every lookup — and a batch of
 * reports citing the same documents — grow with the number of files.
 */
const MAX_SOURCES_PER_FACT = 3;

export class CitationRegistry {
  private readonly bySymbol = new Map<string, RegistryEntry[]>();
  private readonly known = new Set<string>();
  private readonly sourcesPerFact = new Map<string, number>();

  /** A registry holding the bundled central documents. */
  static withBundled(): CitationRegistry {
    const registry = new CitationRegistry();
    for (const e of BUNDLED_ENTRIES) {
      registry.add({
        symbol: e.symbol,
        type: e.type,
        date: e.date,
        issuer: e.issuer,
        summary: e.summary,
        term: e.term ?? null,
        source: { kind: "bundled", label: e.source, verified: e.verified },
      });
    }
    return registry;
  }

  add(entry: RegistryEntry): void {
    const exact = [entry.symbol, entry.source.kind, entry.source.label, entry.date, entry.issuer].join("\u0000");
    if (this.known.has(exact)) return;
    const fact = [entry.symbol, entry.date, entry.issuer].join("\u0000");
    const sources = this.sourcesPerFact.get(fact) ?? 0;
    if (entry.source.kind !== "bundled" && sources >= MAX_SOURCES_PER_FACT) return;
    this.known.add(exact);
    if (entry.source.kind !== "bundled") this.sourcesPerFact.set(fact, sources + 1);
    const list = this.bySymbol.get(entry.symbol);
    if (list) list.push(entry);
    else this.bySymbol.set(entry.symbol, [entry]);
  }

  /** Every entry for a symbol that can name the same document as a source telling `time` (see sameTime). */
  lookup(symbol: string, time: DocumentTime | null = null): RegistryEntry[] {
    const list = this.bySymbol.get(symbol) ?? [];
    return time === null ? [...list] : list.filter((e) => sameTime(symbol, entryTime(e), time));
  }

  /** The first complete citation of each document in a checked report becomes an entry. */
  learnFromDocument(file: string, citations: readonly CitationRecord[]): void {
    const seen = new Set<string>();
    for (const c of citations) {
      if (!c.symbol || !c.date || seen.has(c.symbol)) continue;
      seen.add(c.symbol);
      this.add({
        symbol: c.symbol,
        type: c.type,
        date: c.date,
        issuer: c.issuer,
        summary: null,
        source: { kind: "document", label: file, paragraph: c.paragraph, text: c.text },
      });
    }
  }

  /** Loads a registry file; its entries keep the provenance they were saved with. */
  load(file: unknown, label: string): void {
    if (!isRegistryFile(file)) throw new Error(`${label}: not a citation registry (expected {"version":1,"entries":[…]})`);
    for (const e of file.entries) this.add({ ...e, source: e.source.kind === "bundled" ? e.source : { ...e.source, kind: e.source.kind === "document" ? "imported" : e.source.kind, label: e.source.label } });
  }

  /** Everything learned (not the bundled entries, which ship with the program). */
  toJSON(): RegistryFile {
    const entries = [...this.bySymbol.values()].flat().filter((e) => e.source.kind !== "bundled");
    return { version: 1, entries };
  }
}

function isRegistryFile(value: unknown): value is RegistryFile {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { version?: unknown; entries?: unknown };
  return v.version === 1 && Array.isArray(v.entries) && v.entries.every((e) => typeof e === "object" && e !== null && typeof (e as RegistryEntry).symbol === "string" && typeof (e as RegistryEntry).source === "object");
}

/** When an entry says the document was issued. */
export function entryTime(e: RegistryEntry): DocumentTime {
  return { iso: e.date, year: e.date ? Number(e.date.slice(0, 4)) : null, term: e.term ?? null };
}

/** Whether two years of one symbol can name the same document (see sameTime). */
export function sameSeries(symbol: string, yearA: number, yearB: number): boolean {
  return sameTime(symbol, { iso: null, year: yearA, term: null }, { iso: null, year: yearB, term: null });
}

/** Two issuers disagree when they name different bodies ("Bộ Chính trị" vs "Ban Bí thư"); "Thành ủy" and "Ban Thường vụ Thành ủy" agree. */
export function issuersDisagree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const bodyA = findBody(a);
  const bodyB = findBody(b);
  return bodyA !== null && bodyB !== null && bodyA.pattern !== bodyB.pattern;
}

/** Sources in the order the spec trusts them: bundled (verified first), this document, other reports, the user. */
export function rankEntries(entries: readonly RegistryEntry[]): RegistryEntry[] {
  return [...entries].sort((a, b) => sourceRank(a) - sourceRank(b));
}

function sourceRank(e: RegistryEntry): number {
  return e.source.kind === "bundled" ? (e.source.verified ? 0 : 3) : e.source.kind === "document" ? 1 : e.source.kind === "imported" ? 2 : 4;
}
