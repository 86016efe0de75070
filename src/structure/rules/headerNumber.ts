import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { blankSeverity, blockStyle, hasHeader, headerLineMatching, NUMBER_LINE } from "../blocks";
import { suggestionOf } from "../../lint/fixer";

/** The number line: "Số 263-BC/ĐU" (Party, no colon) or "Số: 68/BC-UBND" (State); blank in a draft. */
export const headerNumber = defineRule<Record<string, never>>({
  id: "header/number",
  category: "blocks",
  description: {
    vi: "Dòng số và ký hiệu: văn bản Đảng viết “Số 263-BC/ĐU” (không có dấu hai chấm), văn bản Nhà nước viết “Số: 68/BC-UBND”. Số để trống là lời nhắc khi soạn thảo, là lỗi khi hoàn thiện.",
    en: "Number line: Party “Số 263-BC/ĐU” (no colon), State “Số: 68/BC-UBND”. A blank number is a reminder in a draft and an error in final mode.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    stateColon: { vi: "Văn bản Nhà nước viết “Số:” có dấu hai chấm.", en: "State documents write “Số:” with a colon." },
    partyNoColon: { vi: "Văn bản Đảng viết “Số” không có dấu hai chấm.", en: "Party documents write “Số” without a colon." },
    missingLine: { vi: "Phần đầu thiếu dòng số và ký hiệu văn bản.", en: "The header lacks the number and symbol line." },
    blankNumber: {
      vi: "Số văn bản còn để trống — cần điền khi phát hành.",
      en: "The document number is still blank — fill it in at issuance.",
    },
  },
  check(ctx) {
    if (!hasHeader(ctx)) return [];
    const found = headerLineMatching(ctx, NUMBER_LINE, "missingLine");
    if ("missing" in found) return [found.missing];
    const { line } = found;
    const match = NUMBER_LINE.exec(line.content) as RegExpExecArray;
    const [, colon, space, rest] = match;
    const reports: Report[] = [];
    const whole = ctx.fix.span(line.paragraph, line.start, line.end);
    if (!/^\d/u.test(rest)) {
      reports.push({
        ...whole,
        severity: blankSeverity(ctx),
        messageId: "blankNumber",
      });
    }
    const wantColon = blockStyle(ctx).numberColon;
    if (wantColon !== (colon !== undefined)) {
      // Only the colon changes: a blank number keeps the room left for it.
      const from = line.start + 2;
      const edit = wantColon
        ? ctx.fix.insertBefore(line.paragraph, ctx.fix.span(line.paragraph, from, from).start, space === "" ? ": " : ":")
        : ctx.fix.replace(line.paragraph, from, from + (colon as string).length, "");
      reports.push({
        paragraph: line.paragraph,
        start: whole.start,
        end: whole.start + 2,
        messageId: wantColon ? "stateColon" : "partyNoColon",
        suggestions: suggestionOf(wantColon ? { vi: "Thêm dấu hai chấm", en: "Add the colon" } : { vi: "Bỏ dấu hai chấm", en: "Remove the colon" }, edit),
      });
    }
    return reports;
  },
});
