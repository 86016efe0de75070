/**
 * Consistency as one choice per document, as PerfectIt presents it: where a document mixes
 * accepted variants of one thing (tone placement, year-range dashes, "6"/"06 tháng"), one report
 * gives the forms with their counts, every place as a related location (the first 1,000 of a
 * hostile document's), and one suggestion per form ("use X everywhere", 10,000 edits per pass). A house style may fix the preferred form; then only the other forms
 * are reported, against it, with the one suggestion that applies it.
 */
import type { Edit, Localized, RelatedLocation, Suggestion } from "../core/types";
import type { CheckContext } from "../lint/context";
import type { Report } from "../lint/rule";
import { MAX_GROUPED_EDITS } from "./findingBudget";
import { MAX_RELATED_PLACES } from "./grouping";

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
  // Only the places the report lists or fixes are mapped to original offsets; the counts above cover them all.
  const located = (o: VariantOccurrence): RelatedLocation => {
    const { start, end } = ctx.fix.span(o.paragraph, o.start, o.end);
    return { paragraph: o.paragraph, start, end, note: set.forms[o.form] };
  };
  const related = occurrences.slice(0, MAX_RELATED_PLACES).map(located);
  const suggestionFor = (form: string): Suggestion => {
    const edits: Edit[] = [];
    let others = 0;
    for (const o of occurrences) {
      if (o.form === form) continue;
      others += 1;
      if (edits.length < MAX_GROUPED_EDITS) edits.push(ctx.fix.replace(o.paragraph, o.start, o.end, o.rewrite(form)));
    }
    const label = { vi: `Dùng ${set.forms[form].vi} trong toàn văn bản`, en: `Use ${set.forms[form].en} everywhere` };
    const partial = { vi: `Dùng ${set.forms[form].vi} ở ${edits.length} chỗ đầu (rồi kiểm tra lại)`, en: `Use ${set.forms[form].en} in the first ${edits.length} places (then check again)` };
    return { label: edits.length < others ? partial : label, edits };
  };
  const anchorSpan = ctx.fix.span(anchor.paragraph, anchor.start, anchor.end);
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
