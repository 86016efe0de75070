import { defineRule } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../variants";

/**
 * Multi-level numbers end with a dot ("1.2." not "1.2"), like the level above them: one finding
 * for the document listing every marker without it. Glued markers ("1.2Tiếp") are left to
 * numbering/marker-space, whose fix adds the dot and the space in one edit (one defect, one finding).
 */
export const numberingTrailingDot = defineRule<Record<string, never>, keyof typeof VARIANT_MESSAGES>({
  id: "numbering/trailing-dot",
  category: "structure",
  description: {
    vi: "Số thứ tự nhiều cấp thiếu dấu chấm cuối (viết 1.2. chứ không viết 1.2).",
    en: "A multi-level number lacks its trailing dot (write 1.2. not 1.2).",
  },
  severity: "warning",
  fix: "safe",
  messages: VARIANT_MESSAGES,
  check(ctx) {
    const occurrences: VariantOccurrence[] = [];
    for (const entry of ctx.get(STRUCTURE).entries) {
      const parsed = entry.parsed;
      if (parsed?.kind !== "decimal" || parsed.components.length < 2 || parsed.gap === 0) continue;
      if (parsed.separator !== "" && parsed.separator !== ".") continue;
      const dotted = parsed.separator === ".";
      const bare = dotted ? parsed.raw.slice(0, -1) : parsed.raw;
      occurrences.push(new MultiLevelNumber(entry.paragraph, parsed.start, parsed.end, dotted ? "dotted" : "bare", bare));
    }
    return variantReport(
      ctx,
      {
        subject: { vi: "dấu chấm cuối số thứ tự nhiều cấp", en: "the trailing dot of multi-level numbers" },
        forms: { dotted: { vi: "“1.2.”", en: "“1.2.”" }, bare: { vi: "“1.2”", en: "“1.2”" } },
        preferred: "dotted",
      },
      occurrences,
    );
  },
});

/** A multi-level number as a place of its variant set (a class: no closure per place). */
class MultiLevelNumber implements VariantOccurrence {
  constructor(
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    readonly form: string,
    private readonly bare: string,
  ) {}

  rewrite(form: string): string {
    return form === "dotted" ? `${this.bare}.` : this.bare;
  }
}
