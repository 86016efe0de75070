import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE, lineContent } from "../analysis";
import { documentTypeOf } from "../kind";
import { reportScope, scopeConflicts } from "../reportScope";
import { foldForMatch } from "../vietnamese";

const LETTER = /\p{L}/u;

const FACET_LABELS = {
  period: { vi: "kỳ báo cáo", en: "period" },
  review: { vi: "loại báo cáo (sơ kết/tổng kết)", en: "kind of review (sơ kết/tổng kết)" },
  year: { vi: "năm", en: "year" },
} as const;

/**
 * The closing sentence "Trên đây là báo cáo …" repeats what the summary (trích yếu) says the
 * report covers. Reported only when the two clearly disagree — another period, another year,
 * sơ kết against tổng kết — never for wording: a closing that leaves the period out says nothing
 * against the summary.
 */
export const closingSummary = defineRule<Record<string, never>>({
  id: "closing/summary",
  category: "blocks",
  description: {
    vi: "Câu kết “Trên đây là báo cáo …” nêu kỳ, năm hoặc loại báo cáo khác với trích yếu.",
    en: "The closing sentence “Trên đây là báo cáo …” names another period, year or kind of review than the summary.",
  },
  severity: "warning",
  messages: {
    closingDiffers: {
      vi: "Câu kết không khớp trích yếu về {facetsVi}: trích yếu ghi “{summary}”, câu kết ghi “{closing}”.",
      en: "The closing sentence does not match the summary on the {facetsEn}: the summary says “{summary}”, the closing “{closing}”.",
    },
  },
  check(ctx) {
    const { layout } = ctx.get(STRUCTURE);
    if (documentTypeOf(ctx.kind)?.type !== "report" || layout.titleIndex === null || layout.closingSentence === null) return [];
    const closing = ctx.text[layout.closingSentence].normalized;
    if (!/^trên đây là báo cáo\b/u.test(foldForMatch(lineContent(ctx.text[layout.closingSentence]).content))) return [];
    const lines = [layout.titleIndex, ...layout.summary].filter((i) => LETTER.test(lineContent(ctx.text[i]).content));
    const summary = lines.map((i) => lineContent(ctx.text[i]).content).join(" ");
    const conflicts = scopeConflicts(reportScope(summary), reportScope(closing));
    if (conflicts.length === 0) return [];
    const report: Report = {
      paragraph: layout.closingSentence,
      start: 0,
      end: ctx.snapshot.paragraphs[layout.closingSentence].text.length,
      messageId: "closingDiffers",
      data: {
        facetsVi: conflicts.map((c) => FACET_LABELS[c.facet].vi).join(", "),
        facetsEn: conflicts.map((c) => FACET_LABELS[c.facet].en).join(", "),
        summary: conflicts.map((c) => c.a).join("; "),
        closing: conflicts.map((c) => c.b).join("; "),
      },
      related: lines.map((i) => ({ paragraph: i, start: 0, end: ctx.snapshot.paragraphs[i].text.length, note: { vi: "Trích yếu", en: "Summary" } })),
    };
    return [report];
  },
});
