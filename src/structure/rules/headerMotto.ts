import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { blockStyle, hasHeader, headerLines, isMotto } from "../blocks";

const MOTTO_TAGLINE = /Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc/u;
const TAGLINE = "Độc lập - Tự do - Hạnh phúc";

/** The motto of the profile's system: Party title or the State national name and tagline. */
export const headerMotto = defineRule<Record<string, never>>({
  id: "header/motto",
  category: "blocks",
  description: {
    vi: "Văn bản Đảng có dòng ĐẢNG CỘNG SẢN VIỆT NAM; văn bản Nhà nước có Quốc hiệu và Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”.",
    en: "Party documents carry ĐẢNG CỘNG SẢN VIỆT NAM; State documents carry the national name and the tagline “Độc lập - Tự do - Hạnh phúc”.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    otherSystemMotto: {
      vi: "Dòng tiêu đề \"{lineContent}\" không đúng với hệ thống văn bản đang áp dụng ({profileLabelVi}).",
      en: "The motto \"{lineContent}\" does not belong to the profile in use ({profileLabelEn}).",
    },
    missingMotto: {
      vi: "Phần đầu thiếu dòng \"{expected}\".",
      en: "The header lacks the line \"{expected}\".",
    },
    taglineHyphens: {
      vi: "Tiêu ngữ viết là \"{TAGLINE}\" (gạch nối ngắn, cách hai bên).",
      en: "Write the tagline as \"{TAGLINE}\" (hyphens with spaces).",
    },
    missingTagline: {
      vi: "Dưới Quốc hiệu thiếu Tiêu ngữ \"{TAGLINE}\".",
      en: "The tagline \"{TAGLINE}\" is missing under the national name.",
    },
  },
  check(ctx) {
    if (!hasHeader(ctx)) return [];
    const lines = headerLines(ctx);
    const system = ctx.profile.system;
    const found = lines.map((l) => ({ line: l, motto: isMotto(l.content) })).filter((m) => m.motto !== null);
    const reports: Report[] = [];
    const wrong = found.find((m) => m.motto !== system);
    if (wrong) {
      const span = ctx.text[wrong.line.paragraph].span(wrong.line.start, wrong.line.end);
      reports.push({
        paragraph: wrong.line.paragraph,
        start: span[0],
        end: span[1],
        severity: "error",
        messageId: "otherSystemMotto", data: { lineContent: wrong.line.content, profileLabelVi: ctx.profile.label.vi, profileLabelEn: ctx.profile.label.en },
      });
    } else if (found.length === 0) {
      const expected = blockStyle(ctx).motto[0];
      reports.push({
        paragraph: lines[0].paragraph,
        start: 0,
        end: 0,
        messageId: "missingMotto", data: { expected },
      });
    }
    if (system === "state" && !wrong) {
      const tagline = lines.find((l) => MOTTO_TAGLINE.test(l.content));
      const match = tagline ? MOTTO_TAGLINE.exec(tagline.content) : null;
      if (tagline && match && match[0] !== TAGLINE) {
        const start = tagline.start + match.index;
        const edit = ctx.fix.replace(tagline.paragraph, start, start + match[0].length, TAGLINE);
        reports.push({
          paragraph: tagline.paragraph,
          start: edit.start,
          end: edit.end,
          messageId: "taglineHyphens", data: { TAGLINE },
          suggestions: [{ label: { vi: `Sửa thành "${TAGLINE}"`, en: `Change to "${TAGLINE}"` }, edits: [edit] }],
        });
      } else if (found.length > 0 && !tagline) {
        const line = found[0].line;
        reports.push({
          paragraph: line.paragraph,
          start: 0,
          end: 0,
          messageId: "missingTagline", data: { TAGLINE },
        });
      }
    }
    return reports;
  },
});
