/**
 * The engine's shared vocabulary: every layer above imports these, and this file imports
 * nothing from the project.
 */

export type Severity = "error" | "warning" | "info";

/** A text shown to users, in both languages of the product. */
export interface Localized {
  vi: string;
  en: string;
}

// The ids are closed sets the code switches on; data files that name them are checked against
// these lists when they are loaded (`checkId`).
export const SYSTEM_IDS = ["party", "state"] as const;
export const PROFILE_IDS = ["party-2018", "party-2026", "state"] as const;
/** Report kinds (six-month … state-report), then the other document types, each with its own closing and sections. */
export const KIND_IDS = [
  "six-month",
  "annual",
  "mid-term",
  "state-report",
  "conclusion",
  "notice",
  "plan",
  "programme",
  "submission",
  "resolution",
  "decision",
  "directive",
  "guidance",
  "project",
  "official-letter",
  "other",
] as const;
/** draft: being written; final: before signing (number and date still blank for the office); issued: left the office. */
export const MODES = ["draft", "final", "issued"] as const;

export type SystemId = (typeof SYSTEM_IDS)[number];
export type ProfileId = (typeof PROFILE_IDS)[number];
export type KindId = (typeof KIND_IDS)[number];
export type Mode = (typeof MODES)[number];

/** `value` as a member of `ids`; throws naming `where` when a data file holds an unknown id. */
export function checkId<T extends string>(ids: readonly T[], value: unknown, where: string): T {
  if (typeof value === "string" && (ids as readonly string[]).includes(value)) return value as T;
  throw new Error(`${where}: unknown id ${JSON.stringify(value)} (expected one of ${ids.join(", ")})`);
}

export function isOneOf<T extends string>(ids: readonly T[], value: string): value is T {
  return (ids as readonly string[]).includes(value);
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

/**
 * How a rule's suggestions may be applied: "safe" ones may go into fix-all; "suggest" ones
 * need the user to read them and are applied one click at a time.
 */
export type FixSafety = "safe" | "suggest";

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
  /** Set when the finding has suggestions: whether fix-all may apply them. */
  fix?: FixSafety;
  /** The rule's documentation page, relative to the add-in's root (`docs/rules/<id>.md`). */
  url?: string;
}
