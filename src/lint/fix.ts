import type { Snapshot } from "../document/snapshot";
import type { Edit, Finding } from "../core/types";

export interface RefusedEdit {
  edit: Edit;
  reason: "stale" | "overlap" | "missing-paragraph";
}

export interface EditOutcome {
  snapshot: Snapshot;
  applied: Edit[];
  refused: RefusedEdit[];
}

/**
 * Applies edits to a snapshot the way the Word gateway does: an edit whose paragraph no longer
 * holds `expected` at start..end is refused, as is one overlapping an edit already taken.
 * Edits in one paragraph apply right to left so earlier offsets stay valid.
 */
export function applyEdits(snapshot: Snapshot, edits: readonly Edit[]): EditOutcome {
  const refused: RefusedEdit[] = [];
  const accepted = selectNonOverlapping(edits, refused);
  const byParagraph = new Map<number, Edit[]>();
  const applied: Edit[] = [];
  for (const edit of accepted) {
    const paragraph = snapshot.paragraphs[edit.paragraph];
    if (!paragraph) {
      refused.push({ edit, reason: "missing-paragraph" });
    } else if (paragraph.text.slice(edit.start, edit.end) !== edit.expected) {
      refused.push({ edit, reason: "stale" });
    } else {
      const list = byParagraph.get(edit.paragraph) ?? [];
      list.push(edit);
      byParagraph.set(edit.paragraph, list);
      applied.push(edit);
    }
  }
  const paragraphs = snapshot.paragraphs.map((p) => {
    const list = byParagraph.get(p.index);
    if (!list) return p;
    let text = p.text;
    for (const edit of [...list].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    }
    return { ...p, text };
  });
  return { snapshot: { ...snapshot, paragraphs }, applied, refused };
}

/**
 * The first suggestion of every finding whose rule marks its fixes safe, as one batch of
 * non-overlapping edits ("fix all"). Other suggestions need reading and stay one click each.
 */
export function fixAllEdits(findings: readonly Finding[]): Edit[] {
  const edits = findings.flatMap((f) => (f.fix === "safe" ? (f.suggestions[0]?.edits ?? []) : []));
  return selectNonOverlapping(dedupe(edits), []);
}

function dedupe(edits: readonly Edit[]): Edit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.paragraph}:${e.start}:${e.end}:${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function selectNonOverlapping(edits: readonly Edit[], refused: RefusedEdit[]): Edit[] {
  const taken: Edit[] = [];
  for (const edit of edits) {
    const clash = taken.some(
      (t) =>
        t.paragraph === edit.paragraph &&
        (edit.start < t.end && t.start < edit.end || (edit.start === edit.end && t.start === edit.start) || (t.start === t.end && edit.start === t.start)),
    );
    if (clash) refused.push({ edit, reason: "overlap" });
    else taken.push(edit);
  }
  return taken;
}
