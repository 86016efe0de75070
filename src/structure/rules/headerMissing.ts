import { defineRule } from "../../lint/rule";
import { hasHeader } from "../blocks";

/** No header at all (issuer, motto, number, date): one finding, not one per missing element. */
export const headerMissing = defineRule<Record<string, never>>({
  id: "header/missing",
  category: "blocks",
  description: {
    vi: "Văn bản không có phần đầu (tên cơ quan ban hành, quốc hiệu hoặc tiêu đề Đảng, số và ký hiệu, địa danh và ngày tháng).",
    en: "The document has no header (issuer, motto, number and symbol, place and date).",
  },
  severity: "warning",
  messages: {
    noDocumentHeader: {
      vi: "Không thấy phần đầu văn bản (tên cơ quan ban hành, tiêu đề, số và ký hiệu, địa danh, ngày tháng); nếu đây là bản trích, có thể bỏ qua.",
      en: "No document header found (issuer, motto, number and symbol, place and date); ignore this for an excerpt.",
    },
  },
  check(ctx) {
    if (ctx.text.length === 0 || hasHeader(ctx)) return [];
    const first = Math.max(0, ctx.text.findIndex((t) => t.normalized.trim() !== ""));
    return [
      {
        paragraph: first,
        start: 0,
        end: 0,
        messageId: "noDocumentHeader",
      },
    ];
  },
});
