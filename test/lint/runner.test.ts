import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { runRules } from "../../src/lint/runner";
import { defineRule } from "../../src/lint/rule";

/** A rule written for the test: reports every "xx" and proposes "x". */
const doubleX = defineRule<{ letter: string }>({
  id: "test/double-x",
  category: "consistency",
  description: { vi: "thử", en: "test" },
  severity: "warning",
  options: { schema: { type: "object" }, defaults: { letter: "x" } },
  fix: "safe",
  messages: { double: { vi: "đôi {letter}", en: "double {letter}" } },
  check(ctx, options) {
    return ctx.text.flatMap((t, paragraph) => {
      const needle = options.letter + options.letter;
      const at = t.normalized.indexOf(needle);
      if (at < 0) return [];
      const [start, end] = t.span(at, at + 2);
      return [{ paragraph, start, end, messageId: "double", data: { letter: options.letter }, suggestions: [{ label: { vi: "sửa", en: "fix" }, edits: [{ paragraph, start, end, expected: t.original.slice(start, end), text: options.letter }] }] }];
    });
  },
});

const outOfRange = defineRule({
  id: "test/broken",
  category: "structure",
  description: { vi: "", en: "" },
  severity: "error",
  messages: { broken: { vi: "", en: "" } },
  check: () => [{ paragraph: 0, start: 0, end: 999, messageId: "broken" }],
});

describe("runRules", () => {
  const { ctx } = createContext(snapshotFromLines(["axxb", "none", "yy xx"]));

  it("fills ruleId, severity and the original text, sorted by place", () => {
    const findings = runRules([doubleX], ctx);
    expect(findings.map((f) => [f.ruleId, f.severity, f.paragraph, f.start, f.text])).toEqual([
      ["test/double-x", "warning", 0, 1, "xx"],
      ["test/double-x", "warning", 2, 3, "xx"],
    ]);
  });

  it("applies the user's severity, options and off switch", () => {
    expect(runRules([doubleX], ctx, { config: { rules: { "test/double-x": "off" } } })).toEqual([]);
    const withOptions = runRules([doubleX], ctx, { config: { rules: { "test/double-x": ["error", { letter: "y" }] } } });
    expect(withOptions.map((f) => [f.severity, f.paragraph, f.text])).toEqual([["error", 2, "yy"]]);
  });

  it("refuses a report outside its paragraph instead of passing bad offsets on", () => {
    expect(() => runRules([outOfRange], ctx)).toThrow(/out-of-range/);
  });

  it("records per-rule timings when asked", () => {
    const timings: { ruleId: string; ms: number }[] = [];
    runRules([doubleX], ctx, { timings });
    expect(timings.map((t) => t.ruleId)).toEqual(["test/double-x"]);
  });
});
