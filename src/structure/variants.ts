/**
 * Consistency as one choice per document, as PerfectIt presents it: where a document mixes
 * accepted variants of one thing (tone placement, year-range dashes, "6"/"06 tháng"), one report
 * gives the forms with their counts, every place as a related location, and one suggestion per
 * form ("use X everywhere"). A house style may fix the preferred form; then only the other forms
 * are reported, against it, with the one suggestion that applies it.
 */
import type { CheckContext, Edit, Localized, RelatedLocation, Report, Suggestion } from "../lint/types";
import { replaceNormalized } from "./context";

export interface VariantOccurrence {
  paragraph: number;
  /** Normalised offsets of the occurrence. */
  start: number;
  end: number;
  /** Which form this occurrence uses (a key of VariantSet.forms). */
  form: string;
  /** The occurrence rewritten in each form, by form key. */
  rewrite: (form: string) => string;
}

export interface VariantSet {
  /** What varies, e.g. { vi: "cách bỏ dấu thanh", en: "tone-mark placement" }. */
  subject: Localized;
  /** Each form's display label, e.g. { old: { vi: "kiểu cũ (hòa, ủy)", en: "old placement (hòa, ủy)" } }. */
  forms: Record<string, Localized>;
  /** The house style's form, or null to leave the choice to the writer. */
  preferred: string | null;
}

/** The one report for a variant set, or none when the document is consistent (with the house style, if any). */
export function variantReport(ctx: CheckContext, set: VariantSet, occurrences: readonly VariantOccurrence[]): Report[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
  const preferred = set.preferred !== null && set.forms[set.preferred] ? set.preferred : null;
  if (preferred === null ? counts.size < 2 : [...counts.keys()].every((f) => f === preferred)) return [];
  // Most frequent first; on a tie, the form met first in the document.
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
  const target = preferred ?? ranked[0];
  const anchor = occurrences.find((o) => o.form !== target) as VariantOccurrence;
  const summary = (lang: "vi" | "en"): string => ranked.map((f) => `${set.forms[f][lang]} × ${counts.get(f)}`).join(", ");
  const spans = occurrences.map((o) => ({ o, edit: replaceNormalized(ctx, o.paragraph, o.start, o.end, o.rewrite(o.form)) }));
  const related: RelatedLocation[] = spans.map(({ o, edit }) => ({ paragraph: o.paragraph, start: edit.start, end: edit.end, note: set.forms[o.form] }));
  const suggestionFor = (form: string): Suggestion => ({
    label: { vi: `Dùng ${set.forms[form].vi} trong toàn văn bản`, en: `Use ${set.forms[form].en} everywhere` },
    edits: spans.filter(({ o }) => o.form !== form).map(({ o }): Edit => replaceNormalized(ctx, o.paragraph, o.start, o.end, o.rewrite(form))),
  });
  const anchorSpan = spans.find(({ o }) => o === anchor)!.edit;
  return [
    {
      paragraph: anchor.paragraph,
      start: anchorSpan.start,
      end: anchorSpan.end,
      message:
        preferred !== null
          ? {
              vi: `Văn bản không theo quy ước về ${set.subject.vi} (${set.forms[preferred].vi}): ${summary("vi")}.`,
              en: `The document departs from the house style for ${set.subject.en} (${set.forms[preferred].en}): ${summary("en")}.`,
            }
          : { vi: `Văn bản dùng lẫn nhiều cách viết ${set.subject.vi}: ${summary("vi")}; nên thống nhất một cách.`, en: `The document mixes ${set.subject.en}: ${summary("en")}; choose one.` },
      related,
      suggestions: (preferred !== null ? [preferred] : ranked).map(suggestionFor),
    },
  ];
}
