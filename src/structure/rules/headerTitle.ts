import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { hasHeader, lineAt } from "../blocks";
import { STRUCTURE } from "../analysis";

const TWO_CAPITALS = /\p{Lu}{2}/u;

/** Type line ("BÁO CÁO") then the summary in lower case ("tình hình …", "về …"). */
export const headerTitle = defineRule<Record<string, never>>({
  id: "header/title",
  category: "blocks",
  description: {
    vi: "Tên loại văn bản (BÁO CÁO, KẾT LUẬN) viết in hoa, dòng trích yếu bên dưới viết chữ thường.",
    en: "The type (BÁO CÁO, KẾT LUẬN) in capitals, then the summary line in lower case.",
  },
  severity: "warning",
  messages: {
    missingType: {
      vi: "Không thấy tên loại văn bản (BÁO CÁO, KẾT LUẬN …) sau phần đầu.",
      en: "No document type line (BÁO CÁO, KẾT LUẬN …) after the header.",
    },
    missingSummary: {
      vi: "Thiếu dòng trích yếu nội dung dưới tên loại văn bản.",
      en: "The summary line under the document type is missing.",
    },
    summaryCase: {
      vi: "Trích yếu nội dung viết chữ thường (chỉ tên loại văn bản viết in hoa).",
      en: "Write the summary in lower case (only the document type is in capitals).",
    },
  },
  check(ctx) {
    const { layout } = ctx.get(STRUCTURE);
    if (layout.titleIndex === null) {
      if (!hasHeader(ctx)) return [];
      const last = layout.header[layout.header.length - 1] ?? 0;
      return [{ paragraph: last, start: 0, end: 0, messageId: "missingType" }];
    }
    const reports: Report[] = [];
    const summary = layout.summary.map((i) => lineAt(ctx, i)).filter((l) => !/^[-–—_*=\s]+$/u.test(l.content));
    // Party conclusions name the committee on the next line ("CỦA THỊ ỦY (KHÓA XXI)").
    const firstSummary = summary.find((l) => !/^CỦA\s/u.test(l.content));
    if (!firstSummary) {
      reports.push({ paragraph: layout.titleIndex, start: 0, end: 0, messageId: "missingSummary" });
    } else if (firstSummary.content === firstSummary.content.toUpperCase() && TWO_CAPITALS.test(firstSummary.content)) {
      const [start, end] = ctx.text[firstSummary.paragraph].span(firstSummary.start, firstSummary.end);
      reports.push({
        paragraph: firstSummary.paragraph,
        start,
        end,
        messageId: "summaryCase",
      });
    }
    return reports;
  },
});
