import { defineRule } from "../../lint/rule";
import { textParagraphs, scan } from "../scan";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../variants";

/** "6 tháng" / "06 tháng" counting months (not a date: "ngày 05 tháng 7" is left alone). */
const MONTH_COUNT = /(?<![\p{L}\p{N}.,/])(?<!ngày\s{1,3})(0?)([1-9])(?=\s+tháng(?!\s*\d))/gu;

/** A count of months written both plain and zero-padded ("6 tháng đầu năm", "06 tháng đầu năm"). `preferred`: "plain" | "padded". */
export const consistencyMonthCount = defineRule<{ preferred: "plain" | "padded" | null }, keyof typeof VARIANT_MESSAGES>({
  id: "consistency/month-count",
  category: "consistency",
  description: {
    vi: "Số tháng viết không thống nhất: “6 tháng” và “06 tháng” trong cùng văn bản.",
    en: "A count of months is written both plain and zero-padded (“6 tháng”, “06 tháng”).",
  },
  severity: "info",
  options: { schema: { type: "object", properties: { preferred: { enum: ["plain", "padded", null] } }, additionalProperties: false }, defaults: { preferred: null } },
  fix: "suggest",
  messages: VARIANT_MESSAGES,
  check(ctx, options) {
    const occurrences = scan(ctx, MONTH_COUNT, textParagraphs(ctx)).map((h) => new MonthCount(h.paragraph, h.match.index, h.match.index + h.match[0].length, h.match[1] === "0" ? "padded" : "plain", h.match[2]));
    return variantReport(
      ctx,
      {
        subject: { vi: "số tháng", en: "month counts" },
        forms: { plain: { vi: "“6 tháng”", en: "“6 tháng”" }, padded: { vi: "“06 tháng”", en: "“06 tháng”" } },
        preferred: options.preferred,
      },
      occurrences,
    );
  },
});

/** A month count as a place of its variant set (a class: no closure per place). */
class MonthCount implements VariantOccurrence {
  constructor(
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    readonly form: string,
    private readonly digits: string,
  ) {}

  rewrite(form: string): string {
    return form === "padded" ? `0${this.digits}` : this.digits;
  }
}
