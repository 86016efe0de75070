import type { Severity } from "./types";

/**
 * Rule configuration, as in a `.soanchuan.json` file:
 * `{ "rules": { "numbering/duplicate": "off", "citation/missing-so": ["info", { … }] } }`.
 */
export type RuleSetting = "off" | Severity | [Severity | "off", Record<string, unknown>?];
export type RulesConfig = Record<string, RuleSetting>;

export interface LintConfig {
  rules?: RulesConfig;
}

export interface ResolvedRuleSetting {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

const LEVELS = new Set(["off", "error", "warning", "info"]);

/** Layers settings: later ones win, options merge. */
export function resolveRuleSetting(
  defaults: { severity: Severity; options: Record<string, unknown> },
  ...settings: (RuleSetting | undefined)[]
): ResolvedRuleSetting {
  let enabled = true;
  let severity = defaults.severity;
  let options = { ...defaults.options };
  for (const setting of settings) {
    if (setting === undefined) continue;
    const [level, extra] = Array.isArray(setting) ? setting : [setting, undefined];
    if (level === "off") enabled = false;
    else {
      enabled = true;
      severity = level;
    }
    if (extra) options = { ...options, ...extra };
  }
  return { enabled, severity, options };
}

export class ConfigError extends Error {}

/** Validates a parsed JSON config; throws ConfigError with a readable message. */
export function parseConfig(value: unknown): LintConfig {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigError("config must be a JSON object with a \"rules\" field");
  }
  const rules = (value as { rules?: unknown }).rules;
  if (rules === undefined) return {};
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
    throw new ConfigError("\"rules\" must be an object mapping rule ids to settings");
  }
  for (const [id, setting] of Object.entries(rules)) {
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (typeof level !== "string" || !LEVELS.has(level)) {
      throw new ConfigError(`rule "${id}": setting must be "off", "error", "warning" or "info"`);
    }
    if (Array.isArray(setting) && setting[1] !== undefined && (typeof setting[1] !== "object" || setting[1] === null)) {
      throw new ConfigError(`rule "${id}": options must be an object`);
    }
  }
  return { rules: rules as RulesConfig };
}
