import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, resolveRuleSetting } from "../../src/lint/config";

describe("rule configuration", () => {
  const defaults = { severity: "warning" as const, options: { style: "comma", max: 3 } };

  it("turns a rule off, changes severity and merges options, later layers winning", () => {
    expect(resolveRuleSetting(defaults, "off")).toMatchObject({ enabled: false });
    expect(resolveRuleSetting(defaults, "off", "error")).toEqual({ enabled: true, severity: "error", options: defaults.options });
    expect(resolveRuleSetting(defaults, ["info", { max: 5 }])).toEqual({ enabled: true, severity: "info", options: { style: "comma", max: 5 } });
    expect(resolveRuleSetting(defaults, undefined)).toEqual({ enabled: true, ...defaults });
  });

  it("accepts a valid config file and rejects malformed ones with a reason", () => {
    expect(parseConfig({ rules: { a: "off", b: ["error", { x: 1 }] } })).toEqual({ rules: { a: "off", b: ["error", { x: 1 }] } });
    expect(parseConfig({})).toEqual({});
    expect(() => parseConfig([])).toThrow(ConfigError);
    expect(() => parseConfig({ rules: { a: "loud" } })).toThrow(/rule "a"/);
    expect(() => parseConfig({ rules: { a: ["error", 5] } })).toThrow(/options/);
  });
});
