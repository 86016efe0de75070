import type { Rule } from "../../lint/types";
import { blockStyle, lineAt } from "../blocks";
import { structureOf, originalSpan, insertBefore, suggestionOf } from "../context";

/** The text ends with the end mark: "/." or "./." (Party), "./." (State). */
export const closingEndMark: Rule<Record<string, never>> = {
  meta: {
    id: "closing/end-mark",
    category: "blocks",
    docs: {
      vi: "Nội dung văn bản kết thúc bằng dấu “./.” (văn bản Đảng cũng dùng “/.”).",
      en: "The text ends with the end mark “./.” (Party documents also use “/.”).",
    },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const { layout } = structureOf(ctx);
    // Without a closing block the export may be cut short: nothing to say about its end.
    if (layout.closingSentence === null && layout.recipients === null && layout.authority === null) return [];
    let index = layout.closingSentence ?? layout.bodyEnd - 1;
    if (layout.closingSentence === null) while (index > layout.bodyStart && lineAt(ctx, index).content === "") index -= 1;
    if (index < 0) return [];
    const line = lineAt(ctx, index);
    if (line.content === "") return [];
    const marks = blockStyle(ctx).endMarks;
    if (marks.some((m) => line.content.endsWith(m))) return [];
    const end = originalSpan(ctx, index, line.end, line.end).start;
    const mark = marks.includes("./.") ? "./." : marks[0];
    const insert = line.content.endsWith(".") && mark === "./." ? "/." : mark;
    return [
      {
        paragraph: index,
        start: Math.max(0, end - 1),
        end,
        message: { vi: `Cuối nội dung văn bản thiếu dấu kết thúc “${mark}”.`, en: `The text lacks the end mark “${mark}”.` },
        // Appending at the very end of a paragraph cannot be made safe to re-apply, so that case has no fix.
        suggestions: suggestionOf({ vi: `Thêm “${insert}”`, en: `Append “${insert}”` }, insertBefore(ctx, index, end, insert)),
      },
    ];
  },
};
