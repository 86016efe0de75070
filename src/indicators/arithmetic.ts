/**
 * Recomputes the percentages a report states and compares them at the precision written
 * (SPEC §7): `17.592 / 15.654 − 1 = 12,38 % → 12,4 % ✓`.
 */
import type { Localized } from "../core/types";
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
  /** Why a wrong figure may be wrong: cut off instead of rounded, or ten times too small or large. */
  hint: Localized | null;
}

/** The rule every recomputed percentage follows, for messages. */
export function roundingRule(decimals: number): Localized {
  return {
    vi: `làm tròn (không cắt bỏ) đến ${decimals} chữ số thập phân như số đã ghi`,
    en: `rounded (not truncated) to the ${decimals} decimal place${decimals === 1 ? "" : "s"} written`,
  };
}

function hintFor(computed: number, stated: number, decimals: number): Localized | null {
  const scale = 10 ** decimals;
  if (Math.abs(Math.trunc(computed * scale) / scale - stated) < 1e-9) {
    return { vi: "số đã ghi là số bị cắt bỏ chữ số, không phải làm tròn", en: "the figure written was truncated, not rounded" };
  }
  for (const factor of [10, 0.1, 100, 0.01]) {
    if (stated !== 0 && Math.abs(roundHalfUp(computed / factor, decimals) - stated) < 1e-9) {
      return { vi: `số đã ghi sai ${factor > 1 ? factor : 1 / factor} lần (nhầm vị trí dấu phẩy?)`, en: `the figure written is off by a factor of ${factor > 1 ? factor : 1 / factor} (a misplaced decimal comma?)` };
    }
  }
  return null;
}

const fmt = (n: number): string => formatVietnameseNumber(n, { maxDecimals: 3 });
const fixed = (n: number, decimals: number): string => formatVietnameseNumber(n, { decimals });

/**
 * The check of one stated figure. Its computation is written out when read (a getter, which JSON
 * and equality read as a field): most figures are right and never shown, and writing every number
 * of every check in Vietnamese notation was a tenth of the indicator rules' time.
 */
function verdict(kind: ArithmeticKind, formula: () => string, computed: number, stated: number, decimals: number, suffix: string): ArithmeticCheck {
  const rounded = roundHalfUp(computed, decimals);
  const ok = Math.abs(rounded - stated) < 1e-9;
  return {
    kind,
    ok,
    stated,
    computed,
    rounded,
    decimals,
    get computation() {
      const shown = `${formula()} = ${fixed(computed, decimals + 1)}${suffix} → ${fixed(rounded, decimals)}${suffix}`;
      return ok ? `${shown} ✓` : `${shown} ≠ ${fixed(stated, decimals)}${suffix} ✗`;
    },
    hint: ok ? null : hintFor(computed, stated, decimals),
  };
}

/** Stated `tăng/giảm X% so với cùng kỳ` (signed) against current / prior − 1. */
export function checkChangePct(current: number, prior: number, statedPct: number, decimals: number): ArithmeticCheck | null {
  const computed = percentChange(current, prior);
  if (computed === null) return null;
  return verdict("change", () => `${fmt(current)} / ${fmt(prior)} − 1`, computed, statedPct, decimals, " %");
}

/** Stated `tăng/giảm N <unit>` (signed) against current − prior. */
export function checkChangeAmount(current: number, prior: number, statedAmount: number, decimals: number): ArithmeticCheck {
  return verdict("change-amount", () => `${fmt(current)} − ${fmt(prior)}`, current - prior, statedAmount, decimals, "");
}

/** Stated `đạt X% kế hoạch` against current / plan. */
export function checkPlanPct(current: number, plan: number, statedPct: number, decimals: number): ArithmeticCheck | null {
  const computed = percentOf(current, plan);
  return computed === null ? null : verdict("plan", () => `${fmt(current)} / ${fmt(plan)}`, computed, statedPct, decimals, " %");
}

/** `current / base − 1` as a percentage: the one place a percent change is computed (checks, tables, the pane). */
export function percentChange(current: number, base: number): number | null {
  return base === 0 ? null : (current / base - 1) * 100;
}

/** `part / whole` as a percentage (a share, a plan share); null for a zero whole. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

/** Stated `40/43 vụ (93%)` against its own fraction. */
export function checkSharePct(numerator: number, denominator: number, statedPct: number, decimals: number): ArithmeticCheck | null {
  const computed = percentOf(numerator, denominator);
  return computed === null ? null : verdict("share", () => `${fmt(numerator)} / ${fmt(denominator)}`, computed, statedPct, decimals, " %");
}
