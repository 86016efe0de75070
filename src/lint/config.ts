import { Validator } from "@cfworker/json-schema";
import { LocalizedError } from "../core/errors";
import type { Severity } from "../core/types";
import type { Rule } from "./rule";

/**
 * Rule configuration, as in a `.soanchuan.json` file (the CLI's `--config` and the task pane's
 * house-style settings read the same shape):
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
  defaults: { severity: Severity; options: object },
  ...settings: (RuleSetting | undefined)[]
): ResolvedRuleSetting {
  let enabled = true;
  let severity = defaults.severity;
  let options: Record<string, unknown> = { ...defaults.options };
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

export class ConfigError extends LocalizedError<"bad-config"> {
  constructor(vi: string, en: string) {
    super("bad-config", { vi, en });
  }
}

/**
 * Validates a parsed JSON config against the known rules: every id must name a rule, every
 * level must be one of off/error/warning/info, and options must match the rule's schema.
 * Throws ConfigError with a message in both languages.
 */
export function parseConfig(value: unknown, rules: ReadonlyMap<string, Rule>): LintConfig {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigError("cấu hình phải là một đối tượng JSON có trường \"rules\"", "config must be a JSON object with a \"rules\" field");
  }
  const unknownKeys = Object.keys(value).filter((key) => key !== "rules");
  if (unknownKeys.length > 0) {
    throw new ConfigError(`trường không được hỗ trợ: ${unknownKeys.join(", ")}`, `unsupported field(s): ${unknownKeys.join(", ")}`);
  }
  const config = (value as { rules?: unknown }).rules;
  if (config === undefined) return {};
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new ConfigError("\"rules\" phải là đối tượng ánh xạ mã quy tắc sang thiết lập", "\"rules\" must be an object mapping rule ids to settings");
  }
  for (const [id, setting] of Object.entries(config)) {
    const rule = rules.get(id);
    if (!rule) throw new ConfigError(`không có quy tắc "${id}"`, `there is no rule "${id}"`);
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (typeof level !== "string" || !LEVELS.has(level)) {
      throw new ConfigError(
        `quy tắc "${id}": mức phải là "off", "error", "warning" hoặc "info"`,
        `rule "${id}": setting must be "off", "error", "warning" or "info"`,
      );
    }
    if (Array.isArray(setting) && setting[1] !== undefined) checkOptions(rule, setting[1]);
  }
  return { rules: config as RulesConfig };
}

function checkOptions(rule: Rule, options: unknown): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ConfigError(`quy tắc "${rule.id}": tùy chọn phải là một đối tượng`, `rule "${rule.id}": options must be an object`);
  }
  if (!rule.options) {
    throw new ConfigError(`quy tắc "${rule.id}" không có tùy chọn`, `rule "${rule.id}" takes no options`);
  }
  const result = new Validator(rule.options.schema as object, "2020-12", false).validate(options);
  if (!result.valid) {
    const detail = result.errors
      .filter((e) => e.keyword !== "properties")
      .map((e) => `${e.instanceLocation.replace(/^#\/?/, "") || "options"}: ${e.error}`)
      .join("; ");
    throw new ConfigError(`quy tắc "${rule.id}": tùy chọn không hợp lệ (${detail})`, `rule "${rule.id}": invalid options (${detail})`);
  }
}
