import type { Rule } from "../../lint/types";
import { analyzeSections, type SectionOptions } from "../sections";
import { structureOf } from "../context";

/** A required section of the report kind's template has no heading. */
export const sectionsMissing: Rule<SectionOptions> = {
  meta: {
    id: "sections/missing",
    category: "structure",
    docs: {
      vi: "Thiếu phần bắt buộc theo mẫu của loại báo cáo (ví dụ: kết quả, hạn chế, phương hướng nhiệm vụ).",
      en: "A required section of the report kind's template is missing (e.g. results, shortcomings, direction).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx, options) {
    const analysis = analyzeSections(ctx, options);
    if (!analysis) return [];
    const found = new Set(analysis.matches.map((m) => m.section.id));
    const { layout } = structureOf(ctx);
    const at = layout.titleIndex ?? analysis.topLevel[0].paragraph;
    return analysis.template.sections
      .filter((s) => s.required && !found.has(s.id))
      .map((s) => ({
        paragraph: at,
        start: 0,
        end: 0,
        message: {
          vi: `Theo mẫu “${analysis.template.label.vi}”, báo cáo còn thiếu phần “${s.label.vi}”.`,
          en: `The template “${analysis.template.label.en}” expects a section “${s.label.en}”, which is missing.`,
        },
      }));
  },
};
