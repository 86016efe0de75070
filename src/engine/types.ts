import type { Finding } from "../lint/types";

/** draft: being written; final: before signing (number and date still blank for the office); issued: left the office. */
export type Mode = "draft" | "final" | "issued";
export type SystemId = "party" | "state";
export type ProfileId = "party-2018" | "party-2026" | "state";
/** Report kinds (six-month … state-report), then the other document types, each with its own closing and sections. */
export type KindId =
  | "six-month"
  | "annual"
  | "mid-term"
  | "state-report"
  | "conclusion"
  | "notice"
  | "plan"
  | "programme"
  | "submission"
  | "resolution"
  | "decision"
  | "directive"
  | "guidance"
  | "project"
  | "official-letter"
  | "other";

/** One heading recovered from typed markers, Word list numbering or heading styles. */
export interface OutlineEntry {
  paragraph: number;
  /** The marker as written ("II.", "1.2", "PHẦN THỨ NHẤT", "a)"); "" when only a style says it is a heading. */
  marker: string;
  /** 0 = part (PHẦN), 1 = Roman, 2 = "1.", 3 = "1.1.", 4 = "1.1.1." or "a)". */
  level: number;
  /** The number at its own level (II → 2, 1.2 → 2, b → 2); null when unnumbered. */
  number: number | null;
  title: string;
  /** Where the marker came from. */
  source: "typed" | "list" | "style";
  /** Offsets of the marker in the paragraph's original text (list markers: 0..0). */
  markerStart: number;
  markerEnd: number;
}

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

/** One indicator statement ("Tổng mức bán lẻ … 17.592 tỷ đồng, đạt 51,6% …, tăng 12,4% …"). */
export interface IndicatorRecord {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  name: string;
  period: string | null;
  value: number | null;
  unit: string | null;
  planPct: number | null;
  changePct: number | null;
  priorValue: number | null;
  /** How the value is stated: "ước thực hiện", "thực hiện", "đạt"; null when bare. */
  qualifier?: string | null;
  /** Set when the statement is in the body of this footnote. */
  footnote?: string | null;
  /** What `planPct` is measured against: "kế hoạch năm", "dự toán", "KH tỉnh giao" … */
  planBasis?: string | null;
  /** Stated absolute change vs the same period, signed, in `unit` ("giảm 3 đơn" → −3). */
  changeAmount?: number | null;
  /** A share stated with its fraction: `40/43 vụ (93%)`. */
  share?: { numerator: number; denominator: number; pct: number | null } | null;
  /** Period of `priorValue` (canonical label). */
  priorPeriod?: string | null;
  /** Where `priorValue` was read (a footnote, or a "(71/74 đơn)" in the sentence). */
  priorSource?: IndicatorSource | null;
  /** Original offsets of each stated figure and the decimals written, for findings. */
  stated?: Partial<Record<"value" | "plan" | "change" | "share", StatedFigure>>;
}

export interface IndicatorSource {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  footnote?: string | null;
}

export interface StatedFigure {
  start: number;
  end: number;
  decimals: number;
}

export interface CheckResult {
  profile: ProfileId;
  kind: KindId;
  mode: Mode;
  paragraphs: number;
  findings: Finding[];
  outline: OutlineEntry[];
  citations: CitationRecord[];
  documents: CitedDocument[];
  indicators: IndicatorRecord[];
}
