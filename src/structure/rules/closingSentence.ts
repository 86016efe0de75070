import { defineRule } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { documentTypeOf } from "../kind";
import { foldForMatch } from "../vietnamese";

/** The closing sentence is among the last paragraphs of the body. */
const CLOSING_WINDOW = 3;

/**
 * The closing sentence of the document's type: a report ends with "Trên đây là báo cáo …", a
 * notice with "Trân trọng thông báo …"/"Thông báo để …"; a plan, a conclusion or a decision has
 * none, and "Trên đây là báo cáo" there is the wrong type's closing.
 */
export const closingSentence = defineRule<Record<string, never>>({
  id: "closing/sentence",
  category: "blocks",
  description: {
    vi: "Câu kết theo loại văn bản: báo cáo kết thúc bằng “Trên đây là báo cáo …”, thông báo bằng “Trân trọng thông báo …”; kế hoạch, kết luận không dùng câu “Trên đây là báo cáo”.",
      en: "The closing sentence of the document's type: a report ends with “Trên đây là báo cáo …”, a notice with “Trân trọng thông báo …”; a plan or a conclusion does not use “Trên đây là báo cáo”.",
  },
  severity: "warning",
  messages: {
    notThisType: {
      vi: "Câu “Trên đây là báo cáo …” chỉ dùng để kết thúc báo cáo, không dùng cho loại văn bản này.",
      en: "“Trên đây là báo cáo …” closes a report, not a document of this type.",
    },
    missing: {
      vi: "Chưa có câu kết “{expected}” ở cuối văn bản.",
      en: "The closing sentence “{expected}” is missing at the end of the document.",
    },
  },
  check(ctx) {
    const { layout, entries } = ctx.get(STRUCTURE);
    const type = documentTypeOf(ctx.kind);
    const tail: number[] = [];
    for (let i = layout.bodyEnd - 1; i >= layout.bodyStart && tail.length < CLOSING_WINDOW; i -= 1) if (ctx.text[i].normalized.trim() !== "") tail.push(i);
    if (layout.closingSentence !== null) tail.unshift(layout.closingSentence);
    if (!type?.closing) {
      const misplaced = tail.find((i) => /^trên đây là báo cáo\b/u.test(foldForMatch(ctx.text[i].normalized).replace(/^[*_#\s]+/u, "")));
      if (misplaced === undefined || type === null) return [];
      return [
        {
          paragraph: misplaced,
          start: 0,
          end: 0,
          messageId: "notThisType",
        },
      ];
    }
    const phrases = type.closing;
    if (tail.some((i) => phrases.some((p) => foldForMatch(ctx.text[i].normalized).includes(p))) || entries.length === 0 || tail.length === 0) return [];
    const expected = type.type === "report" ? "Trên đây là báo cáo …" : "Trân trọng thông báo …";
    return [
      {
        paragraph: tail[0],
        start: 0,
        end: 0,
        messageId: "missing",
        data: { expected },
      },
    ];
  },
});
