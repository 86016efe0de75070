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
  const numbered = ctx.get(STRUCTURE).entries.filter((e) => e.number !== null || e.source === "style");
  if (numbered.length === 0) return null;
  const top = Math.min(...numbered.map((e) => e.level));
  const topLevel = numbered.filter((e) => e.level === top);
  const matches: SectionMatch[] = [];
  for (const entry of topLevel) {
    const match = bestSection(template, entry.title);
    if (match) matches.push({ entry, ...match });
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
