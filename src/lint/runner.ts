import type { CheckContext, Finding, Rule } from "./types";
import { resolveRuleSetting, type LintConfig } from "./config";

export interface RuleTiming {
  ruleId: string;
  ms: number;
}

export interface RunOptions {
  config?: LintConfig;
  /** Collects per-rule timings when given (for the benchmark). */
  timings?: RuleTiming[];
}

/** Runs every enabled rule over the context and returns sorted findings. */
export function runRules(rules: readonly Rule<never>[], ctx: CheckContext, options: RunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules as readonly Rule<Record<string, unknown>>[]) {
    const { meta } = rule;
    if (meta.profiles && !meta.profiles.includes(ctx.profile.id)) continue;
    const setting = resolveRuleSetting(
      { severity: meta.defaultSeverity, options: meta.defaultOptions },
      ctx.profile.rules[meta.id],
      options.config?.rules?.[meta.id],
    );
    if (!setting.enabled) continue;
    const began = options.timings ? performance.now() : 0;
    for (const report of rule.check(ctx, setting.options)) {
      const paragraph = ctx.snapshot.paragraphs[report.paragraph];
      if (!paragraph || report.start < 0 || report.end < report.start || report.end > paragraph.text.length) {
        throw new Error(`rule ${meta.id} reported an out-of-range location ${report.paragraph}:${report.start}-${report.end}`);
      }
      findings.push({
        ruleId: meta.id,
        // A report may raise or lower its own severity (e.g. blanks in draft vs final),
        // but the user's configured severity wins when they set one explicitly.
        severity: options.config?.rules?.[meta.id] !== undefined ? setting.severity : (report.severity ?? setting.severity),
        message: report.message,
        paragraph: report.paragraph,
        start: report.start,
        end: report.end,
        text: paragraph.text.slice(report.start, report.end),
        ...(report.related && report.related.length > 0 ? { related: report.related } : {}),
        suggestions: report.suggestions ?? [],
      });
    }
    if (options.timings) options.timings.push({ ruleId: meta.id, ms: performance.now() - began });
  }
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}
