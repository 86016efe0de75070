import unitData from "../../data/indicators/units.json";

export interface UnitInfo {
  /** Canonical spelling ("tỷ đồng"). */
  unit: string;
  dimension: string;
  /** Multiplier to the dimension's base unit. */
  factor: number;
}

const BY_SPELLING = new Map<string, UnitInfo>();
for (const entry of unitData.units) {
  const info: UnitInfo = { unit: entry.unit, dimension: entry.dimension, factor: entry.factor };
  for (const spelling of [entry.unit, ...entry.aliases]) BY_SPELLING.set(spelling.toLowerCase(), info);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");

/** Regex source matching any unit spelling, longest first (so "tỷ đồng" wins over "tỷ"). */
export const UNIT_PATTERN = [...BY_SPELLING.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => escape(s).replace(/ /gu, "\\s+"))
  .join("|");

// Every figure of a report asks about one of a few spellings: remember the answers.
const infoBySpelling = new Map<string, UnitInfo | null>();

/** The canonical unit for a spelling ("tỉ" → tỷ đồng), or null when unknown. */
export function unitInfo(spelling: string | null | undefined): UnitInfo | null {
  if (!spelling) return null;
  let info = infoBySpelling.get(spelling);
  if (info === undefined) {
    info = BY_SPELLING.get(spelling.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase()) ?? null;
    if (infoBySpelling.size < 10000) infoBySpelling.set(spelling, info);
  }
  return info;
}

export function canonicalUnit(spelling: string | null | undefined): string | null {
  if (!spelling) return null;
  return unitInfo(spelling)?.unit ?? spelling.normalize("NFC").trim();
}

/** `value` expressed in `to`; null when the units measure different things. Same or unknown spellings pass through. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  if ((from ?? "") === (to ?? "")) return value;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (!a || !b) return canonicalUnit(from) === canonicalUnit(to) ? value : null;
  if (a.dimension !== b.dimension) return null;
  return (value * a.factor) / b.factor;
}
