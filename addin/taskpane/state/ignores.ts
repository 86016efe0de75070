import type { Snapshot } from "../../../src/document/snapshot";
import type { Finding } from "../../../src/core/types";
import type { DocumentSettings } from "../../word/documentSettings";
import { readIgnores, writeIgnores } from "./paneDb";

/**
 * Where a document's ignored findings are kept. In Word they travel inside the document
 * (Office document settings); elsewhere IndexedDB keyed by the document's name.
 */
export interface IgnoreStorage {
  load(): Promise<string[]>;
  save(keys: readonly string[]): Promise<void>;
}

const SETTING = "soanchuan.ignored";

/** Document settings: saved with the document, so an ignore follows the file. */
export function documentSettingsStorage(settings: DocumentSettings): IgnoreStorage {
  return {
    load: async () => {
      const value = settings.get(SETTING);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    },
    save: (keys) => {
      settings.set(SETTING, [...keys]);
      return settings.save();
    },
  };
}

export function indexedDbStorage(documentId: string): IgnoreStorage {
  return { load: () => readIgnores(documentId), save: (keys) => writeIgnores(documentId, keys) };
}

/** Document settings where the host offers them; IndexedDB under the document's name otherwise. */
export function ignoreStorage(settings: DocumentSettings | null, documentId: string): IgnoreStorage {
  return settings ? documentSettingsStorage(settings) : indexedDbStorage(documentId);
}

/** How many words either side make a finding recognisable after edits elsewhere. */
const CONTEXT_WORDS = 3;

/**
 * A finding is recognised by its rule, its text and the words around it — not by paragraph
 * numbers or by the document's opening lines, which change when the header is filled in.
 */
export function findingKey(finding: Finding, snapshot: Snapshot): string {
  const text = snapshot.paragraphs[finding.paragraph]?.text ?? "";
  const before = words(text.slice(0, finding.start)).slice(-CONTEXT_WORDS);
  const after = words(text.slice(finding.end)).slice(0, CONTEXT_WORDS);
  return [finding.ruleId, squeeze(finding.text), before.join(" "), after.join(" ")].join("|");
}

/**
 * `findings` less the ignored ones. A key starts with its rule, so only findings of a rule with an
 * ignore have theirs made (reading the words around each is what an Ignore click waited on).
 */
export function withoutIgnored(findings: readonly Finding[], ignored: ReadonlySet<string>, snapshot: Snapshot): readonly Finding[] {
  if (ignored.size === 0) return findings;
  const rules = new Set([...ignored].map((key) => key.slice(0, key.indexOf("|"))));
  return findings.filter((f) => !rules.has(f.ruleId) || !ignored.has(findingKey(f, snapshot)));
}

function words(text: string): string[] {
  return squeeze(text).split(" ").filter(Boolean);
}

function squeeze(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
