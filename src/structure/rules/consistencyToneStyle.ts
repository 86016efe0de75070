import type { Report, Rule } from "../../lint/types";
import { replaceNormalized } from "../context";
import { allParagraphs, scan } from "../scan";
import { toneVariant, type ToneStyle } from "../vietnamese";

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
    const words = scan(ctx, /\p{L}+/gu, allParagraphs(ctx))
      .map((hit) => ({ hit, variant: toneVariant(hit.match[0]) }))
      .filter((w): w is { hit: typeof w.hit; variant: NonNullable<typeof w.variant> } => w.variant !== null);
    const old = words.filter((w) => w.variant.style === "old").length;
    const fresh = words.length - old;
    if (old === 0 || fresh === 0) return [];
    const majority: ToneStyle = old > fresh ? "old" : fresh > old ? "new" : options.preferred;
    const reports: Report[] = [];
    for (const { hit, variant } of words) {
      if (variant.style === majority) continue;
      const index = hit.match.index;
      const edit = replaceNormalized(ctx, hit.paragraph, index, index + hit.match[0].length, variant.other);
      reports.push({
        paragraph: hit.paragraph,
        start: hit.start,
        end: hit.end,
        message: {
          vi: `“${hit.match[0]}” bỏ dấu theo kiểu ${variant.style === "old" ? "cũ" : "mới"}, trong khi văn bản chủ yếu viết kiểu ${majority === "old" ? "cũ" : "mới"} (“${variant.other}”).`,
          en: `“${hit.match[0]}” uses the ${variant.style} tone placement while the document mostly uses the ${majority} one (“${variant.other}”).`,
        },
        suggestions: [{ label: { vi: `Sửa thành “${variant.other}”`, en: `Change to “${variant.other}”` }, edits: [edit] }],
      });
    }
    return reports;
  },
};
