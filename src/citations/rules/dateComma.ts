import type { Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";
import type { CommaStyle } from "../codes";
import type { Citation } from "../detect";

interface Options {
  /** Overrides the profile's house style: "comma", "none", or "either" (only mixing is reported). */
  style?: CommaStyle;
}

/**
 * The comma before `ngày` is one choice per document, presented once (as PerfectIt presents
 * consistency): where the house style (data/citations/house-styles.json, or the `style` option)
 * accepts either form, a document mixing both gets one finding giving both forms, their counts,
 * every place, and one suggestion per form ("use this form everywhere"), the majority form first.
 * Where the house style fixes the form, the places written otherwise are one finding against it.
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
    const withComma = dated.filter((c) => c.comma !== null);
    const without = dated.filter((c) => c.comma === null);
    const text = (c: Citation) => ctx.text[c.paragraph].normalized;
    const place = (c: Citation, form: "comma" | "none") => ({
      ...originalSpan(analysis, c.paragraph, c.comma?.start ?? c.ngay!.start, c.ngay!.end),
      note: form === "comma" ? { vi: "có dấu phẩy trước “ngày”", en: "comma before “ngày”" } : { vi: "không có dấu phẩy trước “ngày”", en: "no comma before “ngày”" },
    });
    const useEverywhere = (form: "comma" | "none") => {
      const changed = form === "comma" ? without : withComma;
      return {
        label: form === "comma" ? { vi: `Dùng “, ngày” ở mọi chỗ (${changed.length} chỗ sửa)`, en: `Use “, ngày” everywhere (${changed.length} changes)` } : { vi: `Bỏ dấu phẩy trước “ngày” ở mọi chỗ (${changed.length} chỗ sửa)`, en: `Drop the comma before “ngày” everywhere (${changed.length} changes)` },
        edits: changed.map((c) => commaEdit(analysis, c, text(c), form === "comma")),
      };
    };
    if (style === "either") {
      if (withComma.length === 0 || without.length === 0) return [];
      const majority: "comma" | "none" = analysis.style.comma ? "comma" : "none";
      const minority = majority === "comma" ? without : withComma;
      const forms = [
        { form: "comma" as const, count: withComma.length },
        { form: "none" as const, count: without.length },
      ];
      const counts = (lang: "vi" | "en") =>
        forms.map(({ form, count }) => (lang === "vi" ? `${form === "comma" ? "có dấu phẩy" : "không dấu phẩy"} (${count} chỗ)` : `${form === "comma" ? "with a comma" : "without"} (${count})`)).join(", ");
      const report: Report = {
        ...originalSpan(analysis, minority[0].paragraph, minority[0].comma?.start ?? minority[0].ngay!.start, minority[0].ngay!.end),
        message: {
          vi: `Văn bản dùng cả hai cách viết trước “ngày” trong viện dẫn: ${counts("vi")}. Chọn một cách cho cả văn bản.`,
          en: `The document writes citations both ways before “ngày”: ${counts("en")}. Choose one for the whole document.`,
        },
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
        ...originalSpan(analysis, off[0].paragraph, off[0].comma?.start ?? off[0].ngay!.start, off[0].ngay!.end),
        message: {
          vi: `${wantComma ? "Thể thức của hồ sơ này đặt dấu phẩy trước “ngày”" : "Thể thức của hồ sơ này không đặt dấu phẩy trước “ngày”"}: ${off.length} viện dẫn viết khác.`,
          en: `${wantComma ? "This profile's house style puts a comma before “ngày”" : "This profile's house style has no comma before “ngày”"}: ${off.length} citation(s) differ.`,
        },
        related: off.map((c) => place(c, wantComma ? "none" : "comma")),
        suggestions: [useEverywhere(wantComma ? "comma" : "none")],
      },
    ];
  },
};

function commaEdit(analysis: ReturnType<typeof analysisFor>, c: Citation, text: string, wantComma: boolean) {
  const ngay = c.ngay!.start;
  if (!wantComma) return editAt(analysis, c.paragraph, c.comma!.start, ngay, " ");
  let before = ngay;
  while (before > 0 && /\s/u.test(text[before - 1])) before -= 1;
  return editAt(analysis, c.paragraph, before, ngay, ", ");
}
