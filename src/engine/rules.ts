import type { Rule } from "../lint/rule";
import { structureRules } from "../structure/index";
import { citationRules } from "../citations/index";
import { indicatorRules } from "../indicators/ruleList";

/** Every rule of the product, keyed by id (the config, the docs and the pane look rules up here). */
export const RULES: ReadonlyMap<string, Rule> = registerRules([...structureRules, ...citationRules, ...indicatorRules]);

function registerRules(rules: readonly Rule[]): ReadonlyMap<string, Rule> {
  const byId = new Map<string, Rule>();
  for (const rule of rules) {
    if (byId.has(rule.id)) throw new Error(`two rules share the id "${rule.id}"`);
    byId.set(rule.id, rule);
  }
  return byId;
}
