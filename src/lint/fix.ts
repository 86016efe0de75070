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
  const suggestions: (readonly Edit[])[] = [];
  const offered: Edit[] = [];
  for (const finding of findings) {
    const first = finding.fix === "safe" ? finding.suggestions[0] : undefined;
    if (!first) continue;
    suggestions.push(first.edits);
    for (const edit of first.edits) offered.push(edit);
  }
  const occupancy = new Occupancy(offered);
  const taken = new EditSet();
  const batch: Edit[] = [];
  for (const edits of suggestions) {
    const wanted = edits.length === 1 ? (taken.has(edits[0]!) ? [] : edits) : distinctNotIn(edits, taken);
    if (!wanted.every((e) => occupancy.isFree(e)) || overlapEachOther(wanted)) continue;
    for (const edit of wanted) {
      occupancy.take(edit);
      taken.add(edit);
      batch.push(edit);
    }
  }
  return batch;
}

/** Edits compared by value (paragraph, place and text), without a key string per edit. */
class EditSet {
  private readonly byPlace = new Map<number, Edit[]>();

  has(edit: Edit): boolean {
    return this.byPlace.get(placeKey(edit))?.some((e) => sameEdit(e, edit)) ?? false;
  }

  add(edit: Edit): void {
    const key = placeKey(edit);
    const list = this.byPlace.get(key);
    if (!list) this.byPlace.set(key, [edit]);
    else if (!list.some((e) => sameEdit(e, edit))) list.push(edit);
  }
}

// Offsets stay below 2^27 (documents are refused past 64 MB), so paragraph and start fit one exact number.
const placeKey = (edit: Edit): number => edit.paragraph * 2 ** 27 + edit.start;
const sameEdit = (a: Edit, b: Edit): boolean => a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.text === b.text;

/** A suggestion's edits without repeats and without those already in `taken`, in order. */
function distinctNotIn(edits: readonly Edit[], taken: EditSet): Edit[] {
  const seen = new EditSet();
  const out: Edit[] = [];
  for (const edit of edits) {
    if (taken.has(edit) || seen.has(edit)) continue;
    seen.add(edit);
    out.push(edit);
  }
  return out;
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
