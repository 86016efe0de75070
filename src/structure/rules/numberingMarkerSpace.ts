import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { suggestionOf } from "../../lint/fixer";

const GLUED_TEXT_START = /[\p{L}\p{N}"“(]/u;

/** A marker glued to its text ("1.2Tiếp tục", "II.Về"). */
export const numberingMarkerSpace = defineRule<Record<string, never>>({
  id: "numbering/marker-space",
  category: "structure",
  description: {
    vi: "Thiếu khoảng trắng giữa số thứ tự và nội dung (1.2Tiếp tục).",
    en: "No space between the number and the text (1.2Tiếp tục).",
  },
  severity: "error",
  fix: "safe",
  messages: {
    numberGluedText: {
      vi: "Số thứ tự \"{entryMarker}\" dính liền với nội dung \"{next}…\"; cần một khoảng trắng.",
      en: "Number \"{entryMarker}\" is glued to the text \"{next}…\"; add a space.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const entry of ctx.get(STRUCTURE).entries) {
      const parsed = entry.parsed;
      // Only a title on the marker's own line can be glued to it.
      if (!parsed || parsed.gap > 0 || entry.titleEnd <= entry.titleStart) continue;
      // Only words are glued text: punctuation after a marker ("PHẦN THỨ NHẤT;") is spacing's
      // business, which removes a space before it.
      if (!GLUED_TEXT_START.test(ctx.text[entry.paragraph].normalized.charAt(parsed.titleStart))) continue;
      const noDot = parsed.kind === "decimal" && parsed.separator === "";
      // Without a dot the fix is the one numbering/trailing-dot proposes, so fix-all applies it once.
      const at = noDot ? entry.markerEnd : ctx.fix.span(entry.paragraph, parsed.titleStart, parsed.titleStart).start;
      const next = ctx.snapshot.paragraphs[entry.paragraph].text.slice(at, at + 12);
      reports.push({
        paragraph: entry.paragraph,
        start: entry.markerStart,
        end: Math.max(entry.markerEnd, at),
        messageId: "numberGluedText", data: { entryMarker: entry.marker, next },
        suggestions: suggestionOf({ vi: "Thêm khoảng trắng sau số thứ tự", en: "Add a space after the number" }, ctx.fix.insertBefore(entry.paragraph, at, noDot ? ". " : " ")),
      });
    }
    return reports;
  },
});
