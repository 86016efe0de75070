/** Formatting expectations per profile (data/structure/presentation.json) and the body paragraphs they apply to. */
import type { Paragraph } from "../document/snapshot";
import type { CheckContext } from "../lint/context";
import type { Report } from "../lint/rule";
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

/** Body text paragraphs: inside the body, not headings (nor a part's title line), not tables or footnotes, not empty. */
export function bodyParagraphs(ctx: CheckContext): Paragraph[] {
  const { layout, entries } = ctx.get(STRUCTURE);
  const headings = new Set(entries.flatMap((e) => [e.paragraph, ...e.titleParagraphs]));
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

/** "Times New Roman Bold", "TimesNewRomanPS-BoldMT", "times new roman,Italic" → "timesnewroman": the family without its face. */
export function fontFamilyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/mt$/u, "")
    .replace(/(?:bold|italic|oblique|regular|semibold|light)+$/u, "")
    .replace(/ps$/u, "");
}

/**
 * One report per wrong value of a property, however many paragraphs carry it: the first paragraph
 * is the anchor, every other one a related place (a style applied to 700 paragraphs is one defect).
 * The message gets `count` and whatever `data` gives for the value.
 */
export function groupedByValue<T extends string | number, Id extends string>(
  ctx: CheckContext,
  items: readonly { paragraph: number; value: T }[],
  messageId: Id,
  data: (value: T) => Record<string, string | number>,
): Report<Id>[] {
  const groups = new Map<T, number[]>();
  for (const { paragraph, value } of items) groups.set(value, [...(groups.get(value) ?? []), paragraph]);
  return [...groups.entries()].map(([value, paragraphs]): Report<Id> => ({
    paragraph: paragraphs[0],
    start: 0,
    end: ctx.snapshot.paragraphs[paragraphs[0]].text.length,
    messageId,
    data: { ...data(value), count: paragraphs.length },
    ...(paragraphs.length > 1
      ? { related: paragraphs.slice(1).map((p) => ({ paragraph: p, start: 0, end: ctx.snapshot.paragraphs[p].text.length, note: { vi: String(value), en: String(value) } })) }
      : {}),
  }));
}
