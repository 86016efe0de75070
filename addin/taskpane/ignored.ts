import type { Snapshot } from "../../src/document/snapshot";
import type { Finding } from "../../src/core/types";

/**
 * Ignored findings are remembered per document in localStorage. A document is recognised by
 * its opening lines (issuer, number, title), a finding by rule + text + its paragraph's text,
 * so an ignore survives re-checks and edits elsewhere in the document.
 */
export function documentKey(snapshot: Snapshot): string {
  const opening = snapshot.paragraphs
    .map((p) => p.text.trim())
    .filter(Boolean)
    .slice(0, 12)
    .join("\n");
  return `soanchuan.ignored.${hash(opening)}`;
}

export function findingKey(finding: Finding, snapshot: Snapshot): string {
  const paragraph = snapshot.paragraphs[finding.paragraph]?.text ?? "";
  return `${finding.ruleId}|${finding.text}|${hash(paragraph)}`;
}

export function loadIgnored(key: string): Set<string> {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return new Set(raw ? (JSON.parse(raw) as string[]) : []);
  } catch {
    return new Set();
  }
}

export function saveIgnored(key: string, ignored: ReadonlySet<string>): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify([...ignored]));
  } catch {
    // Storage may be disabled (private mode); ignoring then lasts for this session only.
  }
}

/** FNV-1a, enough to tell documents and paragraphs apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
