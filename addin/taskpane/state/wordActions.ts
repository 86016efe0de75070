import type { Snapshot } from "../../../src/document/snapshot";
import type { Edit } from "../../../src/core/types";
import { REFUSAL_MESSAGES, type BatchOutcome, type Capabilities, type CommentRequest, type InsertedTable, type Place, type Refusal, type StoredTable, type TableRequest, type WordGateway } from "../../word/gateway";
import { localize, type Language, type Translate } from "../i18n";
import type { Notices } from "./notices";

/** What panels may ask of Word: places and outcomes, never the gateway itself. */
export interface WordActions {
  capabilities: Capabilities;
  /** Selects a place the last check reported. */
  jump(place: Place): Promise<void>;
  applyEdits(edits: readonly Edit[], options: { trackChanges?: boolean }): Promise<BatchOutcome<Edit>>;
  insertComments(requests: readonly CommentRequest[]): Promise<void>;
  removeComments(): Promise<void>;
  insertTable(table: TableRequest): Promise<InsertedTable>;
  listTables(): Promise<StoredTable[]>;
  refreshTable(tag: string, table: TableRequest): Promise<boolean>;
}

export function wordActions(
  gateway: WordGateway,
  checked: () => Snapshot | null,
  notices: Pick<Notices, "notify" | "fail">,
  t: Translate,
  language: Language,
): WordActions {
  const { notify, fail } = notices;
  const reportRefusals = <T extends { paragraph: number }>(refused: Refusal<T>[], describe: (item: T) => string) => {
    if (refused.length === 0) return;
    notify({
      intent: "warning",
      title: t("refusedTitle"),
      lines: shortList(refused.map((r) => `${describe(r.item)}: ${localize(REFUSAL_MESSAGES[r.reason], language)}`)),
    });
  };
  return {
    capabilities: gateway.capabilities,
    async jump(place) {
      const snapshot = checked();
      if (!snapshot) return;
      try {
        const refusal = await gateway.select(place, snapshot);
        if (refusal) notify({ intent: "warning", lines: [localize(REFUSAL_MESSAGES[refusal], language)] });
      } catch (error) {
        fail(error);
      }
    },
    async applyEdits(edits, options) {
      const snapshot = checked();
      if (!snapshot || edits.length === 0) return { done: [], refused: [] };
      const outcome = await gateway.applyEdits(edits, snapshot, options);
      if (outcome.done.length) notify({ intent: "success", lines: [t("fixed", { n: outcome.done.length })] });
      reportRefusals(outcome.refused, (e) => `“${e.expected}”`);
      return outcome;
    },
    async insertComments(requests) {
      const snapshot = checked();
      if (!snapshot) return;
      if (!gateway.capabilities.comments) {
        notify({ intent: "warning", lines: [t("commentsNeedWord")] });
        return;
      }
      try {
        const outcome = await gateway.insertComments(requests, snapshot);
        const lines = [t("commentsAdded", { n: outcome.done.length })];
        if (outcome.existing.length) lines.push(t("commentsSkipped", { n: outcome.existing.length }));
        notify({ intent: "success", lines });
        reportRefusals(outcome.refused, (r) => `“${r.text}”`);
      } catch (error) {
        fail(error);
      }
    },
    async removeComments() {
      try {
        notify({ intent: "success", lines: [t("commentsRemoved", { n: await gateway.removeAddinComments() })] });
      } catch (error) {
        fail(error);
      }
    },
    insertTable: (table) => gateway.insertTable(table),
    listTables: () => gateway.listTables(),
    refreshTable: (tag, table) => gateway.refreshTable(tag, table),
  };
}

/** A notice lists a few items and counts the rest. */
function shortList(lines: string[], max = 6): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `(+${lines.length - max})`];
}
