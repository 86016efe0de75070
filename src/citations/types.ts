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
  /** "numbered" (a number is written), "named" (cited by name: congress resolutions, plenums, laws) or "demonstrative" (`Nghị quyết này`). */
  kind?: "numbered" | "named" | "demonstrative";
  /** The cited document this mention belongs to (`CitedDocument.id`); null when a short form fits several documents. */
  document?: string | null;
  /** A short form that fits several documents: their ids (it is linked to none). */
  ambiguousWith?: string[];
  /** The summary as written (`về …`, a quoted title, or `phê duyệt …`), with its original offsets. */
  summary?: { text: string; start: number; end: number } | null;
  /** Where the issuer is written (original offsets) and how: after `của`, as the sentence's subject, or after the next reference of a list. */
  issuerAt?: { start: number; end: number; role: "of" | "subject" | "shared" } | null;
}

/** One document the report cites, with all its mentions. */
export interface CitedDocument {
  /** The id that `CitationRecord.document` refers to. */
  id?: string;
  key: string;
  type: string | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  group: "central" | "provincial" | "local" | "state" | "unknown";
  first: { paragraph: number; start: number; end: number };
  mentions: number;
  number?: string | null;
  summary?: string | null;
  /** Every paragraph citing the document, in order, once each. */
  paragraphs?: number[];
}
