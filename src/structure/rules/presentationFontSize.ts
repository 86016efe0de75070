import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { bodyParagraphs, presentationStyle } from "../presentation";

/** Body text size within the profile's range (Party 14–15 pt, State 13–14 pt). */
export const presentationSize = defineRule<Record<string, never>>({
  id: "presentation/font-size",
  category: "presentation",
  description: { vi: "Cỡ chữ phần nội dung: văn bản Đảng 14–15, văn bản Nhà nước 13–14.", en: "Body text size: Party 14–15 pt, State 13–14 pt." },
  severity: "warning",
  messages: {
    fontSizePt: {
      vi: "Cỡ chữ {size}; phần nội dung dùng cỡ {min}–{max}.",
      en: "Font size {size} pt; body text takes {min}–{max} pt.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const [min, max] = presentationStyle(ctx).bodySize;
    const reports: Report[] = [];
    for (const p of bodyParagraphs(ctx)) {
      const size = p.font?.size;
      if (size === undefined || (size >= min && size <= max)) continue;
      reports.push({
        paragraph: p.index,
        start: 0,
        end: p.text.length,
        messageId: "fontSizePt", data: { size, min, max },
      });
    }
    return reports;
  },
});
