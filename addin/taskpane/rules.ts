import { RULES } from "../../src/engine/rules";
import type { Finding } from "../../src/core/types";
import type { RuleCategory } from "../../src/lint/rule";
import { localize, type Language } from "./i18n";

export type PanelId = "structure" | "citations" | "indicators";

const PANEL_OF: Record<RuleCategory, PanelId> = {
  structure: "structure",
  blocks: "structure",
  presentation: "structure",
  consistency: "structure",
  citation: "citations",
  indicator: "indicators",
};

export function panelOf(finding: Finding): PanelId {
  const category = RULES.get(finding.ruleId)?.category;
  if (category) return PANEL_OF[category];
  // Rules not registered in this build: guess from the id's prefix ("citation/…").
  if (finding.ruleId.startsWith("citation")) return "citations";
  if (finding.ruleId.startsWith("indicator")) return "indicators";
  return "structure";
}

export function ruleName(ruleId: string, language: Language): string {
  const meta = RULES.get(ruleId);
  return meta ? localize(meta.description, language) : ruleId;
}
