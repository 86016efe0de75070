import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import type { Localized, Suggestion } from "../../core/types";
import { CITATIONS } from "../analysis";
import type { CommaStyle } from "../codes";
import type { Citation } from "../detect";

interface Options {
  /** Overrides the profile's house style: "comma", "none", or "either" (only mixing is reported). */
  style?: CommaStyle;
}

type Form = "comma" | "none";

/** The note of a place, one object for all of a form's places (a report may list thousands). */
const COMMA_NOTE: Localized = { vi: "có dấu phẩy trước “ngày”", en: "comma before “ngày”" };
const NO_COMMA_NOTE: Localized = { vi: "không có dấu phẩy trước “ngày”", en: "no comma before “ngày”" };

/**
 * The comma before `ngày` is one choice per document, presented once (as PerfectIt presents
 * consistency): where the house style (data/citations/house-styles.json, or the `style` option)
 * accepts either form, a document mixing both gets one finding giving both forms, their counts,
 * every place, and one suggestion per form ("use this form everywhere"), the majority form first.
 * Where the house style fixes the form, the places written otherwise are one finding against it.
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
    mixed: {
      vi: "Văn bản dùng cả hai cách viết trước “ngày” trong viện dẫn: có dấu phẩy ({withComma} chỗ), không dấu phẩy ({without} chỗ). Chọn một cách cho cả văn bản.",
      en: "The document writes citations both ways before “ngày”: with a comma ({withComma}), without ({without}). Choose one for the whole document.",
    },
    houseWantComma: { vi: "Thể thức của hồ sơ này đặt dấu phẩy trước “ngày”: {count} viện dẫn viết khác.", en: "This profile's house style puts a comma before “ngày”: {count} citation(s) differ." },
    houseWantNoComma: { vi: "Thể thức của hồ sơ này không đặt dấu phẩy trước “ngày”: {count} viện dẫn viết khác.", en: "This profile's house style has no comma before “ngày”: {count} citation(s) differ." },
  },
  check(ctx, options) {
    const analysis = ctx.get(CITATIONS);
    const style = options.style ?? analysis.commaStyle;
    const dated = analysis.citations.filter((c) => c.ngay);
    const withComma = dated.filter((c) => c.comma !== null);
    const without = dated.filter((c) => c.comma === null);
    const place = (c: Citation, form: Form) => ({
      ...ctx.fix.span(c.paragraph, c.comma?.start ?? c.ngay!.start, c.ngay!.end),
      note: form === "comma" ? COMMA_NOTE : NO_COMMA_NOTE,
    });
    const useEverywhere = (form: Form): Suggestion => {
      const changed = form === "comma" ? without : withComma;
      return {
        label:
          form === "comma"
            ? { vi: `Dùng “, ngày” ở mọi chỗ (${changed.length} chỗ sửa)`, en: `Use “, ngày” everywhere (${changed.length} changes)` }
            : { vi: `Bỏ dấu phẩy trước “ngày” ở mọi chỗ (${changed.length} chỗ sửa)`, en: `Drop the comma before “ngày” everywhere (${changed.length} changes)` },
        edits: changed.map((c) => commaEdit(ctx, c, form === "comma")),
      };
    };
    if (style === "either") {
      if (withComma.length === 0 || without.length === 0) return [];
      const majority: Form = analysis.style.comma ? "comma" : "none";
      const first = (majority === "comma" ? without : withComma)[0];
      const report: Report = {
        ...ctx.fix.span(first.paragraph, first.comma?.start ?? first.ngay!.start, first.ngay!.end),
        messageId: "mixed",
        data: { withComma: withComma.length, without: without.length },
        related: [...withComma.map((c) => place(c, "comma")), ...without.map((c) => place(c, "none"))],
        suggestions: [useEverywhere(majority), useEverywhere(majority === "comma" ? "none" : "comma")],
      };
      return [report];
    }
    const wantComma = style === "comma";
    const off = wantComma ? without : withComma;
    if (off.length === 0) return [];
    return [
      {
        ...ctx.fix.span(off[0].paragraph, off[0].comma?.start ?? off[0].ngay!.start, off[0].ngay!.end),
        messageId: wantComma ? "houseWantComma" : "houseWantNoComma",
        data: { count: off.length },
        related: off.map((c) => place(c, wantComma ? "none" : "comma")),
        suggestions: [useEverywhere(wantComma ? "comma" : "none")],
      },
    ];
  },
});

function commaEdit(ctx: CheckContext, c: Citation, wantComma: boolean) {
  const ngay = c.ngay!.start;
  if (!wantComma) return ctx.fix.replace(c.paragraph, c.comma!.start, ngay, " ");
  const text = ctx.text[c.paragraph].normalized;
  let before = ngay;
  while (before > 0 && /\s/u.test(text[before - 1])) before -= 1;
  return ctx.fix.replace(c.paragraph, before, ngay, ", ");
}
