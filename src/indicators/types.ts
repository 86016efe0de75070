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
