/** Matches the top-level headings against the template of the report's kind and system. */
import { defineAnalysis, type CheckContext } from "../lint/context";
import type { HeadingEntry } from "./analysis";
import { STRUCTURE } from "./analysis";
import { TEMPLATE, templateFor, type Template, type TemplateSection } from "./templates";
import { foldForMatch } from "./vietnamese";

export interface SectionMatch {
  entry: HeadingEntry;
  section: TemplateSection;
  /** Position of the section in the template. */
  order: number;
}

export interface SectionAnalysis {
  template: Template;
  topLevel: HeadingEntry[];
  matches: SectionMatch[];
}

/** The top-level headings matched to the template's sections; null when no template or no heading applies. */
export const SECTIONS = defineAnalysis("sections", analyzeSections);

function analyzeSections(ctx: CheckContext): SectionAnalysis | null {
  const template = ctx.resource(TEMPLATE) ?? templateFor(ctx.kind, ctx.profile.system);
  if (!template) return null;
  const { entries } = ctx.get(STRUCTURE);
  const numbered = entries.filter((e) => e.number !== null || e.source === "style");
  if (numbered.length === 0) return null;
  const top = Math.min(...numbered.map((e) => e.level));
  const topLevel = numbered.filter((e) => e.level === top);
  const matchOf = (entry: HeadingEntry): SectionMatch | null => {
    const match = bestSection(template, entry.title);
    return match && { entry, ...match };
  };
  // The shallowest level under each part: "I." under "PHẦN THỨ NHẤT", or "1." where a part has no Roman headings.
  const firstLevelUnder = new Map<number, number>();
  for (const e of numbered) if (e.parent !== null) firstLevelUnder.set(e.parent, Math.min(firstLevelUnder.get(e.parent) ?? e.level, e.level));
  const matches: SectionMatch[] = [];
  for (const entry of numbered) {
    const parent = entry.parent === null ? null : entries[entry.parent];
    if (entry.level === top) {
      const match = matchOf(entry);
      if (match) matches.push(match);
    } else if (entry.heading && parent !== null && parent.level === 0 && entry.level === firstLevelUnder.get(entry.parent as number)) {
      // Required sections are matched inside parts ("PHẦN THỨ NHẤT" → "II. Hạn chế"); a section the
      // part itself already names is the part's own subdivision, not a second section.
      const match = matchOf(entry);
      const partMatch = matches.findLast((m) => m.entry === parent);
      if (match && match.section.id !== partMatch?.section.id) matches.push(match);
    }
  }
  return { template, topLevel, matches };
}

/** The section whose wording appears earliest in the title (longest wording on a tie). */
function bestSection(template: Template, title: string): { section: TemplateSection; order: number } | null {
  const folded = foldForMatch(title);
  let best: { section: TemplateSection; order: number; at: number; length: number } | null = null;
  for (const [order, section] of template.sections.entries()) {
    for (const wording of section.wordings) {
      const w = foldForMatch(wording);
      const at = folded.indexOf(w);
      if (at < 0) continue;
      if (best === null || at < best.at || (at === best.at && w.length > best.length)) best = { section, order, at, length: w.length };
    }
  }
  return best && { section: best.section, order: best.order };
}
