import { defineRule } from "../../lint/rule";
import { blockStyle, lineAt } from "../blocks";
import { STRUCTURE } from "../analysis";
import { suggestionOf } from "../../lint/fixer";

/** The text ends with the end mark: "/." or "./." (Party), "./." (State). */
export const closingEndMark = defineRule<Record<string, never>>({
  id: "closing/end-mark",
  category: "blocks",
  description: {
    vi: "Nội dung văn bản kết thúc bằng dấu “./.” (văn bản Đảng cũng dùng “/.”).",
    en: "The text ends with the end mark “./.” (Party documents also use “/.”).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    textLacksEnd: {
      vi: "Cuối nội dung văn bản thiếu dấu kết thúc “{mark}”.",
      en: "The text lacks the end mark “{mark}”.",
    },
  },
  check(ctx) {
    const { layout } = ctx.get(STRUCTURE);
    // Without a closing block the export may be cut short: nothing to say about its end.
    if (layout.closingSentence === null && layout.recipients === null && layout.authority === null) return [];
    let index = layout.closingSentence ?? layout.bodyEnd - 1;
    if (layout.closingSentence === null) while (index > layout.bodyStart && lineAt(ctx, index).content === "") index -= 1;
    if (index < 0) return [];
    const line = lineAt(ctx, index);
    if (line.content === "") return [];
    const marks = blockStyle(ctx).endMarks;
    if (marks.some((m) => line.content.endsWith(m))) return [];
    const end = ctx.fix.span(index, line.end, line.end).start;
    const mark = marks.includes("./.") ? "./." : marks[0];
    const insert = line.content.endsWith(".") && mark === "./." ? "/." : mark;
    return [
      {
        paragraph: index,
        start: Math.max(0, end - 1),
        end,
        messageId: "textLacksEnd", data: { mark },
        // Appending at the very end of a paragraph cannot be made safe to re-apply, so that case has no fix.
        suggestions: suggestionOf({ vi: `Thêm “${insert}”`, en: `Append “${insert}”` }, ctx.fix.insertBefore(index, end, insert)),
      },
    ];
  },
});
