import { describe, expect, it } from "vitest";
import { snapshotFromLines, type Snapshot } from "../../src/document/snapshot";
import { createContext, type CheckOptions } from "../../src/engine/check";
import { runRules } from "../../src/lint/runner";
import { applyEdits } from "../../src/lint/fix";
import type { Finding } from "../../src/core/types";
import type { Rule } from "../../src/lint/rule";

/** A document for a case: lines of text (one paragraph each) or a full snapshot with formatting. */
type CaseInput = readonly string[] | Snapshot;

interface CaseBase {
  name?: string;
  doc: CaseInput;
  options?: Record<string, unknown>;
  check?: Omit<CheckOptions, "config">;
}

export interface ExpectedFinding {
  paragraph: number;
  /** The original text the finding covers. */
  text?: string;
  severity?: Finding["severity"];
  messageIncludes?: string;
}

export interface InvalidCase extends CaseBase {
  errors: ExpectedFinding[];
  /** Lines after applying the first suggestion of every finding; omit when the rule has no fix. */
  output?: readonly string[];
}

function toSnapshot(doc: CaseInput): Snapshot {
  return Array.isArray(doc) ? snapshotFromLines(doc as string[]) : (doc as Snapshot);
}

export function runRule(rule: Rule, doc: CaseInput, options?: Record<string, unknown>, check: CaseBase["check"] = {}): Finding[] {
  const snapshot = toSnapshot(doc);
  const { ctx } = createContext(snapshot, check);
  const config = options ? { rules: { [rule.id]: [rule.severity, options] as [Finding["severity"], Record<string, unknown>] } } : undefined;
  return runRules([rule], ctx, { config });
}

/** ESLint-RuleTester-style suite: valid cases report nothing; invalid ones report what is listed and fix as shown. */
export function testRule(rule: Rule, cases: { valid: CaseBase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? ` — ${c.name}` : ""}`, () => {
        expect(runRule(rule, c.doc, c.options, c.check)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? ` — ${c.name}` : ""}`, () => {
        const findings = runRule(rule, c.doc, c.options, c.check);
        expect(findings.map((f) => f.paragraph)).toEqual(c.errors.map((e) => e.paragraph));
        c.errors.forEach((e, k) => {
          if (e.text !== undefined) expect(findings[k].text).toBe(e.text);
          if (e.severity !== undefined) expect(findings[k].severity).toBe(e.severity);
          if (e.messageIncludes !== undefined) expect(findings[k].message.vi + " | " + findings[k].message.en).toContain(e.messageIncludes);
        });
        if (c.output) {
          const snapshot = toSnapshot(c.doc);
          const fixed = applyEdits(snapshot, firstSuggestions(findings));
          expect(fixed.refused).toEqual([]);
          expect(fixed.snapshot.paragraphs.map((p) => p.text)).toEqual(c.output);
          // Fix safety: re-checking the fixed text finds nothing more of this rule's fixable kind,
          // and applying the fixes again changes nothing.
          const again = runRule(rule, fixed.snapshot, c.options, c.check);
          const refix = applyEdits(fixed.snapshot, firstSuggestions(again));
          expect(refix.snapshot.paragraphs.map((p) => p.text)).toEqual(c.output);
        }
      });
    });
  });
}

/** The first suggestion of each finding: what one click per finding applies (safe or not). */
function firstSuggestions(findings: readonly Finding[]) {
  return findings.flatMap((f) => f.suggestions[0]?.edits ?? []);
}
