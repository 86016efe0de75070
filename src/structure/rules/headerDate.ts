import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { blankSeverity, hasHeader, headerLineMatching, PLACE_DATE } from "../blocks";

/** The same pattern with group offsets: the line may start with the number line, tab-separated ("Số 12-BC/TU\tĐông Hà, ngày 5 …"). */
const PLACE_DATE_AT = new RegExp(PLACE_DATE.source, `${PLACE_DATE.flags}d`);

/** Place and date: "Đông Hà, ngày 05 tháng 01 năm 2021" — day < 10 and months 1–2 zero-padded. */
export const headerDate = defineRule<Record<string, never>>({
  id: "header/date",
  category: "blocks",
  description: {
    vi: "Địa danh, ngày tháng: ngày dưới 10 và tháng 1, 2 viết thêm số 0 phía trước (ngày 05 tháng 01); ngày tháng để trống là lời nhắc khi soạn thảo, là lỗi khi hoàn thiện.",
    en: "Place and date: days below 10 and months 1–2 take a leading zero (ngày 05 tháng 01); a blank date is a reminder in a draft and an error in final mode.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    missingLine: { vi: "Phần đầu thiếu địa danh và ngày tháng ban hành.", en: "The header lacks the place and date line." },
    blankDate: {
      vi: "Ngày tháng ban hành còn để trống — cần điền khi phát hành.",
      en: "The issue date is still blank — fill it in at issuance.",
    },
    wrongPadding: {
      vi: "Viết {labelVi} là \"{wanted}\" (không phải \"{value}\").",
      en: "Write the {labelEn} as \"{wanted}\" (not \"{value}\").",
    },
  },
  check(ctx) {
    if (!hasHeader(ctx)) return [];
    const found = headerLineMatching(ctx, PLACE_DATE, "missingLine");
    if ("missing" in found) return [found.missing];
    const { line } = found;
    const match = PLACE_DATE_AT.exec(line.content) as RegExpExecArray;
    const [, , , day, , month, year] = match;
    const reports: Report[] = [];
    const dateStart = line.start + (match.indices?.groups?.place?.[1] as number);
    const whole = ctx.fix.span(line.paragraph, dateStart, line.start + match.index + match[0].length);
    if (day === undefined || month === undefined || year === undefined) {
      reports.push({
        ...whole,
        severity: blankSeverity(ctx),
        messageId: "blankDate",
      });
    }
    const padding = (value: string | undefined, group: "day" | "month", needsZero: (n: number) => boolean, label: { vi: string; en: string }): void => {
      if (value === undefined) return;
      const n = Number(value);
      const wanted = needsZero(n) ? String(n).padStart(2, "0") : String(n);
      if (wanted === value) return;
      const at = line.start + (match.indices?.groups?.[group]?.[0] as number);
      const edit = ctx.fix.replace(line.paragraph, at, at + value.length, wanted);
      reports.push({
        paragraph: line.paragraph,
        start: edit.start,
        end: edit.end,
        messageId: "wrongPadding", data: { labelVi: label.vi, wanted, value, labelEn: label.en },
        suggestions: [{ label: { vi: `Sửa thành ${wanted}`, en: `Change to ${wanted}` }, edits: [edit] }],
      });
    };
    padding(day, "day", (n) => n < 10, { vi: "ngày", en: "day" });
    padding(month, "month", (n) => n <= 2, { vi: "tháng", en: "month" });
    return reports;
  },
});
