import bundled from "../../data/citations/registry.json";
import type { CitationRecord } from "./types";
import type { SystemId } from "../core/types";
import { findBody } from "./issuer";

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
  source: Provenance;
}

/** The JSON a registry file holds (`soanchuan check --registry FILE`). */
export interface RegistryFile {
  version: 1;
  entries: RegistryEntry[];
}

/**
 * Facts about cited documents from several sources, kept side by side: a disagreement is
 * reported, never resolved silently. One registry can be shared by every file of a run.
 */
export class CitationRegistry {
  private readonly bySymbol = new Map<string, RegistryEntry[]>();

  /** A registry holding the bundled central documents. */
  static withBundled(): CitationRegistry {
    const registry = new CitationRegistry();
    for (const e of bundled.entries) {
      registry.add({
        symbol: e.symbol,
        type: e.type ?? null,
        date: e.date ?? null,
        issuer: e.issuer ?? null,
        summary: e.summary ?? null,
        source: { kind: "bundled", label: e.source, verified: e.verified },
      });
    }
    return registry;
  }

  add(entry: RegistryEntry): void {
    const list = this.bySymbol.get(entry.symbol) ?? [];
    const duplicate = list.some(
      (e) => e.source.kind === entry.source.kind && e.source.label === entry.source.label && e.date === entry.date && e.issuer === entry.issuer,
    );
    if (!duplicate) list.push(entry);
    this.bySymbol.set(entry.symbol, list);
  }

  /** Every entry for a symbol whose date could belong to the same document (see sameSeries). */
  lookup(symbol: string, year: number | null = null): RegistryEntry[] {
    const list = this.bySymbol.get(symbol) ?? [];
    return year === null ? [...list] : list.filter((e) => e.date === null || sameSeries(symbol, year, Number(e.date.slice(0, 4))));
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

/**
 * Whether two dates of one symbol can name the same document. State administrative numbers
 * restart every year; a Party committee numbers through its five-year term, so a date a year
 * apart is still the same series, and further apart it is another document of another term.
 */
export function sameSeries(symbol: string, yearA: number, yearB: number): boolean {
  return systemOfSymbol(symbol) === "state" ? yearA === yearB : Math.abs(yearA - yearB) <= 1;
}

function systemOfSymbol(symbol: string): SystemId {
  return /^\d+-/u.test(symbol) ? "party" : "state";
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
  const rank = (e: RegistryEntry): number =>
    e.source.kind === "bundled" ? (e.source.verified ? 0 : 3) : e.source.kind === "document" ? 1 : e.source.kind === "imported" ? 2 : 4;
  return [...entries].sort((a, b) => rank(a) - rank(b));
}
