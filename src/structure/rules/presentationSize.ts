import type { Rule } from "../../lint/types";
import { hasFormatting } from "../../document/snapshot";
import { bodyParagraphs, groupedByValue, presentationStyle } from "../presentation";

/** Body text size within the profile's range (Party 14–15 pt, State 13–14 pt). */
export const presentationSize: Rule<Record<string, never>> = {
  meta: {
    id: "presentation/font-size",
    category: "presentation",
    docs: { vi: "Cỡ chữ phần nội dung: văn bản Đảng 14–15, văn bản Nhà nước 13–14.", en: "Body text size: Party 14–15 pt, State 13–14 pt." },
    defaultSeverity: "warning",
    defaultOptions: {},
  },
  check(ctx) {
    if (!hasFormatting(ctx.snapshot)) return [];
    const [min, max] = presentationStyle(ctx).bodySize;
    const wrong = bodyParagraphs(ctx)
      .filter((p) => p.font?.size !== undefined && (p.font.size < min || p.font.size > max))
      .map((p) => ({ paragraph: p.index, value: p.font?.size as number }));
    return groupedByValue(ctx, wrong, (size, count) => ({
      vi: `Cỡ chữ ${size}${count > 1 ? ` (${count} đoạn)` : ""}; phần nội dung dùng cỡ ${min}–${max}.`,
      en: `Font size ${size} pt${count > 1 ? ` (${count} paragraphs)` : ""}; body text takes ${min}–${max} pt.`,
    }));
  },
};
