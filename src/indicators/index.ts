import type { ParagraphText } from "../text/normalize";
import type { IndicatorRecord, OutlineEntry } from "../engine/types";
import type { Rule } from "../lint/types";

// Placeholder wiring: the indicator extractor and consistency rules plug in here.
export function extractIndicators(_text: readonly ParagraphText[], _outline: readonly OutlineEntry[]): IndicatorRecord[] {
  return [];
}

export const indicatorRules: Rule<never>[] = [];
