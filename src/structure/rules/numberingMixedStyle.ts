import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { HeadingEntry } from "../analysis";
import { STRUCTURE } from "../analysis";
import { formatMarker } from "../markers";

/** One document, one marker style per level: "I." and "I-" (or "1." and "1)") mixed is a defect. */
export const numberingMixedStyle = defineRule<{ preferred: string }>({
  id: "numbering/mixed-style",
  category: "structure",
  description: {
    vi: "Kiểu dấu sau số thứ tự không thống nhất trong cùng một cấp (I. và I-, 1. và 1)).",
    en: "Marker punctuation is mixed within one level (I. and I-, 1. and 1)).",
  },
  severity: "warning",
  options: {
    schema: { type: "object", properties: { preferred: { type: "string", minLength: 1, maxLength: 2 } }, additionalProperties: false },
    defaults: { preferred: "." },
  },
  fix: "safe",
  messages: {
    markerDiffersFrom: {
      vi: "Kiểu đánh số \"{entryMarker}\" khác với các mục cùng cấp (phần lớn viết như \"{modelMarker}\").",
      en: "Marker \"{entryMarker}\" differs from the other headings at this level (mostly written like \"{modelMarker}\").",
    },
  },
  check(ctx, options) {
    const { entries } = ctx.get(STRUCTURE);
    const byLevel = new Map<string, HeadingEntry[]>();
    for (const entry of entries) {
      const parsed = entry.parsed;
      // Multi-level numbers differ only by the trailing dot, which numbering/trailing-dot covers.
      if (!parsed || (parsed.kind !== "roman" && !(parsed.kind === "decimal" && parsed.components.length === 1))) continue;
      const key = parsed.kind;
      byLevel.set(key, [...(byLevel.get(key) ?? []), entry]);
    }
    const reports: Report[] = [];
    for (const list of byLevel.values()) {
      const counts = new Map<string, number>();
      for (const e of list) counts.set(styleOf(e), (counts.get(styleOf(e)) ?? 0) + 1);
      if (counts.size < 2) continue;
      const majority = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === options.preferred ? -1 : b[0] === options.preferred ? 1 : 0))[0][0];
      const model = list.find((e) => styleOf(e) === majority) as HeadingEntry;
      for (const entry of list) {
        if (styleOf(entry) === majority) continue;
        const parsed = entry.parsed!;
        const fixed = formatMarker({ ...parsed, raw: model.parsed!.raw, separator: model.parsed!.separator }, parsed.components);
        reports.push({
          paragraph: entry.paragraph,
          start: entry.markerStart,
          end: entry.markerEnd,
          messageId: "markerDiffersFrom", data: { entryMarker: entry.marker, modelMarker: model.marker },
          related: [{ paragraph: model.paragraph, start: model.markerStart, end: model.markerEnd, note: { vi: "Kiểu được dùng nhiều hơn", en: "The more common style" } }],
          suggestions: [{ label: { vi: `Sửa thành ${fixed}`, en: `Change to ${fixed}` }, edits: [ctx.fix.replaceOriginal(entry.paragraph, entry.markerStart, entry.markerEnd, fixed)] }],
        });
      }
    }
    return reports;
  },
});

function styleOf(entry: HeadingEntry): string {
  const parsed = entry.parsed!;
  return (/\s/.test(parsed.raw) ? " " : "") + parsed.separator;
}
