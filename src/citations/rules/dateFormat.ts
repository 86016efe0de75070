import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { formatDate } from "../date";

/**
 * Dates in citations: `dd/m/yyyy` with the day in two digits and the month padded only for
 * the months the profile lists (01–02): `ngày 8/6/2018` → `08/6/2018`, `22-10-2018` →
 * `22/10/2018`. A date that does not exist (`31/6/2020`) is reported without a fix.
 */
export const dateFormat = defineRule<Record<string, never>>({
  id: "citation/date-format",
  category: "citation",
  description: { vi: "Ngày ban hành trong viện dẫn viết dd/m/yyyy (ngày hai chữ số; tháng 1, 2 thêm số 0).", en: "Citation dates are dd/m/yyyy (two-digit day; months 1–2 zero-padded)." },
  severity: "warning",
  fix: "safe",
  messages: {
    dateDoesNot: {
      vi: "Ngày “{written}” không có thật.",
      en: "Date “{written}” does not exist.",
    },
    dateWrittenStandard: {
      vi: "Ngày viết “{written}”, đúng thể thức là “{expected}”.",
      en: "Date written “{written}”; the standard form is “{expected}”.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      const d = c.date;
      if (!d) continue;
      const written = ctx.text[c.paragraph].normalized.slice(d.start, d.end);
      const at = ctx.fix.span(c.paragraph, d.start, d.end);
      if (!d.iso) {
        reports.push({ ...at, severity: "error", messageId: "dateDoesNot", data: { written } });
        continue;
      }
      if (d.form === "words") continue;
      const expected = formatDate(d.iso, analysis.style.padMonths);
      if (written === expected) continue;
      reports.push({
        ...at,
        messageId: "dateWrittenStandard", data: { written, expected },
        suggestions: [{ label: { vi: `Sửa thành “${expected}”`, en: `Change to “${expected}”` }, edits: [ctx.fix.replace(c.paragraph, d.start, d.end, expected)] }],
      });
    }
    return reports;
  },
});
