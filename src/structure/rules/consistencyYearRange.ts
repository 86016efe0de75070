import type { Localized } from "../../core/types";
import { defineRule } from "../../lint/rule";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../variants";

const YEAR_RANGE = /(?<![\d/])((?:19|20)\d{2})(\s*)([-–—])(\s*)((?:19|20)\d{2})(?![\d/])/gu;

/** The separator as written: "-", " - ", "–", " – " … */
const separatorOf = (spaceBefore: string, dash: string, spaceAfter: string): string => `${spaceBefore ? " " : ""}${dash}${spaceAfter ? " " : ""}`;

/** One way of writing year ranges per document: "2021 - 2025", "2021-2025" or "2021 – 2025". `preferred` is the separator. */
export const consistencyYearRange = defineRule<{ preferred: string | null }, keyof typeof VARIANT_MESSAGES>({
  id: "consistency/year-range",
  category: "consistency",
  description: {
    vi: "Khoảng năm viết không thống nhất (2021 - 2025, 2021-2025, 2021 – 2025).",
    en: "Year ranges are written in different ways (2021 - 2025, 2021-2025, 2021 – 2025).",
  },
  severity: "info",
  options: { schema: { type: "object", properties: { preferred: { type: ["string", "null"] } }, additionalProperties: false }, defaults: { preferred: null } },
  fix: "suggest",
  messages: VARIANT_MESSAGES,
  check(ctx, options) {
    // Read straight into occurrences: the report maps them to original offsets itself.
    const occurrences: VariantOccurrence[] = [];
    ctx.text.forEach(({ normalized }, paragraph) => {
      YEAR_RANGE.lastIndex = 0;
      for (let m = YEAR_RANGE.exec(normalized); m; m = YEAR_RANGE.exec(normalized)) {
        const [whole, from, before, dash, after, to] = m;
        occurrences.push(new YearRange(paragraph, m.index, m.index + whole.length, separatorOf(before, dash, after), from, to));
      }
    });
    const forms: Record<string, Localized> = {};
    const addForm = (f: string) => (forms[f] ??= { vi: `“2021${f}2025”`, en: `“2021${f}2025”` });
    for (const o of occurrences) addForm(o.form);
    if (options.preferred) addForm(options.preferred);
    return variantReport(ctx, { subject: { vi: "khoảng năm", en: "year ranges" }, forms, preferred: options.preferred }, occurrences);
  },
});

/** A year range as a place of the variant set (a class: no closure per range). */
class YearRange implements VariantOccurrence {
  constructor(
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    readonly form: string,
    private readonly from: string,
    private readonly to: string,
  ) {}

  rewrite(form: string): string {
    return `${this.from}${form}${this.to}`;
  }
}
