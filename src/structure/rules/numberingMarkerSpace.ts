import type { Report, Rule } from "../../lint/types";
import { structureOf, originalSpan, insertBefore, suggestionOf } from "../context";

/** A marker glued to its text ("1.2Tiếp tục", "II.Về"). */
export const numberingMarkerSpace: Rule<Record<string, never>> = {
  meta: {
    id: "numbering/marker-space",
    category: "structure",
    docs: {
      vi: "Thiếu khoảng trắng giữa số thứ tự và nội dung (1.2Tiếp tục).",
      en: "No space between the number and the text (1.2Tiếp tục).",
    },
    defaultSeverity: "error",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const entry of structureOf(ctx).entries) {
      const parsed = entry.parsed;
      if (!parsed || parsed.gap > 0 || entry.title === "") continue;
      const noDot = parsed.kind === "decimal" && parsed.separator === "";
      // Without a dot the fix is the one numbering/trailing-dot proposes, so fix-all applies it once.
      const at = noDot ? entry.markerEnd : originalSpan(ctx, entry.paragraph, parsed.titleStart, parsed.titleStart).start;
      const next = ctx.snapshot.paragraphs[entry.paragraph].text.slice(at, at + 12);
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: Math.max(entry.markerEnd, at),
        message: {
          vi: `Số thứ tự "${entry.marker}" dính liền với nội dung "${next}…"; cần một khoảng trắng.`,
          en: `Number "${entry.marker}" is glued to the text "${next}…"; add a space.`,
        },
        suggestions: suggestionOf({ vi: "Thêm khoảng trắng sau số thứ tự", en: "Add a space after the number" }, insertBefore(ctx, entry.paragraph, at, noDot ? ". " : " ")),
      });
    }
    return reports;
  },
};
