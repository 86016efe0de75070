import type { Document, Element } from "@xmldom/xmldom";
import type { ListInfo } from "./snapshot";
import { childElements, first, val, W, XmlError } from "./ooxml";

/** Word's list levels are 0–8 and a level starts at most at 32767 (its own dialog's limit). */
export const MAX_LIST_LEVEL = 8;
export const MAX_LIST_START = 32767;

/** A list level (`w:ilvl`); anything but 0–8 is a damaged package, refused before any counter is sized by it. */
export function listLevel(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const level = /^\s*\d{1,2}\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(level <= MAX_LIST_LEVEL)) throw new XmlError("damaged", `list level "${raw.slice(0, 20)}" outside 0–${MAX_LIST_LEVEL}`);
  return level;
}

function listStart(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const start = /^\s*\d{1,5}\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(start <= MAX_LIST_START)) throw new XmlError("damaged", `list start "${raw.slice(0, 20)}" outside 0–${MAX_LIST_START}`);
  return start;
}

interface LevelDefinition {
  format: string;
  /** Word's level text, e.g. "%1." or "%1.%2." */
  text: string;
  start: number;
}

/** numId → level definitions (from its abstractNum, with the num's overrides applied). */
export type NumberingDefinitions = Map<string, { abstractId: string; levels: Map<number, LevelDefinition> }>;

export function readNumbering(doc: Document): NumberingDefinitions {
  const root = doc.documentElement;
  if (!root) return new Map();
  const abstracts = new Map<string, Map<number, LevelDefinition>>();
  for (const abstract of childElements(root, "abstractNum")) {
    const id = abstract.getAttributeNS(W, "abstractNumId") ?? "";
    abstracts.set(id, readLevels(abstract));
  }
  const definitions: NumberingDefinitions = new Map();
  for (const num of childElements(root, "num")) {
    const numId = num.getAttributeNS(W, "numId") ?? "";
    const abstractId = val(first(num, "abstractNumId")) ?? "";
    const levels = new Map(abstracts.get(abstractId) ?? []);
    for (const override of childElements(num, "lvlOverride")) {
      const level = listLevel(override.getAttributeNS(W, "ilvl") ?? undefined);
      const lvl = first(override, "lvl");
      const startOverride = val(first(override, "startOverride"));
      const base = lvl ? readLevel(lvl) : levels.get(level);
      if (base) levels.set(level, startOverride ? { ...base, start: listStart(startOverride) } : base);
    }
    definitions.set(numId, { abstractId, levels });
  }
  return definitions;
}

function readLevels(container: Element): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const lvl of childElements(container, "lvl")) levels.set(listLevel(lvl.getAttributeNS(W, "ilvl") ?? undefined), readLevel(lvl));
  return levels;
}

function readLevel(lvl: Element): LevelDefinition {
  return {
    format: val(first(lvl, "numFmt")) ?? "decimal",
    text: val(first(lvl, "lvlText")) ?? "",
    start: listStart(val(first(lvl, "start"))),
  };
}

/**
 * Computes the marker Word renders for each list paragraph, in document order. Counters are
 * kept per abstract list (lists sharing one continue each other), and a level restarts when
 * a shallower level advances.
 */
export class NumberingTracker {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  next(numId: string, level: number): ListInfo {
    const definition = this.definitions.get(numId);
    if (!definition) return { level };
    const counters = this.counters.get(definition.abstractId) ?? [];
    for (let l = 0; l < level; l += 1) counters[l] ??= (definition.levels.get(l)?.start ?? 1) - 1;
    counters[level] = (counters[level] ?? (definition.levels.get(level)?.start ?? 1) - 1) + 1;
    counters.length = level + 1;
    this.counters.set(definition.abstractId, counters);
    const own = definition.levels.get(level);
    if (!own) return { level };
    const marker = own.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      const format = definition.levels.get(l)?.format ?? "decimal";
      return formatNumber(Math.max(counters[l] ?? 1, 1), format);
    });
    return own.format === "none" ? { level } : { level, marker };
  }
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperLetter":
      return toLetter(n).toUpperCase();
    case "lowerLetter":
      return toLetter(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** a, b, … z, aa, bb … as Word does. */
function toLetter(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
