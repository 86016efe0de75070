/**
 * The indicator vocabulary, read once from `data/indicators/` and checked against its JSON
 * schemas: units with their dimensions, and the phrases that frame a statement (qualifiers,
 * plan bases, rate, share, target and rank words, leading verbs that never name a quantity).
 */
import { validatedData } from "../core/data";
import unitData from "../../data/indicators/units.json";
import unitSchema from "../../data/indicators/schema/units.schema.json";
import phraseData from "../../data/indicators/phrases.json";
import phraseSchema from "../../data/indicators/schema/phrases.schema.json";

export type Dimension = "money" | "usd" | "people" | "count" | "area" | "mass" | "length" | "volume" | "yield" | "percent" | "score" | "time" | "scale";

export interface UnitEntry {
  unit: string;
  aliases: string[];
  dimension: Dimension;
  /** Multiplier to the dimension's base unit (1 tỷ đồng = 10⁹ đồng). */
  factor: number;
}

export interface Phrases {
  qualifiers: string[];
  planBases: string[];
  planBasisWords: string[];
  rateWords: string[];
  shareWords: string[];
  targetWords: string[];
  rankWords: string[];
  componentWords: string[];
  auxiliaries: string[];
  verbs: string[];
}

const validated = <T>(name: string, schema: object, data: unknown): T => validatedData<T>(`data/indicators/${name}`, schema, data);

export const UNITS: readonly UnitEntry[] = validated<{ units: UnitEntry[] }>("units.json", unitSchema, unitData).units;
export const PHRASES: Readonly<Phrases> = validated<Phrases>("phrases.json", phraseSchema, phraseData);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");

/** Regex source for any of `phrases`, longest first, spaces matching any run of spaces. */
export function phrasePattern(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /gu, "\\s+"))
    .join("|");
}
