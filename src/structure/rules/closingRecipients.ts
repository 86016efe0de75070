import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { blockStyle, type Line } from "../blocks";
import { STRUCTURE } from "../analysis";
import { suggestionOf } from "../../lint/fixer";

const ITEM = /^[-–+•]\s*/u;
const DRAFTER_INITIALS = /\p{Lu}{1,6}\.\s?\p{Lu}\p{Ll}+$/u;

/** "Nơi nhận:" then "- …" items, each ending with the profile's separator, the last one "- Lưu …". */
export const closingRecipients = defineRule<Record<string, never>>({
  id: "closing/recipients",
  category: "blocks",
  description: {
    vi: "Nơi nhận: mỗi nơi một dòng bắt đầu bằng gạch đầu dòng, kết thúc bằng dấu phân cách của hệ thống văn bản; dòng cuối là “- Lưu …” (văn bản Nhà nước: “- Lưu: VT, …”).",
    en: "Recipients: one “- …” line each, ending with the profile's separator; the last line is “- Lưu …” (State: “- Lưu: VT, …”).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    lastEndsWithStop: { vi: "Nơi nhận cuối cùng kết thúc bằng dấu chấm.", en: "The last recipient ends with a full stop." },
    lineEndsWith: { vi: "Mỗi nơi nhận kết thúc bằng dấu “{wanted}”.", en: "Each recipient line ends with “{wanted}”." },
    missingBlock: {
      vi: "Văn bản thiếu phần “Nơi nhận:”.",
      en: "The “Nơi nhận:” (recipients) block is missing.",
    },
    headingColon: {
      vi: "Viết “Nơi nhận:” có dấu hai chấm.",
      en: "Write “Nơi nhận:” with a colon.",
    },
    noRecipient: {
      vi: "Phần “Nơi nhận:” chưa có nơi nhận nào.",
      en: "The recipients block lists no recipient.",
    },
    lastNotFileCopy: {
      vi: "Dòng cuối của “Nơi nhận:” phải là “- Lưu …”.",
      en: "The last recipient line must be “- Lưu …” (file copy).",
    },
    stateFileCopyColon: {
      vi: "Văn bản Nhà nước viết “- Lưu: VT, …” có dấu hai chấm.",
      en: "State documents write “- Lưu: VT, …” with a colon.",
    },
  },
  check(ctx) {
    const closing = ctx.get(STRUCTURE).layout.closing;
    if (!closing) return [];
    const heading = closing.recipientsHeading;
    if (!heading) return [{ paragraph: closing.first, start: 0, end: 0, messageId: "missingBlock" }];
    const style = blockStyle(ctx);
    const reports: Report[] = [];
    if (!heading.content.endsWith(":")) {
      const at = ctx.fix.span(heading.paragraph, heading.end, heading.end).start;
      reports.push({
        paragraph: heading.paragraph,
        start: ctx.fix.span(heading.paragraph, heading.start, heading.start).start,
        end: at,
        messageId: "headingColon",
        suggestions: suggestionOf({ vi: "Thêm dấu hai chấm", en: "Add the colon" }, ctx.fix.insertBefore(heading.paragraph, at, ":")),
      });
    }
    const items = recipientItems(closing.recipients);
    if (items.length === 0) {
      reports.push({ paragraph: heading.paragraph, start: 0, end: 0, messageId: "noRecipient" });
      return reports;
    }
    items.forEach((item, k) => {
      const isLast = k === items.length - 1;
      const wanted = isLast ? "." : style.recipientSeparator;
      const end = item.lines[item.lines.length - 1];
      const ending = /[,;.]$/u.exec(end.content)?.[0] ?? "";
      if (ending === wanted) return;
      // "- Lưu: VT, NC.Châu": the drafter's initials close the storage line in common practice.
      if (isLast && DRAFTER_INITIALS.test(end.content)) return;
      const endAt = ctx.fix.span(end.paragraph, end.end, end.end).start;
      const start = ending === "" ? endAt : endAt - 1;
      reports.push({
        paragraph: end.paragraph,
        start,
        end: endAt,
        messageId: isLast ? "lastEndsWithStop" : "lineEndsWith",
        data: { wanted },
        suggestions: suggestionOf(
          { vi: `Dùng dấu “${wanted}”`, en: `Use “${wanted}”` },
          ending === "" ? ctx.fix.insertBefore(end.paragraph, endAt, wanted) : ctx.fix.replaceOriginal(end.paragraph, start, endAt, wanted),
        ),
      });
    });
    const last = items[items.length - 1].lines[0];
    const text = last.content.replace(ITEM, "");
    const offset = last.content.length - text.length;
    if (!/^Lưu/u.test(text)) {
      const [start, end] = ctx.text[last.paragraph].span(last.start, last.end);
      reports.push({ paragraph: last.paragraph, start, end, messageId: "lastNotFileCopy" });
    } else if (style.storageColon && !/^Lưu\s*:/u.test(text)) {
      const at = ctx.fix.span(last.paragraph, last.start + offset + 3, last.start + offset + 3).start;
      reports.push({
        paragraph: last.paragraph,
        start: at - 3,
        end: at,
        messageId: "stateFileCopyColon",
        suggestions: suggestionOf({ vi: "Thêm dấu hai chấm sau “Lưu”", en: "Add the colon after “Lưu”" }, ctx.fix.insertBefore(last.paragraph, at, ":")),
      });
    }
    return reports;
  },
});

/** Items start with a dash; a line without one continues the item above it. */
function recipientItems(lines: readonly Line[]): { lines: Line[] }[] {
  const items: { lines: Line[] }[] = [];
  for (const line of lines) {
    if (ITEM.test(line.content) || items.length === 0) items.push({ lines: [line] });
    else items[items.length - 1].lines.push(line);
  }
  return items;
}
