import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { AUTHORITY_EQUIVALENTS, blankSeverity, blockStyle, nonEmptyLinesFrom } from "../blocks";
import { STRUCTURE } from "../analysis";
import { isAllCaps } from "../vietnamese";

const AUTHORITY = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)/u;

/** Signature block: authority (T/M, K/T … or TM., KT. …), the signer's title in capitals, the name. */
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
    if (layout.authority === null) {
      if (layout.recipients === null) return [];
      return [{ paragraph: layout.recipients, start: 0, end: 0, messageId: "authorityMissing" }];
    }
    const reports: Report[] = [];
    const lines = nonEmptyLinesFrom(ctx, layout.authority);
    const authority = lines[0];
    const written = (AUTHORITY.exec(authority.content) as RegExpExecArray)[1];
    const allowed = blockStyle(ctx).authorities;
    if (!allowed.includes(written)) {
      const replacement = AUTHORITY_EQUIVALENTS[written];
      const edit = ctx.fix.replace(authority.paragraph, authority.start, authority.start + written.length, replacement);
      reports.push({
        paragraph: authority.paragraph,
        start: edit.start,
        end: edit.end,
        severity: "error",
        messageId: "authorityOtherSystem", data: { written, systemVi: ctx.profile.system === "party" ? "văn bản Đảng" : "văn bản Nhà nước", replacement, systemEn: ctx.profile.system === "party" ? "Party" : "State" },
        suggestions: [{ label: { vi: `Sửa thành “${replacement}”`, en: `Change to “${replacement}”` }, edits: [edit] }],
      });
    }
    const title = lines[1];
    if (!title || !isAllCaps(title.content) || title.content.length > 60) {
      reports.push({ paragraph: authority.paragraph, start: 0, end: 0, messageId: "titleMissing" });
      return reports;
    }
    const name = lines[2];
    if (!name || !/^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*)+$/u.test(name.content)) {
      reports.push({
        paragraph: title.paragraph,
        start: 0,
        end: 0,
        severity: blankSeverity(ctx),
        messageId: "nameMissing",
      });
    }
    return reports;
  },
});
