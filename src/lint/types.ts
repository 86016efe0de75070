import type { Snapshot } from "../document/snapshot";
import type { ParagraphText } from "../text/normalize";
import type { Profile } from "../profile/profile";
import type { OutlineEntry, CitationRecord, CitedDocument, IndicatorRecord, KindId, Mode } from "../engine/types";
import type { CitationRegistry } from "../citations/registry";

export type Severity = "error" | "warning" | "info";

export interface Localized {
  vi: string;
  en: string;
}

/** One replacement inside one paragraph. `expected` is the text the check saw at start..end. */
export interface Edit {
  paragraph: number;
  start: number;
  end: number;
  expected: string;
  text: string;
}

/** One click = one suggestion; its edits never overlap. */
export interface Suggestion {
  label: Localized;
  edits: Edit[];
}

export interface RelatedLocation {
  paragraph: number;
  start: number;
  end: number;
  note: Localized;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Localized;
  paragraph: number;
  /** UTF-16 offsets into the paragraph's original text. */
  start: number;
  end: number;
  /** The original text at start..end. */
  text: string;
  related?: RelatedLocation[];
  suggestions: Suggestion[];
}

/** What a rule reports; the runner adds ruleId, severity and `text`. */
export type Report = Omit<Finding, "ruleId" | "severity" | "text" | "suggestions"> & {
  suggestions?: Suggestion[];
  /** Overrides the configured severity for this one report (e.g. blanks: info in draft, error in final). */
  severity?: Severity;
};

export type RuleCategory = "structure" | "blocks" | "presentation" | "consistency" | "citation" | "indicator";

export interface RuleMeta<Options> {
  id: string;
  category: RuleCategory;
  docs: Localized;
  defaultSeverity: Severity;
  defaultOptions: Options;
  /** Profiles the rule applies to; all when absent. */
  profiles?: readonly string[];
  /** The rule's suggestions are safe to apply without reading (used by fix-all). */
  fixable?: boolean;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check(ctx: CheckContext, options: Options): Report[];
}

/**
 * Everything a rule may read. The analyses are computed once, lazily, and shared:
 * rules never re-parse the document.
 */
export interface CheckContext {
  readonly snapshot: Snapshot;
  readonly profile: Profile;
  readonly kind: KindId;
  readonly mode: Mode;
  /** NFC-normalised text of each paragraph with a map back to original offsets. */
  readonly text: readonly ParagraphText[];
  readonly outline: readonly OutlineEntry[];
  readonly citations: readonly CitationRecord[];
  readonly documents: readonly CitedDocument[];
  readonly indicators: readonly IndicatorRecord[];
  /** Facts about cited documents shared across the files of one run (bundled registry when absent). */
  readonly registry?: CitationRegistry;
}
