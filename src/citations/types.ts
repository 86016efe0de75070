/** One reference to a document inside the report. */
export interface CitationRecord {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Document type word, normalised ("Nghị quyết", "Chỉ thị", ...). */
  type: string | null;
  number: string | null;
  /** Normalised number-symbol ("35-NQ/TW", "68/QĐ-UBND", "30/2020/NĐ-CP"); null for unnumbered references. */
  symbol: string | null;
  /** ISO YYYY-MM-DD, or null when the citation gives no date. */
  date: string | null;
  issuer: string | null;
  /** The canonical form under the current profile, when enough is known to write it. */
  canonical: string | null;
  /** "numbered" (has a number-symbol) or "named" (cited by name: congress resolutions, plenums, laws). */
  kind?: "numbered" | "named";
}

/** One document the report cites, with all its mentions. */
export interface CitedDocument {
  key: string;
  type: string | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  group: "central" | "provincial" | "local" | "state" | "unknown";
  first: { paragraph: number; start: number; end: number };
  mentions: number;
}
