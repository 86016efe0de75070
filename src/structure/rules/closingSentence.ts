import { defineRule } from "../../lint/rule";
import { STRUCTURE } from "../analysis";

/** Reports end with "Trên đây là báo cáo …" repeating the subject (conclusions do not). */
export const closingSentence = defineRule<Record<string, never>>({
  id: "closing/sentence",
  category: "blocks",
  description: {
    vi: "Báo cáo kết thúc bằng câu “Trên đây là báo cáo …” nhắc lại nội dung báo cáo.",
    en: "A report ends with the sentence “Trên đây là báo cáo …” restating its subject.",
  },
  severity: "warning",
  messages: {
    missing: {
      vi: "Chưa có câu kết “Trên đây là báo cáo …” ở cuối báo cáo.",
      en: "The closing sentence “Trên đây là báo cáo …” is missing at the end of the report.",
    },
  },
  check(ctx) {
    const { layout, entries } = ctx.get(STRUCTURE);
    if (ctx.kind === "conclusion" || layout.closingSentence !== null || entries.length === 0) return [];
    let last = layout.bodyEnd - 1;
    while (last > layout.bodyStart && ctx.text[last].normalized.trim() === "") last -= 1;
    return [
      {
        paragraph: last,
        start: 0,
        end: 0,
        messageId: "missing",
      },
    ];
  },
});
