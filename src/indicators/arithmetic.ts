/**
 * Recomputes the percentages a report states and compares them at the precision written
 * (SPEC §7): `17.592 / 15.654 − 1 = 12,38 % → 12,4 % ✓`.
 */
import { formatVietnameseNumber, roundHalfUp } from "../text/numbers";

export type ArithmeticKind = "change" | "change-amount" | "plan" | "share";

export interface ArithmeticCheck {
  kind: ArithmeticKind;
  ok: boolean;
  stated: number;
  /** Unrounded result. */
  computed: number;
  /** `computed` rounded to the decimals written in `stated`. */
  rounded: number;
  decimals: number;
  /** The computation, Vietnamese notation: `17.592 / 15.654 − 1 = 12,38 % → 12,4 % ✓`. */
  computation: string;
}

const fmt = (n: number): string => formatVietnameseNumber(n, { maxDecimals: 3 });
const fixed = (n: number, decimals: number): string => formatVietnameseNumber(n, { decimals });

function verdict(kind: ArithmeticKind, formula: string, computed: number, stated: number, decimals: number, suffix: string): ArithmeticCheck {
  const rounded = roundHalfUp(computed, decimals);
  const ok = Math.abs(rounded - stated) < 1e-9;
  const shown = `${formula} = ${fixed(computed, decimals + 1)}${suffix} → ${fixed(rounded, decimals)}${suffix}`;
  const computation = ok ? `${shown} ✓` : `${shown} ≠ ${fixed(stated, decimals)}${suffix} ✗`;
  return { kind, ok, stated, computed, rounded, decimals, computation };
}

/** Stated `tăng/giảm X% so với cùng kỳ` (signed) against current / prior − 1. */
export function checkChangePct(current: number, prior: number, statedPct: number, decimals: number): ArithmeticCheck | null {
  if (prior === 0) return null;
  const computed = (current / prior - 1) * 100;
  return verdict("change", `${fmt(current)} / ${fmt(prior)} − 1`, computed, statedPct, decimals, " %");
}

/** Stated `tăng/giảm N <unit>` (signed) against current − prior. */
export function checkChangeAmount(current: number, prior: number, statedAmount: number, decimals: number): ArithmeticCheck {
  return verdict("change-amount", `${fmt(current)} − ${fmt(prior)}`, current - prior, statedAmount, decimals, "");
}

/** Stated `đạt X% kế hoạch` against current / plan. */
export function checkPlanPct(current: number, plan: number, statedPct: number, decimals: number): ArithmeticCheck | null {
  if (plan === 0) return null;
  return verdict("plan", `${fmt(current)} / ${fmt(plan)}`, (current / plan) * 100, statedPct, decimals, " %");
}

/** Stated `40/43 vụ (93%)` against its own fraction. */
export function checkSharePct(numerator: number, denominator: number, statedPct: number, decimals: number): ArithmeticCheck | null {
  if (denominator === 0) return null;
  return verdict("share", `${fmt(numerator)} / ${fmt(denominator)}`, (numerator / denominator) * 100, statedPct, decimals, " %");
}
