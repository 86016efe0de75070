import type { Report, Rule } from "../../lint/types";
import { replaceNormalized } from "../context";
import { toneVariantWords, type ToneStyle } from "../vietnamese";

/** Old ("hoà", "uỷ") and new ("hòa", "ủy") tone placement mixed in one document. */
export const consistencyToneStyle: Rule<{ preferred: ToneStyle }> = {
  meta: {
    id: "consistency/tone-style",
    category: "consistency",
    docs: {
      vi: "Dùng lẫn hai cách bỏ dấu thanh (hoà/hòa, uỷ/ủy, thuý/thúy) trong cùng văn bản; nên thống nhất theo cách dùng nhiều hơn.",
      en: "Old and new tone-mark placement (hoà/hòa, uỷ/ủy, thuý/thúy) are mixed; use the majority style throughout.",
    },
    defaultSeverity: "warning",
    defaultOptions: { preferred: "new" },
    fixable: true,
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
      const edit = replaceNormalized(ctx, paragraph, start, end, variant.other);
      reports.push({
        paragraph,
        start: edit.start,
        end: edit.end,
        message: {
          vi: `“${word}” bỏ dấu theo kiểu ${variant.style === "old" ? "cũ" : "mới"}, trong khi văn bản chủ yếu viết kiểu ${majority === "old" ? "cũ" : "mới"} (“${variant.other}”).`,
          en: `“${word}” uses the ${variant.style} tone placement while the document mostly uses the ${majority} one (“${variant.other}”).`,
        },
        suggestions: [{ label: { vi: `Sửa thành “${variant.other}”`, en: `Change to “${variant.other}”` }, edits: [edit] }],
      });
    }
    return reports;
  },
};
