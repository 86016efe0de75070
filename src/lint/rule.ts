import type { FixSafety, Localized, ProfileId, RelatedLocation, Severity, Suggestion } from "../core/types";
import type { CheckContext } from "./context";

export type RuleCategory = "structure" | "blocks" | "presentation" | "consistency" | "citation" | "indicator";

/** Values a message template may interpolate: `{name}` in a template takes `data.name`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule reports; the runner adds the rule id, the severity, the message text, `text` and `url`. */
export interface Report<MessageId extends string = string> {
  paragraph: number;
  /** UTF-16 offsets into the paragraph's original text. */
  start: number;
  end: number;
  messageId: MessageId;
  data?: MessageData;
  related?: RelatedLocation[];
  suggestions?: Suggestion[];
  /** Overrides the default severity for this one report (e.g. blanks: info in draft, error in final). */
  severity?: Severity;
}

/** A JSON schema for a rule's options (validated when a config is loaded). */
export type OptionsSchema = Readonly<Record<string, unknown>>;

export interface RuleDefinition<Options extends object, MessageId extends string> {
  /** `<area>/<name>`; the rule's file is named after it and its page is `docs/rules/<id>.md`. */
  id: string;
  category: RuleCategory;
  description: Localized;
  severity: Severity;
  options?: { schema: OptionsSchema; defaults: Options };
  messages: Readonly<Record<MessageId, Localized>>;
  /** Absent: the rule never suggests edits. "safe": fix-all may apply them. "suggest": one click each. */
  fix?: FixSafety;
  /** Profiles the rule applies to; all when absent. */
  profiles?: readonly ProfileId[];
  check(ctx: CheckContext, options: Options): Report<MessageId>[];
}

export type Rule<Options extends object = object, MessageId extends string = string> = Readonly<RuleDefinition<Options, MessageId>>;

/** The one way to write a rule. */
export function defineRule<Options extends object = Record<string, never>, MessageId extends string = string>(
  definition: RuleDefinition<Options, MessageId>,
): Rule<Options, MessageId> {
  return Object.freeze(definition);
}

/** A rule's documentation page, relative to the add-in's (and the repository's) root. */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a template's `{name}` placeholders; a placeholder without data is a bug in the rule. */
export function formatMessage(template: Localized, data: MessageData = {}, ruleId = "?"): Localized {
  return { vi: fill(template.vi, data, ruleId), en: fill(template.en, data, ruleId) };
}

function fill(template: string, data: MessageData, ruleId: string): string {
  const parts = templateParts(template);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    if (!(name in data)) throw new Error(`rule ${ruleId}: message needs "${name}"`);
    out += String(data[name]) + parts[k + 1];
  }
  return out;
}

/**
 * A template split once into text and placeholder names (text, name, text … text): every
 * finding of a rule fills the same few templates. Bounded all the same, like every such table.
 */
function templateParts(template: string): readonly string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (TEMPLATE_PARTS.size < TEMPLATE_PARTS_MAX) TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

const TEMPLATE_PARTS = new Map<string, readonly string[]>();
const TEMPLATE_PARTS_MAX = 4096;

/** The placeholder names a template uses, in both languages (for the rules' meta test). */
export function placeholdersOf(template: Localized): { vi: string[]; en: string[] } {
  const names = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
  return { vi: names(template.vi), en: names(template.en) };
}
