import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { toneVariantWords, type ToneStyle } from "../vietnamese";

/** Old ("hoà", "uỷ") and new ("hòa", "ủy") tone placement mixed in one document. */
export const consistencyToneStyle = defineRule<{ preferred: ToneStyle }>({
  id: "consistency/tone-style",
  category: "consistency",
  description: {
    vi: "Dùng lẫn hai cách bỏ dấu thanh (hoà/hòa, uỷ/ủy, thuý/thúy) trong cùng văn bản; nên thống nhất theo cách dùng nhiều hơn.",
    en: "Old and new tone-mark placement (hoà/hòa, uỷ/ủy, thuý/thúy) are mixed; use the majority style throughout.",
  },
  severity: "warning",
  options: {
    schema: { type: "object", properties: { preferred: { enum: ["old", "new"] } }, additionalProperties: false },
    defaults: { preferred: "new" },
  },
  fix: "safe",
  messages: {
    usesTonePlacement: {
      vi: "“{word}” bỏ dấu theo kiểu {styleVi}, trong khi văn bản chủ yếu viết kiểu {majorityVi} (“{other}”).",
      en: "“{word}” uses the {styleEn} tone placement while the document mostly uses the {majorityEn} one (“{other}”).",
    },
  },
  check(ctx, options) {
    const words = ctx.text.flatMap((t, paragraph) => toneVariantWords(t.normalized).map((word) => ({ paragraph, ...word })));
    const old = words.filter((w) => w.variant.style === "old").length;
    const fresh = words.length - old;
    if (old === 0 || fresh === 0) return [];
    const majority: ToneStyle = old > fresh ? "old" : fresh > old ? "new" : options.preferred;
    const reports: Report[] = [];
    for (const { paragraph, start, end, word, variant } of words) {
      if (variant.style === majority) continue;
      const edit = ctx.fix.replace(paragraph, start, end, variant.other);
      reports.push({
        paragraph,
        start: edit.start,
        end: edit.end,
        messageId: "usesTonePlacement", data: { word, styleVi: variant.style === "old" ? "cũ" : "mới", majorityVi: majority === "old" ? "cũ" : "mới", other: variant.other, styleEn: variant.style, majorityEn: majority },
        suggestions: [{ label: { vi: `Sửa thành “${variant.other}”`, en: `Change to “${variant.other}”` }, edits: [edit] }],
      });
    }
    return reports;
  },
});
