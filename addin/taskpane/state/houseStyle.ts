import { useCallback, useMemo, useState } from "react";
import type { ProfileId } from "../../../src/core/types";
import { loadConfig } from "../../../src/engine/check";
import type { LintConfig, RuleSetting, RulesConfig } from "../../../src/lint/config";

/**
 * The organisation's house style: which rules run and how loudly, preferred forms, its name
 * and the document system it usually writes in. Kept on this computer (localStorage); its rules
 * export as the JSON config `soanchuan check --config` reads.
 */
export interface HouseStyle {
  organisation: string;
  defaultProfile: ProfileId | "auto";
  rules: RulesConfig;
}

const KEY = "soanchuan.houseStyle";
/** Where the indicators tab kept the organisation before the house style existed. */
const LEGACY_ORGANISATION_KEY = "soanchuan.organisation";

export function emptyHouseStyle(): HouseStyle {
  return { organisation: "default", defaultProfile: "auto", rules: {} };
}

export function loadHouseStyle(): HouseStyle {
  const fallback = { ...emptyHouseStyle(), organisation: globalThis.localStorage?.getItem(LEGACY_ORGANISATION_KEY) || "default" };
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return fallback;
    const value = JSON.parse(raw) as Partial<HouseStyle>;
    return {
      organisation: typeof value.organisation === "string" && value.organisation ? value.organisation : fallback.organisation,
      defaultProfile: value.defaultProfile ?? "auto",
      rules: loadConfig({ rules: value.rules ?? {} }).rules ?? {},
    };
  } catch {
    return fallback;
  }
}

function saveHouseStyle(style: HouseStyle): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(style));
  } catch {
    // Storage may be disabled (private mode): the settings then last for this session.
  }
}

/** The export: exactly the CLI's config shape. */
export function houseStyleConfig(style: HouseStyle): LintConfig {
  return { rules: style.rules };
}

export function serializeConfig(style: HouseStyle): string {
  return `${JSON.stringify(houseStyleConfig(style), null, 2)}\n`;
}

/** Reads a CLI config file into the house style; throws the config parser's error on bad JSON. */
export function importConfig(style: HouseStyle, json: string): HouseStyle {
  const config = loadConfig(JSON.parse(json) as unknown);
  return { ...style, rules: { ...config.rules } };
}

/** A rule's level in a setting ("off", a severity), or undefined when only options are set. */
export function levelOf(setting: RuleSetting | undefined): RuleSetting | undefined {
  return Array.isArray(setting) ? setting[0] : setting;
}

export function optionsOf(setting: RuleSetting | undefined): Record<string, unknown> {
  return Array.isArray(setting) ? (setting[1] ?? {}) : {};
}

/** Sets a rule's level, keeping its options; undefined returns it to the default. */
export function withLevel(rules: RulesConfig, ruleId: string, level: "off" | "error" | "warning" | "info" | undefined, defaultLevel: "error" | "warning" | "info"): RulesConfig {
  const options = optionsOf(rules[ruleId]);
  const next = { ...rules };
  const hasOptions = Object.keys(options).length > 0;
  if (level === undefined && !hasOptions) delete next[ruleId];
  else next[ruleId] = hasOptions ? [level ?? defaultLevel, options] : level!;
  return next;
}

/** Sets (or, with undefined, removes) one option of a rule, keeping its level. */
export function withOption(rules: RulesConfig, ruleId: string, name: string, value: unknown, defaultLevel: "error" | "warning" | "info"): RulesConfig {
  const current = rules[ruleId];
  const options = { ...optionsOf(current) };
  if (value === undefined) delete options[name];
  else options[name] = value;
  const level = levelOf(current);
  const next = { ...rules };
  if (Object.keys(options).length === 0) {
    if (level === undefined) delete next[ruleId];
    else next[ruleId] = level as RuleSetting;
  } else next[ruleId] = [(level as "off" | "error" | "warning" | "info" | undefined) ?? defaultLevel, options];
  return next;
}

export interface HouseStyleState {
  style: HouseStyle;
  update(change: (style: HouseStyle) => HouseStyle): void;
}

export function useHouseStyleState(): HouseStyleState {
  const [style, setStyle] = useState<HouseStyle>(loadHouseStyle);
  const update = useCallback((change: (style: HouseStyle) => HouseStyle) => {
    setStyle((current) => {
      const next = change(current);
      saveHouseStyle(next);
      return next;
    });
  }, []);
  return useMemo(() => ({ style, update }), [style, update]);
}
