import { defineRule } from "../../lint/rule";
import { hasFormatting } from "../../document/snapshot";
import { bodyParagraphs, groupedByValue, presentationStyle } from "../presentation";

/** Body text size within the profile's range (Party 14–15 pt, State 13–14 pt). */
export const presentationSize = defineRule<Record<string, never>>({
  id: "presentation/font-size",
  category: "presentation",
  description: { vi: "Cỡ chữ phần nội dung: văn bản Đảng 14–15, văn bản Nhà nước 13–14.", en: "Body text size: Party 14–15 pt, State 13–14 pt." },
  severity: "warning",
  messages: {
    fontSizePt: {
      vi: "Cỡ chữ {size} ({count} đoạn); phần nội dung dùng cỡ {min}–{max}.",
      en: "Font size {size} pt ({count} paragraph(s)); body text takes {min}–{max} pt.",
    },
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const [min, max] = presentationStyle(ctx).bodySize;
    const wrong = bodyParagraphs(ctx)
      .filter((p) => p.font?.size !== undefined && (p.font.size < min || p.font.size > max))
      .map((p) => ({ paragraph: p.index, value: p.font?.size as number }));
    return groupedByValue(ctx, wrong, "fontSizePt", (size) => ({ size, min, max }));
  },
});
