/**
 * What the findings list shows, computed from a check without React: cards in priority order,
 * grouped where one choice or one property repeats, and places a Word user can recognise.
 */
import type { Snapshot } from "../../src/document/snapshot";
import type { OutlineEntry } from "../../src/structure/types";
import type { Finding, Severity } from "../../src/core/types";
import { categoryOf, type DisplayCategory } from "./rules";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Structure and citations first: they change meaning; layout and consistency are cosmetic. */
const CATEGORY_RANK: Record<DisplayCategory, number> = { structure: 0, citation: 1, indicator: 2, presentation: 3, consistency: 4 };
/** Categories whose repeated findings are one decision (a style choice, a format property). */
const GROUPED_CATEGORIES: ReadonlySet<DisplayCategory> = new Set(["presentation", "consistency"]);
/** From this many findings of one rule, the rule shows one card that opens to its places. */
const GROUP_FROM = 3;

/** Cosmetic rules always group; others only while none of their findings is an error (each error stays in sight). */
function groups(category: DisplayCategory, findings: readonly Finding[]): boolean {
  if (findings.length < GROUP_FROM) return false;
  return GROUPED_CATEGORIES.has(category) || findings.every((f) => f.severity !== "error");
}

export interface Card {
  key: string;
  ruleId: string;
  category: DisplayCategory;
  /** The most severe of its findings. */
  severity: Severity;
  /** One finding, or every finding of a grouped rule in document order. */
  findings: Finding[];
  grouped: boolean;
}

export function buildCards(findings: readonly Finding[]): Card[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const cards: Card[] = [];
  for (const [ruleId, list] of byRule) {
    const category = categoryOf(ruleId);
    if (groups(category, list)) {
      cards.push({ key: `group:${ruleId}`, ruleId, category, severity: mostSevere(list), findings: list, grouped: true });
    } else {
      for (const f of list) cards.push({ key: `${ruleId}:${f.paragraph}:${f.start}:${f.end}`, ruleId, category, severity: f.severity, findings: [f], grouped: false });
    }
  }
  return cards.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] ||
      a.findings[0]!.paragraph - b.findings[0]!.paragraph ||
      a.findings[0]!.start - b.findings[0]!.start,
  );
}

/** Whether two cards show the same: cards are built anew whenever the findings change, the findings themselves are kept. */
export function sameCard(a: Card, b: Card): boolean {
  return a.key === b.key && a.severity === b.severity && a.grouped === b.grouped && a.findings.length === b.findings.length && a.findings.every((f, i) => f === b.findings[i]);
}

function mostSevere(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((best, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[best] ? f.severity : best), "info");
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function countByCategory(findings: readonly Finding[]): Record<DisplayCategory, number> {
  const counts: Record<DisplayCategory, number> = { structure: 0, citation: 0, indicator: 0, presentation: 0, consistency: 0 };
  for (const f of findings) counts[categoryOf(f.ruleId)]++;
  return counts;
}

export interface PlaceLabel {
  /** Heading path ("II. Phương hướng › 1. Kinh tế"), or a label for the header, a footnote or a table. */
  path: string;
  /** A few words around the place, with ellipses where the paragraph goes on. */
  snippet: string;
}

export interface PlaceWords {
  header: string;
  footnote(id: string): string;
  table: string;
}

const TITLE_WORDS = 4;
/** Outermost and innermost headings are enough to recognise a place; the middle is elided. */
const PATH_DEPTH = 2;
const SNIPPET_SIDE = 28;
const SNIPPET_MAX = 90;

/**
 * The headings above a paragraph, outermost first: the last heading of each level before it,
 * dropping deeper levels whenever a shallower heading starts a new section.
 */
export function headingPath(outline: readonly OutlineEntry[], paragraph: number): OutlineEntry[] {
  const path: OutlineEntry[] = [];
  for (const entry of outline) {
    if (entry.paragraph > paragraph) break;
    while (path.length > 0 && path[path.length - 1]!.level >= entry.level) path.pop();
    path.push(entry);
  }
  return path;
}

function shortHeading(entry: OutlineEntry): string {
  const words = entry.title.split(/\s+/).filter(Boolean);
  const title = words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(" ")}…` : words.join(" ");
  return [entry.marker, title].filter(Boolean).join(" ");
}

export function placeLabel(
  snapshot: Snapshot,
  outline: readonly OutlineEntry[],
  place: { paragraph: number; start: number; end: number },
  words: PlaceWords,
): PlaceLabel {
  const paragraph = snapshot.paragraphs[place.paragraph];
  const text = paragraph?.text ?? "";
  let path: string;
  if (paragraph?.footnoteId !== undefined) path = words.footnote(paragraph.footnoteId);
  else {
    const headings = headingPath(outline, place.paragraph);
    // The heading itself is the place: show its parents only.
    const above = headings[headings.length - 1]?.paragraph === place.paragraph ? headings.slice(0, -1) : headings;
    const shown = above.length > PATH_DEPTH ? [above[0]!, above[above.length - 1]!] : above;
    path = outline.length > 0 && outline[0]!.paragraph > place.paragraph ? words.header : shown.map(shortHeading).join(above.length > PATH_DEPTH ? " › … › " : " › ");
    if (paragraph?.tableNesting) path = [path, words.table].filter(Boolean).join(" — ");
  }
  return { path, snippet: snippet(text, place.start, place.end) };
}

/** The finding's text with a few words either side, cut at word boundaries. */
export function snippet(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  let from = Math.max(0, start - SNIPPET_SIDE);
  let to = Math.min(text.length, end + SNIPPET_SIDE);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  let core = flat(text.slice(from, to)).trim();
  if (core.length > SNIPPET_MAX) core = `${core.slice(0, SNIPPET_MAX - 1).trimEnd()}`;
  if (core === "") return "";
  return `${from > 0 ? "…" : ""}${core}${to < text.length || core.length >= SNIPPET_MAX - 1 ? "…" : ""}`;
}
