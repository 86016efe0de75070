import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { planRenumbering } from "../renumber";

/** A multi-level number whose prefix is not its parent's number ("2.1." under "1."). */
export const numberingPrefix = defineRule<Record<string, never>>({
  id: "numbering/prefix",
  category: "structure",
  description: {
    vi: "Số nhiều cấp không khớp với số của mục cha (ví dụ 2.1. nằm dưới mục 1.).",
    en: "A multi-level number does not start with its parent's number (e.g. 2.1. under 1.).",
  },
  severity: "error",
  fix: "safe",
  messages: {
    headingSitsUnder: {
      vi: "Mục {entryMarker} nằm dưới mục {parentMarker} nhưng phần đầu số không khớp.",
      en: "Heading {entryMarker} sits under {parentMarker} but its prefix does not match.",
    },
  },
  check(ctx) {
    const { entries } = ctx.get(STRUCTURE);
    const reports: Report[] = [];
    let plan: ReturnType<typeof planRenumbering> | null = null;
    entries.forEach((entry, index) => {
      const parsed = entry.parsed;
      if (parsed?.kind !== "decimal" || parsed.components.length < 2 || entry.parent === null) return;
      const parent = entries[entry.parent];
      if (parent.parsed?.kind !== "decimal") return;
      const prefix = parsed.components.slice(0, -1).join(".");
      if (prefix === parent.parsed.components.join(".")) return;
      plan ??= planRenumbering(ctx, entries);
      const change = plan.get(index);
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: entry.markerEnd,
        messageId: "headingSitsUnder", data: { entryMarker: entry.marker, parentMarker: parent.marker },
        related: [{ paragraph: parent.paragraph, start: parent.markerStart, end: parent.markerEnd, note: { vi: "Mục cha", en: "The parent heading" } }],
        suggestions: change
          ? [{ label: { vi: `Sửa thành ${change.to}`, en: `Change to ${change.to}` }, edits: [change.edit] }]
          : [],
      });
    });
    return reports;
  },
});
