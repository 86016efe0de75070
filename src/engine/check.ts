import type { Snapshot } from "../document/snapshot";
import type { KindId, Mode, ProfileId } from "../core/types";
import { normalizeParagraph, type ParagraphText } from "../text/normalize";
import { PROFILES } from "../profile/profile";
import { detectProfile, type ProfileDetection } from "../profile/detect";
import { parseConfig, type LintConfig } from "../lint/config";
import { createCheckContext, type CheckContext } from "../lint/context";
import { createFixer } from "../lint/fixer";
import { runRules, type RuleTiming } from "../lint/runner";
import { detectKind, OUTLINE, STRUCTURE, TEMPLATE, type Template } from "../structure/index";
import { documentIssuer } from "../structure/issuer";
import { CITATIONS, CITED_DOCUMENTS, REGISTRY } from "../citations/index";
import type { CitationRegistry } from "../citations/registry";
import { INDICATOR_DATA, INDICATORS } from "../indicators/analysis";
import type { IndicatorStore } from "../indicators/store";
import { RULES } from "./rules";
import type { CheckResult } from "./types";
import type { ParagraphTextCache } from "./paragraphCache";

/** Data the caller holds and lends to the check; every rule reads it through `ctx.resource`. */
export interface CheckResources {
  /** Facts about cited documents shared across the files of one run; each checked file's complete citations are added to it. */
  registry?: CitationRegistry;
  /** Prior-period data (the CLI's --data file, the task pane's store): plans, last period's values. */
  indicatorData?: IndicatorStore;
  /** An organisation's own required-sections template. */
  template?: Template;
}

export interface CheckOptions {
  profile?: ProfileId | "auto";
  kind?: KindId | "auto";
  mode?: Mode;
  config?: LintConfig;
  resources?: CheckResources;
  /** "Today", for choosing the Party profile when the document has no date. */
  today?: Date;
  timings?: RuleTiming[];
  /** Paragraph texts kept from the previous check of the same document (see createChecker). */
  cache?: ParagraphTextCache;
}

export interface CheckOutput extends CheckResult {
  detection: ProfileDetection;
}

/** The check context of a document: profile and kind detected unless given, analyses on demand. */
export function createContext(snapshot: Snapshot, options: CheckOptions = {}): { ctx: CheckContext; detection: ProfileDetection } {
  const text: ParagraphText[] = options.cache ? options.cache.normalize(snapshot.paragraphs) : snapshot.paragraphs.map((p) => normalizeParagraph(p.text));
  const detection = detectProfile(text, options.today);
  const profileId = options.profile && options.profile !== "auto" ? options.profile : detection.profile;
  const profile = PROFILES[profileId];
  const kind = options.kind && options.kind !== "auto" ? options.kind : detectKind(text, profile.system);
  const resources = options.resources ?? {};
  const ctx = createCheckContext({
    snapshot,
    profile,
    kind,
    mode: options.mode ?? "draft",
    text,
    fix: createFixer(snapshot, text),
    resources: {
      [REGISTRY.key]: resources.registry,
      [INDICATOR_DATA.key]: resources.indicatorData,
      [TEMPLATE.key]: resources.template,
    },
  });
  return { ctx, detection };
}

/** The one entry point: the task pane, the CLI and the tests all check a document through it. */
export function checkDocument(snapshot: Snapshot, options: CheckOptions = {}): CheckOutput {
  const { ctx, detection } = createContext(snapshot, options);
  const findings = runRules(RULES.values(), ctx, { config: options.config, timings: options.timings });
  const citations = ctx.get(CITATIONS).records;
  options.resources?.registry?.learnFromDocument(snapshot.source, citations);
  return {
    profile: ctx.profile.id,
    kind: ctx.kind,
    mode: ctx.mode,
    paragraphs: snapshot.paragraphs.length,
    findings,
    outline: [...ctx.get(OUTLINE)],
    citations: [...citations],
    documents: [...ctx.get(CITED_DOCUMENTS)],
    indicators: [...ctx.get(INDICATORS)],
    issuer: documentIssuer(ctx.text, ctx.get(STRUCTURE).layout),
    detection,
  };
}

/** A parsed JSON config checked against the product's rules (ids, levels, option schemas). */
export function loadConfig(value: unknown): LintConfig {
  return parseConfig(value, RULES);
}
