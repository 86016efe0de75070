/**
 * Units after a figure (one list, `data/indicators/units.json`): canonical spelling, dimension
 * and factor, so `triệu người` is people, `đơn vị` is not `đơn`, and tỷ đồng converts to triệu đồng.
 */
import { phrasePattern, UNITS, type Dimension } from "./vocabulary";

export interface UnitInfo {
  /** Canonical spelling ("tỷ đồng"). */
  unit: string;
  dimension: Dimension;
  /** Multiplier to the dimension's base unit. */
  factor: number;
}

const BY_SPELLING = new Map<string, UnitInfo>();
for (const entry of UNITS) {
  const info: UnitInfo = { unit: entry.unit, dimension: entry.dimension, factor: entry.factor };
  for (const spelling of [entry.unit, ...entry.aliases]) BY_SPELLING.set(spelling.toLowerCase(), info);
}

/** Regex source matching a unit an indicator value can carry (no time units: `6 tháng` is a period; no bare `nghìn`), longest first. */
export const UNIT_PATTERN = phrasePattern(UNITS.filter((u) => u.dimension !== "time" && u.dimension !== "scale").flatMap((u) => [u.unit, ...u.aliases]));

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

/**
 * `value` expressed in `to`; null when the units measure different things. A count noun
 * converts only to itself (vụ are not hồ sơ); same or unknown spellings pass through.
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  if ((from ?? "") === (to ?? "")) return value;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (!a || !b) return canonicalUnit(from) === canonicalUnit(to) ? value : null;
  if (a.dimension !== b.dimension) return null;
  if (a.dimension === "count" && a.unit !== b.unit) return null;
  return (value * a.factor) / b.factor;
}

/** Whether two units count the same kind of thing for a share or a sum (any two count nouns do: `17 đảng bộ, 32 chi bộ` of 49 TCCS đảng). */
export function sameKind(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b || a === null || b === null;
  const x = unitInfo(a);
  const y = unitInfo(b);
  if (!x || !y) return canonicalUnit(a) === canonicalUnit(b);
  return x.dimension === y.dimension;
}
