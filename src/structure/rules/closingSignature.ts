import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { blankSeverity } from "../blocks";
import { STRUCTURE } from "../analysis";
import { authorityOf, VOCABULARY } from "../../profile/vocabulary";

/** Signature block: authority chain (T/M, K/T … or TM., KT. …), the signer's title in capitals, the name. */
export const closingSignature = defineRule<Record<string, never>>({
  id: "closing/signature",
  category: "blocks",
  description: {
    vi: "Chữ ký: quyền hạn ký (Đảng: T/M, K/T, T/L; Nhà nước: TM., KT., TL., TUQ.), chức vụ người ký viết in hoa, họ tên người ký.",
    en: "Signature: authority (Party T/M, K/T, T/L; State TM., KT., TL., TUQ.), the signer's title in capitals, the signer's name.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    authorityMissing: {
      vi: "Thiếu thẩm quyền ký (T/M, K/T, TM., KT. …) và chức vụ người ký.",
      en: "The signing authority (T/M, K/T, TM., KT. …) and the signer's title are missing.",
    },
    authorityOtherSystem: {
      vi: "Thẩm quyền ký “{written}” không đúng thể thức {systemVi}; viết “{replacement}”.",
      en: "The authority “{written}” does not follow {systemEn} style; write “{replacement}”.",
    },
    titleMissing: {
      vi: "Dưới thẩm quyền ký thiếu chức vụ người ký (viết in hoa, ví dụ BÍ THƯ, CHỦ TỊCH).",
      en: "The signer's title (in capitals, e.g. BÍ THƯ, CHỦ TỊCH) is missing under the authority.",
    },
    nameMissing: {
      vi: "Chưa có họ tên người ký dưới chức vụ.",
      en: "The signer's name is missing under the title.",
    },
  },
  check(ctx) {
    const { layout } = ctx.get(STRUCTURE);
    const closing = layout.closing;
    if (!closing) return [];
    if (closing.titles.length === 0) {
      const at = closing.recipientsHeading?.paragraph ?? closing.first;
      return [{ paragraph: at, start: 0, end: 0, messageId: "authorityMissing" }];
    }
    const reports: Report[] = [];
    for (const line of closing.titles) {
      const authority = authorityOf(line.content);
      if (!authority) continue;
      const { written } = authority;
      const allowed = VOCABULARY.authorities[ctx.profile.system];
      if (allowed.includes(written)) continue;
      const replacement = VOCABULARY.authorityEquivalents[written];
      if (!replacement) continue;
      const edit = ctx.fix.replace(line.paragraph, line.start, line.start + written.length, replacement);
      reports.push({
        paragraph: line.paragraph,
        start: edit.start,
        end: edit.end,
        severity: "error",
        messageId: "authorityOtherSystem",
        data: { written, replacement, systemVi: ctx.profile.system === "party" ? "văn bản Đảng" : "văn bản Nhà nước", systemEn: ctx.profile.system === "party" ? "Party" : "State" },
        suggestions: [{ label: { vi: `Sửa thành “${replacement}”`, en: `Change to “${replacement}”` }, edits: [edit] }],
      });
    }
    const last = closing.titles[closing.titles.length - 1];
    // "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ" name for whom one signs: the signer's own title follows.
    if (authorityOf(last.content)) {
      reports.push({ paragraph: last.paragraph, start: 0, end: 0, messageId: "titleMissing" });
      return reports;
    }
    if (!closing.signer) {
      reports.push({
        paragraph: last.paragraph,
        start: 0,
        end: 0,
        severity: blankSeverity(ctx),
        messageId: "nameMissing",
      });
    }
    return reports;
  },
});
