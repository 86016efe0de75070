import { defineRule } from "../../lint/rule";
import { forEachToneVariantWord, type ToneVariant } from "../vietnamese";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../variants";

/**
 * Old ("hòa", "ủy", "thúy") and new ("hoà", "uỷ", "thuý") tone placement mixed in one document:
 * both are accepted, so one finding offers the choice. `preferred` ("old" | "new") fixes the house style.
 */
export const consistencyToneStyle = defineRule<{ preferred: "old" | "new" | null }, keyof typeof VARIANT_MESSAGES>({
  id: "consistency/tone-style",
  category: "consistency",
  description: {
    vi: "Dùng lẫn hai cách bỏ dấu thanh (kiểu cũ hòa/ủy/thúy, kiểu mới hoà/uỷ/thuý) trong cùng văn bản; nên thống nhất một cách.",
    en: "Old (hòa/ủy/thúy) and new (hoà/uỷ/thuý) tone-mark placement are mixed in one document; choose one.",
  },
  severity: "info",
  options: { schema: { type: "object", properties: { preferred: { enum: ["old", "new", null] } }, additionalProperties: false }, defaults: { preferred: null } },
  fix: "suggest",
  messages: VARIANT_MESSAGES,
  check(ctx, options) {
    // One list filled in a loop: a report has tens of thousands of such words.
    const occurrences: VariantOccurrence[] = [];
    ctx.text.forEach((t, paragraph) => {
      forEachToneVariantWord(t.normalized, (start, end, variant) => occurrences.push(new TonePlacement(paragraph, start, end, variant)));
    });
    return variantReport(
      ctx,
      {
        subject: { vi: "dấu thanh", en: "tone-mark placement" },
        forms: { old: { vi: "kiểu cũ (hòa, ủy)", en: "the old placement (hòa, ủy)" }, new: { vi: "kiểu mới (hoà, uỷ)", en: "the new placement (hoà, uỷ)" } },
        preferred: options.preferred,
      },
      occurrences,
    );
  },
});

/** A word whose tone placement can vary, as a place of the variant set (a class: no closure per word). */
class TonePlacement implements VariantOccurrence {
  constructor(
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    private readonly variant: ToneVariant,
  ) {}

  get form(): string {
    return this.variant.style;
  }

  rewrite(form: string): string {
    return form === this.variant.style ? this.variant.word : this.variant.other;
  }
}
