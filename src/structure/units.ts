/**
 * Units written after a figure, as the consistency rules read them (the one list,
 * data/indicators/units.json, that the indicator extractor also reads): every spelling, and the
 * symbols a writer may set right after the figure ("150.000.000đ", "25ha").
 */
import unitData from "../../data/indicators/units.json";
import { escapeRegExp } from "./vietnamese";

interface UnitSpellings {
  unit: string;
  aliases: string[];
  symbols?: string[];
}

const UNITS = unitData.units as UnitSpellings[];

/** Every spelling of every unit. */
export const UNIT_SPELLINGS: readonly string[] = UNITS.flatMap((u) => [u.unit, ...u.aliases]);

/** Symbol spelling → the unit's own spelling ("đ" → "đồng"). */
export const SYMBOLS: ReadonlyMap<string, string> = new Map(UNITS.flatMap((u) => (u.symbols ?? []).map((s): [string, string] => [s, u.unit])));

/** Spelling → its unit, for the units that have symbols ("đồng", "đ" → "đồng"; "tỷ đồng" is absent). */
export const SYMBOL_UNIT_OF: ReadonlyMap<string, UnitSpellings> = new Map(
  UNITS.filter((u) => (u.symbols ?? []).length > 0).flatMap((u) => [u.unit, ...u.aliases, ...(u.symbols ?? [])].map((s): [string, UnitSpellings] => [s, u])),
);

/** Every spelling as one alternation, longest first, so "đồng chí" and "tỷ đồng" win over "đồng". */
export const UNIT_ALTERNATION = [...new Set(UNIT_SPELLINGS)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

/** The symbol to write for a unit glued to its figure: the spelling itself when it is one, else the unit's first symbol. */
export function symbolFor(spelling: string): string | null {
  if (SYMBOLS.has(spelling)) return spelling;
  return SYMBOL_UNIT_OF.get(spelling)?.symbols?.[0] ?? null;
}
