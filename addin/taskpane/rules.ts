import { RULES } from "../../src/engine/rules";
import type { Finding, Severity } from "../../src/core/types";
import type { RuleCategory } from "../../src/lint/rule";
import { localize, type Language } from "./i18n";

export type PanelId = "structure" | "citations" | "indicators";

/** The five groups a user sees (the engine's "blocks" — header and closing — count as structure). */
export type DisplayCategory = "structure" | "citation" | "indicator" | "presentation" | "consistency";

export const DISPLAY_CATEGORIES: readonly DisplayCategory[] = ["structure", "citation", "indicator", "presentation", "consistency"];

export const RULE_IDS: readonly string[] = [...RULES.keys()];

const DISPLAY_OF: Record<RuleCategory, DisplayCategory> = {
  structure: "structure",
  blocks: "structure",
  presentation: "presentation",
  consistency: "consistency",
  citation: "citation",
  indicator: "indicator",
};

const PANEL_OF: Record<DisplayCategory, PanelId> = {
  structure: "structure",
  presentation: "structure",
  consistency: "structure",
  citation: "citations",
  indicator: "indicators",
};

export function categoryOf(ruleId: string): DisplayCategory {
  const category = RULES.get(ruleId)?.category;
  if (category) return DISPLAY_OF[category];
  // Rules not registered in this build: guess from the id's prefix ("citation/…").
  if (ruleId.startsWith("citation")) return "citation";
  if (ruleId.startsWith("indicator")) return "indicator";
  return "structure";
}

export function panelOf(finding: Finding): PanelId {
  return PANEL_OF[categoryOf(finding.ruleId)];
}

export function panelOfCategory(category: DisplayCategory): PanelId {
  return PANEL_OF[category];
}

export function defaultSeverity(ruleId: string): Severity {
  return RULES.get(ruleId)?.severity ?? "warning";
}

export function ruleOptionDefaults(ruleId: string): Record<string, unknown> {
  return (RULES.get(ruleId)?.options?.defaults as Record<string, unknown> | undefined) ?? {};
}

/** The rule's full description (one to three sentences). */
export function ruleDescription(ruleId: string, language: Language): string {
  const meta = RULES.get(ruleId);
  return meta ? localize(meta.description, language) : ruleId;
}

/**
 * A card title: the description without its bracketed asides (examples, abbreviations such as
 * "(NFD)") and examples ("ví dụ …", "e.g. …"), up to its first colon, semicolon or sentence end.
 */
export function ruleTitle(ruleId: string, language: Language): string {
  let text = ruleDescription(ruleId, language)
    .replace(/\s*\([^()]*\)/g, "")
    .replace(/,?\s*(?:ví dụ|e\.g\.)[\s\S]*$/, "");
  const stray = text.search(/[()]/);
  if (stray >= 0) text = text.slice(0, stray);
  const cut = /[:;]|\.(?:\s|$)/.exec(text);
  const title = (cut && cut.index >= 5 ? text.slice(0, cut.index) : text).trim().replace(/[,.]$/, "");
  return title.length > 90 ? `${title.slice(0, 88).trimEnd()}…` : title;
}
