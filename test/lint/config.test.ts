import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, resolveRuleSetting } from "../../src/lint/config";
import { RULES } from "../../src/engine/rules";

describe("rule configuration", () => {
  const defaults = { severity: "warning" as const, options: { style: "comma", max: 3 } };

  it("turns a rule off, changes severity and merges options, later layers winning", () => {
    expect(resolveRuleSetting(defaults, "off")).toMatchObject({ enabled: false });
    expect(resolveRuleSetting(defaults, "off", "error")).toEqual({ enabled: true, severity: "error", options: defaults.options });
    expect(resolveRuleSetting(defaults, ["info", { max: 5 }])).toEqual({ enabled: true, severity: "info", options: { style: "comma", max: 5 } });
    expect(resolveRuleSetting(defaults, undefined)).toEqual({ enabled: true, ...defaults });
  });

  it("accepts a valid config file and rejects malformed ones with a reason in both languages", () => {
    const valid = { rules: { "numbering/duplicate": "off", "consistency/abbreviation": ["error", { allow: ["ANTT"] }] } };
    expect(parseConfig(valid, RULES)).toEqual(valid);
    expect(parseConfig({}, RULES)).toEqual({});
    expect(() => parseConfig([], RULES)).toThrow(ConfigError);
    expect(() => parseConfig({ rules: { "numbering/duplicate": "loud" } }, RULES)).toThrow(/rule "numbering\/duplicate"/);
    expect(() => parseConfig({ rules: { "consistency/abbreviation": ["error", 5] } }, RULES)).toThrow(/options/);
    expect(() => parseConfig({ rulez: {} }, RULES)).toThrow(/rulez/);
  });

  it("rejects unknown rule ids and options that do not fit the rule's schema", () => {
    expect(() => parseConfig({ rules: { "numbering/duplicat": "off" } }, RULES)).toThrow(/no rule "numbering\/duplicat"/);
    const wrongType = () => parseConfig({ rules: { "consistency/abbreviation": ["info", { allow: 5 }] } }, RULES);
    expect(wrongType).toThrow(ConfigError);
    try {
      wrongType();
    } catch (error) {
      expect((error as ConfigError).localized.vi).toMatch(/tùy chọn không hợp lệ/);
      expect((error as ConfigError).localized.en).toMatch(/allow/);
    }
    expect(() => parseConfig({ rules: { "numbering/duplicate": ["error", { x: 1 }] } }, RULES)).toThrow(/takes no options/);
  });
});
