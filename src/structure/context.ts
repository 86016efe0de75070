/** Helpers shared by the structure rules: the cached analysis and offset conversion. */
import type { CheckContext, Edit, Localized } from "../lint/types";
import { analyzeStructure, type StructureAnalysis } from "./analysis";

export function structureOf(ctx: CheckContext): StructureAnalysis {
  return analyzeStructure(ctx.snapshot, ctx.text);
}

/** Original [start, end) of a normalised range in paragraph `paragraph`. */
export function originalSpan(ctx: CheckContext, paragraph: number, start: number, end: number): { start: number; end: number } {
  const [s, e] = ctx.text[paragraph].span(start, end);
  return { start: s, end: e };
}

/** An edit replacing the original range start..end of a paragraph. */
export function replaceOriginal(ctx: CheckContext, paragraph: number, start: number, end: number, text: string): Edit {
  return { paragraph, start, end, expected: ctx.snapshot.paragraphs[paragraph].text.slice(start, end), text };
}

/** An edit replacing a normalised range (converted to original offsets). */
export function replaceNormalized(ctx: CheckContext, paragraph: number, start: number, end: number, text: string): Edit {
  const span = originalSpan(ctx, paragraph, start, end);
  return replaceOriginal(ctx, paragraph, span.start, span.end, text);
}

/** "đoạn 12" / "paragraph 12": paragraphs are shown 1-based, as line numbers of the text export. */
export function where(paragraph: number): Localized {
  return { vi: `đoạn ${paragraph + 1}`, en: `paragraph ${paragraph + 1}` };
}

/**
 * Inserts `text` at original offset `at` as a replacement of the character that follows, so the
 * edit turns stale once applied (a bare insertion would apply again and again). Null at the end
 * of a paragraph, where no edit can be made idempotent.
 */
export function insertBefore(ctx: CheckContext, paragraph: number, at: number, text: string): Edit | null {
  const original = ctx.snapshot.paragraphs[paragraph].text;
  if (at >= original.length) return null;
  const next = /^(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S])\p{M}*/u.exec(original.slice(at))![0];
  return replaceOriginal(ctx, paragraph, at, at + next.length, text + next);
}

/** One suggestion holding `edit`, or none when no safe edit exists. */
export function suggestionOf(label: Localized, edit: Edit | null): { label: Localized; edits: Edit[] }[] {
  return edit ? [{ label, edits: [edit] }] : [];
}
