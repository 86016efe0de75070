import type { Finding } from "../core/types";
import type { CheckContext } from "./context";
import { formatMessage, ruleDocsPath, type Rule } from "./rule";
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
export function runRules(rules: Iterable<Rule>, ctx: CheckContext, options: RunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.profiles && !rule.profiles.includes(ctx.profile.id)) continue;
    const configured = options.config?.rules?.[rule.id];
    const setting = resolveRuleSetting({ severity: rule.severity, options: rule.options?.defaults ?? {} }, configured);
    if (!setting.enabled) continue;
    const began = options.timings ? performance.now() : 0;
    const url = ruleDocsPath(rule.id);
    for (const report of rule.check(ctx, setting.options)) {
      const paragraph = ctx.snapshot.paragraphs[report.paragraph];
      if (!paragraph || report.start < 0 || report.end < report.start || report.end > paragraph.text.length) {
        throw new Error(`rule ${rule.id} reported an out-of-range location ${report.paragraph}:${report.start}-${report.end}`);
      }
      const template = rule.messages[report.messageId];
      if (!template) throw new Error(`rule ${rule.id} reported an unknown message "${report.messageId}"`);
      const suggestions = report.suggestions ?? [];
      findings.push({
        ruleId: rule.id,
        // A report may raise or lower its own severity (e.g. blanks in draft vs final),
        // but the user's configured severity wins when they set one explicitly.
        severity: configured !== undefined ? setting.severity : (report.severity ?? setting.severity),
        message: formatMessage(template, report.data, rule.id),
        paragraph: report.paragraph,
        start: report.start,
        end: report.end,
        text: paragraph.text.slice(report.start, report.end),
        ...(report.related && report.related.length > 0 ? { related: report.related } : {}),
        suggestions,
        ...(suggestions.length > 0 ? { fix: rule.fix ?? "suggest" } : {}),
        url,
      });
    }
    if (options.timings) options.timings.push({ ruleId: rule.id, ms: performance.now() - began });
  }
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}
