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
  /**
   * A share: `40/43 vụ (93%)`, `3.065 hồ sơ trên tổng số 3.416 hồ sơ`, or a count with
   * `(chiếm 18,3%)` whose total is stated nearby (`denominator` null, `totals` the candidates,
   * the fraction's denominator first).
   */
  share?: { numerator: number; denominator: number | null; pct: number | null; totals?: number[] } | null;
  /** What the statement states: an amount (money, mass, area …), a count, a rate (a percentage), a share of a total, a rank, or only a change. */
  kind?: IndicatorKind;
  /** A target (`phấn đấu`, `chỉ tiêu`, `mục tiêu`), not a result. */
  target?: boolean;
  /**
   * The parts a statement lists after `bao gồm`/`gồm`, in its unit, with the tolerance their
   * rounding allows: `70.067 triệu đồng, bao gồm … 59.233 triệu đồng, … 11.017 triệu đồng`.
   */
  components?: { values: number[]; texts: string[]; tolerance: number; start: number; end: number } | null;
  /** `đứng thứ 15/34 tỉnh, thành phố`. */
  rank?: { position: number; of: number | null } | null;
  /** Period of `priorValue` (canonical label). */
  priorPeriod?: string | null;
  /** Where `priorValue` was read (a footnote, or a "(71/74 đơn)" in the sentence). */
  priorSource?: IndicatorSource | null;
  /** Original offsets of each stated figure and the decimals written, for findings. */
  stated?: Partial<Record<"value" | "plan" | "change" | "share", StatedFigure>>;
}

export type IndicatorKind = "amount" | "count" | "rate" | "share" | "rank" | "change";

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
