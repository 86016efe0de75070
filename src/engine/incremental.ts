/**
 * Incremental re-checks: a checker keeps, between checks of one document, the normalised text
 * of each paragraph it has seen, keyed by the paragraph's text. A paragraph whose text did not
 * change gets back the same ParagraphText, and with it every per-paragraph result memoised on it
 * (markers, citations detected in it, …; see ParagraphMemo). Document-level analyses (outline,
 * consistency sets, citation scopes) and the rules run again on those results, so the findings
 * are those of a full check by construction: only work that depends on a paragraph's text alone
 * is reused.
 */
import type { Snapshot } from "../document/snapshot";
import { checkDocument, type CheckOptions, type CheckOutput } from "./check";
import { ParagraphTextCache } from "./paragraphCache";

export interface Checker {
  /** Checks the document's current state; costs what changed since the previous call. */
  check(snapshot: Snapshot): CheckOutput;
}

/** One checker per open document (the task pane keeps it across fixes and edits). */
export function createChecker(options: Omit<CheckOptions, "cache"> = {}): Checker {
  const cache = new ParagraphTextCache();
  return { check: (snapshot) => checkDocument(snapshot, { ...options, cache }) };
}
