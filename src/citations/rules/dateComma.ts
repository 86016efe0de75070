import type { Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";
import type { CommaStyle } from "../codes";
import type { Citation } from "../detect";

interface Options {
  /** Overrides the profile's house style: "comma", "none", or "either" (only mixing is reported). */
  style?: CommaStyle;
}

/**
 * The comma before `ngày` follows the profile's house style (data/citations/house-styles.json);
 * where the style accepts either form, mixing both in one document is reported and the minority
 * form is aligned on the majority.
 */
export const dateComma: Rule<Options> = {
  meta: {
    id: "citation/date-comma",
    category: "citation",
    docs: { vi: "Dấu phẩy trước “ngày” trong viện dẫn theo thể thức của hồ sơ và thống nhất trong văn bản.", en: "The comma before “ngày” follows the profile's house style, consistently." },
    defaultSeverity: "info",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx, options) {
    const analysis = analysisFor(ctx);
    const style = options.style ?? analysis.commaStyle;
    const dated = analysis.citations.filter((c) => c.ngay);
    const mixing = style === "either";
    const wantComma = mixing ? analysis.style.comma : style === "comma";
    const model = dated.find((c) => (c.comma !== null) === wantComma);
    const reports: Report[] = [];
    for (const c of dated) {
      if ((c.comma !== null) === wantComma) continue;
      const text = ctx.text[c.paragraph].normalized;
      const message = mixing
        ? {
            vi: wantComma ? "Văn bản dùng cả hai cách: phần lớn viện dẫn có dấu phẩy trước “ngày”, chỗ này không có." : "Văn bản dùng cả hai cách: phần lớn viện dẫn không có dấu phẩy trước “ngày”, chỗ này có.",
            en: wantComma ? "Mixed styles: most citations put a comma before “ngày”, this one does not." : "Mixed styles: most citations have no comma before “ngày”, this one does.",
          }
        : {
            vi: wantComma ? "Thể thức của hồ sơ này đặt dấu phẩy trước “ngày”." : "Thể thức của hồ sơ này không đặt dấu phẩy trước “ngày”.",
            en: wantComma ? "This profile's house style puts a comma before “ngày”." : "This profile's house style has no comma before “ngày”.",
          };
      reports.push({
        ...originalSpan(analysis, c.paragraph, c.comma?.start ?? c.ngay!.start, c.ngay!.end),
        message,
        ...(mixing && model ? { related: [{ ...originalSpan(analysis, model.paragraph, model.ngay!.start, model.ngay!.end), note: { vi: "cách viết được dùng nhiều hơn", en: "the majority form" } }] } : {}),
        suggestions: [
          {
            label: wantComma ? { vi: "Thêm dấu phẩy", en: "Add the comma" } : { vi: "Bỏ dấu phẩy", en: "Remove the comma" },
            edits: [commaEdit(analysis, c, text, wantComma)],
          },
        ],
      });
    }
    return reports;
  },
};

function commaEdit(analysis: ReturnType<typeof analysisFor>, c: Citation, text: string, wantComma: boolean) {
  const ngay = c.ngay!.start;
  if (!wantComma) return editAt(analysis, c.paragraph, c.comma!.start, ngay, " ");
  let before = ngay;
  while (before > 0 && /\s/u.test(text[before - 1])) before -= 1;
  return editAt(analysis, c.paragraph, before, ngay, ", ");
}
