import type { Snapshot } from "../document/snapshot";
import type { Edit, Finding } from "../core/types";
import { Occupancy } from "./occupancy";

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
 * Offsets are those of the text before any edit.
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
    // Pieces joined once: slicing the whole text per edit would be quadratic in a long paragraph.
    const pieces: string[] = [];
    let at = 0;
    for (const edit of [...list].sort((a, b) => a.start - b.start)) {
      pieces.push(p.text.slice(at, edit.start), edit.text);
      at = edit.end;
    }
    pieces.push(p.text.slice(at));
    return { ...p, text: pieces.join("") };
  });
  return { snapshot: { ...snapshot, paragraphs }, applied, refused };
}

/**
 * The first suggestion of every finding whose rule marks its fixes safe, as one batch of
 * non-overlapping edits ("fix all"). Other suggestions need reading and stay one click each.
 * A suggestion goes in whole or not at all: half a renumbering would leave the list worse than
 * before. An edit another suggestion already brought (a run's renumbering shared by its
 * findings) counts as in.
 */
export function fixAllEdits(findings: readonly Finding[]): Edit[] {
  const suggestions = findings.flatMap((f) => (f.fix === "safe" && f.suggestions[0] ? [f.suggestions[0].edits] : []));
  const occupancy = new Occupancy(suggestions.flat());
  const taken = new Set<string>();
  const batch: Edit[] = [];
  for (const edits of suggestions) {
    const fresh = new Map<string, Edit>();
    for (const edit of edits) {
      const key = `${edit.paragraph}:${edit.start}:${edit.end}:${edit.text}`;
      if (!taken.has(key)) fresh.set(key, edit);
    }
    const wanted = [...fresh.values()];
    if (!wanted.every((e) => occupancy.isFree(e)) || overlapEachOther(wanted)) continue;
    for (const [key, edit] of fresh) {
      occupancy.take(edit);
      taken.add(key);
      batch.push(edit);
    }
  }
  return batch;
}

/** A suggestion whose own edits overlap cannot be applied as one; such a rule is at fault, not the batch. */
function overlapEachOther(edits: readonly Edit[]): boolean {
  if (edits.length < 2) return false;
  const own = new Occupancy(edits);
  return !edits.every((e) => {
    const free = own.isFree(e);
    own.take(e);
    return free;
  });
}

function selectNonOverlapping(edits: readonly Edit[], refused: RefusedEdit[]): Edit[] {
  const occupancy = new Occupancy(edits);
  const taken: Edit[] = [];
  for (const edit of edits) {
    if (occupancy.isFree(edit)) {
      occupancy.take(edit);
      taken.push(edit);
    } else {
      refused.push({ edit, reason: "overlap" });
    }
  }
  return taken;
}
