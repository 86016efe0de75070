import type { ReactNode } from "react";
import type { CheckOutput } from "../../src/engine/check";
import type { Language, Translate } from "./i18n";
import type { Notice } from "./state/notices";
import type { WordActions } from "./state/wordActions";

/** What the Citations and Indicators tabs receive: the check, Word actions (never the gateway), notices. */
export interface TabPanelProps {
  /** The tab's findings, drawn by the pane. */
  findings: ReactNode;
  result: CheckOutput;
  word: WordActions;
  language: Language;
  t: Translate;
  busy: boolean;
  notify(notice: Omit<Notice, "id">): void;
  fail(error: unknown): void;
  /** The document changed outside a fix (a table went in): paragraph numbers must be re-read. */
  onDocumentChanged(): void;
}
