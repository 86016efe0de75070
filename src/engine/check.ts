import type { Snapshot } from "../document/snapshot";
import { normalizeParagraph, type ParagraphText } from "../text/normalize";
import { PROFILES } from "../profile/profile";
import { detectProfile, type ProfileDetection } from "../profile/detect";
import type { LintConfig } from "../lint/config";
import { runRules, type RuleTiming } from "../lint/runner";
import type { CheckContext, Rule } from "../lint/types";
import { detectKind, recoverOutline, structureRules } from "../structure/index";
import { citationRules, extractCitations, listCitedDocuments, ownedParagraphs } from "../citations/index";
import type { CitationRegistry } from "../citations/registry";
import { extractIndicators, indicatorRules } from "../indicators/index";
import type { CheckResult, KindId, Mode, ProfileId } from "./types";

export interface CheckOptions {
  profile?: ProfileId | "auto";
  kind?: KindId | "auto";
  mode?: Mode;
  config?: LintConfig;
  /** "Today", for choosing the Party profile when the document has no date. */
  today?: Date;
  timings?: RuleTiming[];
  /** Citation registry shared by the files of one run; each checked file's complete citations are added to it. */
  registry?: CitationRegistry;
}

export interface CheckOutput extends CheckResult {
  detection: ProfileDetection;
}

export const ALL_RULES: readonly Rule<never>[] = [...structureRules, ...citationRules, ...indicatorRules];

/** Builds the shared analyses once, lazily, in dependency order. */
export function createContext(snapshot: Snapshot, options: CheckOptions = {}): { ctx: CheckContext; detection: ProfileDetection } {
  const text: ParagraphText[] = snapshot.paragraphs.map((p) => normalizeParagraph(p.text));
  const detection = detectProfile(text, options.today);
  const profileId = options.profile && options.profile !== "auto" ? options.profile : detection.profile;
  const profile = PROFILES[profileId];
  const kind = options.kind && options.kind !== "auto" ? options.kind : detectKind(text, profile.system);
  const mode = options.mode ?? "draft";

  const lazy = <T>(compute: () => T): (() => T) => {
    let value: T | undefined;
    let done = false;
    return () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value as T;
    };
  };
  const outline = lazy(() => recoverOutline(snapshot, text, profile));
  const citations = lazy(() => extractCitations(text, profile, options.registry, ownedParagraphs(snapshot.paragraphs)));
  const documents = lazy(() => listCitedDocuments(citations()));
  const indicators = lazy(() => extractIndicators(text, outline(), snapshot.paragraphs));

  const ctx: CheckContext = {
    snapshot,
    profile,
    kind,
    mode,
    text,
    registry: options.registry,
    get outline() {
      return outline();
    },
    get citations() {
      return citations();
    },
    get documents() {
      return documents();
    },
    get indicators() {
      return indicators();
    },
  };
  return { ctx, detection };
}

/** The one entry point: the task pane, the CLI and the tests all check a document through it. */
export function checkDocument(snapshot: Snapshot, options: CheckOptions = {}): CheckOutput {
  const { ctx, detection } = createContext(snapshot, options);
  const findings = runRules(ALL_RULES, ctx, { config: options.config, timings: options.timings });
  options.registry?.learnFromDocument(snapshot.source, ctx.citations);
  return {
    profile: ctx.profile.id,
    kind: ctx.kind,
    mode: ctx.mode,
    paragraphs: snapshot.paragraphs.length,
    findings,
    outline: [...ctx.outline],
    citations: [...ctx.citations],
    documents: [...ctx.documents],
    indicators: [...ctx.indicators],
    detection,
  };
}
