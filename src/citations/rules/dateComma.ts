import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import { CITATIONS } from "../analysis";
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
export const dateComma = defineRule<Options>({
  id: "citation/date-comma",
  category: "citation",
  description: { vi: "Dấu phẩy trước “ngày” trong viện dẫn theo thể thức của hồ sơ và thống nhất trong văn bản.", en: "The comma before “ngày” follows the profile's house style, consistently." },
  severity: "info",
  options: {
    schema: { type: "object", properties: { style: { enum: ["comma", "none", "either"] } }, additionalProperties: false },
    defaults: {},
  },
  fix: "safe",
  messages: {
    mixedWantComma: {
      vi: "Văn bản dùng cả hai cách: phần lớn viện dẫn có dấu phẩy trước “ngày”, chỗ này không có.",
      en: "Mixed styles: most citations put a comma before “ngày”, this one does not.",
    },
    mixedWantNoComma: {
      vi: "Văn bản dùng cả hai cách: phần lớn viện dẫn không có dấu phẩy trước “ngày”, chỗ này có.",
      en: "Mixed styles: most citations have no comma before “ngày”, this one does.",
    },
    houseWantComma: { vi: "Thể thức của hồ sơ này đặt dấu phẩy trước “ngày”.", en: "This profile's house style puts a comma before “ngày”." },
    houseWantNoComma: { vi: "Thể thức của hồ sơ này không đặt dấu phẩy trước “ngày”.", en: "This profile's house style has no comma before “ngày”." },
  },
  check(ctx, options) {
    const analysis = ctx.get(CITATIONS);
    const style = options.style ?? analysis.commaStyle;
    const dated = analysis.citations.filter((c) => c.ngay);
    const mixing = style === "either";
    const wantComma = mixing ? analysis.style.comma : style === "comma";
    const model = dated.find((c) => (c.comma !== null) === wantComma);
    const reports: Report[] = [];
    for (const c of dated) {
      if ((c.comma !== null) === wantComma) continue;
      const text = ctx.text[c.paragraph].normalized;
      const messageId = mixing ? (wantComma ? "mixedWantComma" : "mixedWantNoComma") : wantComma ? "houseWantComma" : "houseWantNoComma";
      reports.push({
        ...ctx.fix.span(c.paragraph, c.comma?.start ?? c.ngay!.start, c.ngay!.end),
        messageId,
        ...(mixing && model ? { related: [{ ...ctx.fix.span(model.paragraph, model.ngay!.start, model.ngay!.end), note: { vi: "cách viết được dùng nhiều hơn", en: "the majority form" } }] } : {}),
        suggestions: [
          {
            label: wantComma ? { vi: "Thêm dấu phẩy", en: "Add the comma" } : { vi: "Bỏ dấu phẩy", en: "Remove the comma" },
            edits: [commaEdit(ctx, c, text, wantComma)],
          },
        ],
      });
    }
    return reports;
  },
});

function commaEdit(ctx: CheckContext, c: Citation, text: string, wantComma: boolean) {
  const ngay = c.ngay!.start;
  if (!wantComma) return ctx.fix.replace(c.paragraph, c.comma!.start, ngay, " ");
  let before = ngay;
  while (before > 0 && /\s/u.test(text[before - 1])) before -= 1;
  return ctx.fix.replace(c.paragraph, before, ngay, ", ");
}
