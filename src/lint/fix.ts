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
  // Overlaps first, then the rest: the order the refusals have always been reported in.
  const overlapping: RefusedEdit[] = [];
  const unusable: RefusedEdit[] = [];
  const occupancy = new Occupancy(edits);
  const applied: Edit[] = [];
  for (const edit of edits) {
    if (!occupancy.isFree(edit)) {
      overlapping.push({ edit, reason: "overlap" });
      continue;
    }
    occupancy.take(edit);
    const paragraph = snapshot.paragraphs[edit.paragraph];
    if (!paragraph) unusable.push({ edit, reason: "missing-paragraph" });
    else if (!holds(paragraph.text, edit)) unusable.push({ edit, reason: "stale" });
    else applied.push(edit);
  }
  // Each paragraph's edits are a run of the sorted batch: the paragraphs are rewritten in one pass.
  const sorted = inReadingOrder(applied);
  const paragraphs = [...snapshot.paragraphs];
  for (let from = 0; from < sorted.length; ) {
    const index = sorted[from]!.paragraph;
    let to = from + 1;
    while (to < sorted.length && sorted[to]!.paragraph === index) to += 1;
    const paragraph = paragraphs[index]!;
    paragraphs[index] = { ...paragraph, text: edited(paragraph.text, sorted, from, to) };
    from = to;
  }
  return { snapshot: { ...snapshot, paragraphs }, applied, refused: [...overlapping, ...unusable] };
}

/** Whether the text holds the edit's expected text at its place (compared in place: no copy per edit). */
function holds(text: string, edit: Edit): boolean {
  return edit.start >= 0 && edit.end <= text.length && edit.end - edit.start === edit.expected.length && text.startsWith(edit.expected, edit.start);
}

/** The edits by paragraph, then start; most batches come sorted, and are then neither copied nor sorted. */
function inReadingOrder(edits: readonly Edit[]): readonly Edit[] {
  for (let k = 1; k < edits.length; k += 1) {
    const [before, edit] = [edits[k - 1]!, edits[k]!];
    if (edit.paragraph < before.paragraph || (edit.paragraph === before.paragraph && edit.start < before.start)) {
      return [...edits].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    }
  }
  return edits;
}

/**
 * The text with sorted, non-overlapping edits applied. Pieces are joined a thousand at a time:
 * slicing the whole text per edit would be quadratic in a long paragraph, and one list of every
 * piece would be a large array taking fresh memory as it grows.
 */
function edited(text: string, edits: readonly Edit[], from: number, to: number): string {
  const joined: string[] = [];
  let pieces: string[] = [];
  let at = 0;
  for (let k = from; k < to; k += 1) {
    const edit = edits[k]!;
    pieces.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
    if (pieces.length >= 1024) {
      joined.push(pieces.join(""));
      pieces = [];
    }
  }
  pieces.push(text.slice(at));
  joined.push(pieces.join(""));
  return joined.join("");
}

/**
 * The first suggestion of every finding whose rule marks its fixes safe, as one batch of
 * non-overlapping edits ("fix all"). Other suggestions need reading and stay one click each.
 * A suggestion goes in whole or not at all: half a renumbering would leave the list worse than
 * before. An edit another suggestion already brought (a run's renumbering shared by its
 * findings) counts as in.
 */
export function fixAllEdits(findings: readonly Finding[]): Edit[] {
  const occupancy = new Occupancy(offeredEdits(findings));
  const batch: Edit[] = [];
  // Which edits are in, by value: asked only by suggestions of several edits, so made at the first.
  let taken: EditSet | null = null;
  for (const finding of findings) {
    const edits = finding.fix === "safe" ? finding.suggestions[0]?.edits : undefined;
    if (!edits) continue;
    if (edits.length === 1) {
      // An edit already in occupies its own place: it is not free, and stays out as it should.
      const edit = edits[0]!;
      if (!occupancy.isFree(edit)) continue;
      occupancy.take(edit);
      taken?.add(edit);
      batch.push(edit);
      continue;
    }
    taken ??= EditSet.of(batch);
    const wanted = distinctNotIn(edits, taken);
    if (!wanted.every((e) => occupancy.isFree(e)) || overlapEachOther(wanted)) continue;
    for (const edit of wanted) {
      occupancy.take(edit);
      taken.add(edit);
      batch.push(edit);
    }
  }
  return batch;
}

/** The edits of every finding's first safe suggestion: those fix-all may ask about. */
function* offeredEdits(findings: readonly Finding[]): Iterable<Edit> {
  for (const finding of findings) {
    const first = finding.fix === "safe" ? finding.suggestions[0] : undefined;
    if (first) yield* first.edits;
  }
}

/** Edits compared by value (paragraph, place and text), without a key string per edit. */
class EditSet {
  /** One edit at a place, or the several there (an insertion and a replacement may share a start). */
  private readonly byPlace = new Map<number, Edit | Edit[]>();

  has(edit: Edit): boolean {
    const found = this.byPlace.get(placeKey(edit));
    if (found === undefined) return false;
    return Array.isArray(found) ? found.some((e) => sameEdit(e, edit)) : sameEdit(found, edit);
  }

  static of(edits: readonly Edit[]): EditSet {
    const set = new EditSet();
    for (const edit of edits) set.add(edit);
    return set;
  }

  add(edit: Edit): void {
    const key = placeKey(edit);
    const found = this.byPlace.get(key);
    if (found === undefined) this.byPlace.set(key, edit);
    else if (Array.isArray(found)) {
      if (!found.some((e) => sameEdit(e, edit))) found.push(edit);
    } else if (!sameEdit(found, edit)) this.byPlace.set(key, [found, edit]);
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

