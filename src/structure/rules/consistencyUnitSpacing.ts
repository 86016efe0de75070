import { defineRule } from "../../lint/rule";
import { scan, textParagraphs } from "../scan";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../variants";
import { SYMBOL_UNIT_OF, UNIT_ALTERNATION, symbolFor } from "../units";

/**
 * A figure and the unit after it, glued or spaced ("150.000.000đ", "150.000.000 đồng", "25ha").
 * Tried only from a figure's first digit; the longest unit spelling wins ("5 đồng chí" is people).
 */
const FIGURE_UNIT = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d(?:[\\d.,]*\\d)?)([ \\u00a0]*)(${UNIT_ALTERNATION})(?![\\p{L}\\p{N}/])`, "gu");

/**
 * Units with a symbol written both glued to the figure and spaced from it ("150.000.000đ" beside
 * "150.000.000 đồng", "25ha" beside "25 ha"): one choice per document. Tables are compact by
 * design and are left out. `preferred`: "glued" | "spaced".
 */
export const consistencyUnitSpacing = defineRule<{ preferred: "glued" | "spaced" | null }, keyof typeof VARIANT_MESSAGES>({
  id: "consistency/unit-spacing",
  category: "consistency",
  description: {
    vi: "Đơn vị viết liền số ở chỗ này, cách số ở chỗ khác (150.000.000đ và 150.000.000 đồng, 25ha và 25 ha).",
    en: "A unit is glued to its figure in some places and spaced in others (150.000.000đ and 150.000.000 đồng, 25ha and 25 ha).",
  },
  severity: "info",
  options: { schema: { type: "object", properties: { preferred: { enum: ["glued", "spaced", null] } }, additionalProperties: false }, defaults: { preferred: null } },
  fix: "suggest",
  messages: VARIANT_MESSAGES,
  check(ctx, options) {
    const paragraphs = textParagraphs(ctx).filter((i) => (ctx.snapshot.paragraphs[i]?.tableNesting ?? 0) === 0);
    const occurrences = scan(ctx, FIGURE_UNIT, paragraphs)
      .filter((h) => SYMBOL_UNIT_OF.has(h.match[3]))
      .filter((h) => h.match[2] !== "" || symbolFor(h.match[3]) === h.match[3])
      .map((h) => new FigureWithUnit(h.paragraph, h.match.index, h.match.index + h.match[0].length, h.match[1], h.match[2], h.match[3]));
    return variantReport(
      ctx,
      {
        subject: { vi: "khoảng cách giữa số và đơn vị", en: "the space between a figure and its unit" },
        forms: {
          glued: { vi: "viết liền (150.000.000đ, 25ha)", en: "glued (150.000.000đ, 25ha)" },
          spaced: { vi: "cách một khoảng (150.000.000 đồng, 25 ha)", en: "spaced (150.000.000 đồng, 25 ha)" },
        },
        preferred: options.preferred,
      },
      occurrences,
    );
  },
});

/** A figure and its unit as a place of their variant set (a class: no closure per place). */
class FigureWithUnit implements VariantOccurrence {
  readonly form: string;

  constructor(
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    private readonly figure: string,
    private readonly space: string,
    private readonly unit: string,
  ) {
    this.form = space === "" ? "glued" : "spaced";
  }

  rewrite(form: string): string {
    return form === "glued" ? `${this.figure}${symbolFor(this.unit)}` : `${this.figure}${this.space || " "}${this.unit}`;
  }
}
