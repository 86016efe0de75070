/**
 * The renumber fix: every typed marker gets the next number of its run of siblings, and
 * multi-level markers take their parents' new numbers as prefix ("2.1." under a renumbered
 * "3." becomes "3.1."). Separators stay as written; style is another rule's business.
 */
import type { CheckContext } from "../lint/context";
import type { Edit, Suggestion } from "../core/types";
import { markerKindOf, type HeadingEntry } from "./analysis";
import { formatMarker } from "./markers";
import { shortTitle } from "./place";

export interface PlannedChange {
  entry: number;
  from: string;
  to: string;
  edit: Edit;
}

/** Entries grouped as siblings: same parent, same level, same marker kind, numbered. */
export function siblingGroups(entries: readonly HeadingEntry[]): number[][] {
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.number === null) return;
    // Word's list numbering and typed markers of one kind are one sequence ("a)" rendered, then "b)" typed).
    const kind = markerKindOf(e);
    const key = `${e.parent ?? "root"}|${e.level}|${kind}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  return [...groups.values()];
}

/**
 * Expected own number of every numbered entry: the next number of its run. Word's own list
 * numbers are not ours to change, so a typed marker after one continues from the number Word
 * shows ("2." rendered, then "3." typed, is left alone rather than made a second "2.").
 */
export function expectedNumbers(entries: readonly HeadingEntry[]): Map<number, number> {
  const expected = new Map<number, number>();
  for (const group of siblingGroups(entries)) {
    let next = 1;
    for (const entry of group) {
      const { source, number } = entries[entry];
      const own = source === "list" && number !== null ? number : next;
      expected.set(entry, own);
      next = own + 1;
    }
  }
  return expected;
}

export function planRenumbering(ctx: CheckContext, entries: readonly HeadingEntry[]): Map<number, PlannedChange> {
  const expected = expectedNumbers(entries);
  const changes = new Map<number, PlannedChange>();
  entries.forEach((entry, i) => {
    const parsed = entry.parsed;
    const own = expected.get(i);
    if (!parsed || own === undefined || parsed.kind === "part") return;
    let components = [...parsed.components];
    components[components.length - 1] = own;
    if (parsed.kind === "decimal" && components.length > 1) {
      if (!hasDecimalParents(entries, i)) return;
      components = [...decimalAncestors(entries, i).map((a) => expected.get(a) ?? entries[a].number ?? 0), own];
    }
    const to = formatMarker(parsed, components);
    if (to === entry.marker) return;
    changes.set(i, { entry: i, from: entry.marker, to, edit: ctx.fix.replaceOriginal(entry.paragraph, entry.markerStart, entry.markerEnd, to) });
  });
  return changes;
}

/**
 * Whether a multi-level decimal marker has a heading for each of its levels above ("3." above
 * "3.4."). Without them its number cannot be judged against its siblings: the missing level is
 * numbering/level-jump's finding, not a renumbering or a late start.
 */
export function hasDecimalParents(entries: readonly HeadingEntry[], index: number): boolean {
  const parsed = entries[index].parsed;
  if (parsed?.kind !== "decimal") return true;
  return decimalAncestors(entries, index).length === parsed.components.length - 1;
}

/** Decimal ancestors from the outermost to the nearest ("1." then "1.2." above "1.2.3."). */
function decimalAncestors(entries: readonly HeadingEntry[], index: number): number[] {
  const chain: number[] = [];
  let parent = entries[index].parent;
  while (parent !== null && entries[parent].parsed?.kind === "decimal") {
    chain.unshift(parent);
    parent = entries[parent].parent;
  }
  return chain;
}

/**
 * The renumber suggestion of each sibling run (the run and everything under it), planned once
 * for the document: every change is filed under the runs of its entry and of its ancestors, so
 * all runs' suggestions together cost one pass, whatever their number.
 */
export function renumberSuggestions(ctx: CheckContext, entries: readonly HeadingEntry[]): (group: readonly number[]) => Suggestion | null {
  const groups = siblingGroups(entries);
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((entry) => groupOf.set(entry, g)));
  const changesOf: PlannedChange[][] = groups.map(() => []);
  for (const change of planRenumbering(ctx, entries).values()) {
    for (let k: number | null = change.entry; k !== null; k = entries[k].parent) {
      const g = groupOf.get(k);
      if (g !== undefined) changesOf[g].push(change);
    }
  }
  const made = new Map<number, Suggestion | null>();
  return (group) => {
    const g = group.length > 0 ? groupOf.get(group[0]) : undefined;
    if (g === undefined) return null;
    if (!made.has(g)) made.set(g, suggestionOf(entries, changesOf[g]));
    return made.get(g) ?? null;
  };
}

function titleOf(entry: HeadingEntry): string {
  const title = shortTitle(entry.title);
  return title ? `(“${title}”)` : "";
}

function suggestionOf(entries: readonly HeadingEntry[], changes: readonly PlannedChange[]): Suggestion | null {
  if (changes.length === 0) return null;
  const shown = changes.slice(0, 4);
  const more = changes.length > shown.length ? `, … (+${changes.length - shown.length})` : "";
  // Each change named by its heading's title: the marker alone repeats within the run.
  const list = shown.map((c) => [`${c.from} → ${c.to}`, titleOf(entries[c.entry])].filter(Boolean).join(" ")).join(", ") + more;
  return {
    label: { vi: `Đánh số lại cả loạt: ${list}`, en: `Renumber the whole run: ${list}` },
    edits: changes.map((c) => c.edit),
  };
}
