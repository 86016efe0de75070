import { defineRule } from "../../lint/rule";
import { SECTIONS } from "../sections";
import { STRUCTURE } from "../analysis";

/** A required section of the report kind's template has no heading. */
export const sectionsMissing = defineRule({
  id: "sections/missing",
  category: "structure",
  description: {
    vi: "Thiếu phần bắt buộc theo mẫu của loại báo cáo (ví dụ: kết quả, hạn chế, phương hướng nhiệm vụ).",
    en: "A required section of the report kind's template is missing (e.g. results, shortcomings, direction).",
  },
  severity: "warning",
  messages: {
    templateExpectsSection: {
      vi: "Theo mẫu “{templateLabelVi}”, báo cáo còn thiếu phần “{labelVi}”.",
      en: "The template “{templateLabelEn}” expects a section “{labelEn}”, which is missing.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(SECTIONS);
    if (!analysis) return [];
    const found = new Set(analysis.matches.map((m) => m.section.id));
    const { layout } = ctx.get(STRUCTURE);
    const at = layout.titleIndex ?? analysis.topLevel[0].paragraph;
    return analysis.template.sections
      .filter((s) => s.required && !found.has(s.id))
      .map((s) => ({
        paragraph: at,
        start: 0,
        end: 0,
        messageId: "templateExpectsSection", data: { templateLabelVi: analysis.template.label.vi, labelVi: s.label.vi, templateLabelEn: analysis.template.label.en, labelEn: s.label.en },
      }));
  },
});
