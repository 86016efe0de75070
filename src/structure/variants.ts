/**
 * Consistency as one choice per document, as PerfectIt presents it: where a document mixes
 * accepted variants of one thing (tone placement, year-range dashes, "6"/"06 tháng"), one report
 * gives the forms with their counts, every place as a related location, and one suggestion per
 * form ("use X everywhere"). A house style may fix the preferred form; then only the other forms
 * are reported, against it, with the one suggestion that applies it.
 */
import type { Edit, Localized, RelatedLocation, Suggestion } from "../core/types";
import type { CheckContext } from "../lint/context";
import type { Report } from "../lint/rule";

/** The messages every variant-set rule declares (spread into its `messages`). */
export const VARIANT_MESSAGES = {
  mixedForms: {
    vi: "Văn bản dùng lẫn nhiều cách viết {subjectVi}: {formsVi}; nên thống nhất một cách.",
    en: "The document mixes {subjectEn}: {formsEn}; choose one.",
  },
  departsFromHouseStyle: {
    vi: "Văn bản không theo quy ước về {subjectVi} ({preferredVi}): {formsVi}.",
    en: "The document departs from the house style for {subjectEn} ({preferredEn}): {formsEn}.",
  },
} as const;

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
export function variantReport(ctx: CheckContext, set: VariantSet, occurrences: readonly VariantOccurrence[]): Report<keyof typeof VARIANT_MESSAGES>[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
  const preferred = set.preferred !== null && set.forms[set.preferred] ? set.preferred : null;
  if (preferred === null ? counts.size < 2 : [...counts.keys()].every((f) => f === preferred)) return [];
  // Most frequent first; on a tie, the form met first in the document.
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
  const target = preferred ?? ranked[0];
  const anchor = occurrences.find((o) => o.form !== target) as VariantOccurrence;
  const summary = (lang: "vi" | "en"): string => ranked.map((f) => `${set.forms[f][lang]} × ${counts.get(f)}`).join(", ");
  // Each place mapped to original offsets once: its related location, whose offsets every suggestion's edit reuses.
  const related: RelatedLocation[] = occurrences.map((o) => {
    const { start, end } = ctx.fix.span(o.paragraph, o.start, o.end);
    return { paragraph: o.paragraph, start, end, note: set.forms[o.form] };
  });
  const suggestionFor = (form: string): Suggestion => {
    const edits: Edit[] = [];
    occurrences.forEach((o, k) => {
      if (o.form !== form) edits.push(ctx.fix.replaceOriginal(o.paragraph, related[k].start, related[k].end, o.rewrite(form)));
    });
    return { label: { vi: `Dùng ${set.forms[form].vi} trong toàn văn bản`, en: `Use ${set.forms[form].en} everywhere` }, edits };
  };
  const anchorSpan = related[occurrences.indexOf(anchor)];
  return [
    {
      paragraph: anchor.paragraph,
      start: anchorSpan.start,
      end: anchorSpan.end,
      messageId: preferred !== null ? "departsFromHouseStyle" : "mixedForms",
      data: {
        subjectVi: set.subject.vi,
        subjectEn: set.subject.en,
        formsVi: summary("vi"),
        formsEn: summary("en"),
        preferredVi: preferred !== null ? set.forms[preferred].vi : "",
        preferredEn: preferred !== null ? set.forms[preferred].en : "",
      },
      related,
      suggestions: (preferred !== null ? [preferred] : ranked).map(suggestionFor),
    },
  ];
}
