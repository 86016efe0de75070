/** Formatting expectations per profile (data/structure/presentation.json) and the body paragraphs they apply to. */
import type { Paragraph } from "../document/snapshot";
import type { CheckContext } from "../lint/context";
import presentationData from "../../data/structure/presentation.json";
import { STRUCTURE } from "./analysis";

export interface PresentationStyle {
  fontFamily: string;
  bodySize: [number, number];
  boldHeadingLevels: number[];
  capsHeadingLevels: number[];
}

export function presentationStyle(ctx: CheckContext): PresentationStyle {
  return (presentationData.profiles as unknown as Record<string, PresentationStyle>)[ctx.profile.id];
}

/** Body text paragraphs: inside the body, not headings, not tables or footnotes, not empty. */
export function bodyParagraphs(ctx: CheckContext): Paragraph[] {
  const { layout, entries } = ctx.get(STRUCTURE);
  const headings = new Set(entries.map((e) => e.paragraph));
  return ctx.snapshot.paragraphs.filter(
    (p) =>
      p.index >= layout.bodyStart &&
      p.index < layout.bodyEnd &&
      !headings.has(p.index) &&
      (p.tableNesting ?? 0) === 0 &&
      p.footnoteId === undefined &&
      p.text.trim() !== "",
  );
}
