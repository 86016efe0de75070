import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { CITATIONS } from "../analysis";
import { isCapitals } from "../../text/letterCase";

/** `Nghị quyết 35-NQ/TW` → `Nghị quyết số 35-NQ/TW`: the number-symbol is introduced by `số`. */
export const missingSo = defineRule<Record<string, never>>({
  id: "citation/missing-so",
  category: "citation",
  description: { vi: "Viện dẫn thiếu chữ “số” trước số, ký hiệu văn bản.", en: "Citation lacks “số” before the number-symbol." },
  severity: "warning",
  fix: "safe",
  messages: {
    missingSo: {
      vi: "Thiếu “số” trước ký hiệu văn bản: viết “{typeWordText} {so} {symbolNormalized}”.",
      en: "Missing “số” before the number-symbol: write “{typeWordText} {so} {symbolNormalized}”.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      if (c.kind !== "numbered" || !c.typeWord || c.so || !c.symbol || c.elided) continue;
      // A citation set in capitals ("NGHỊ QUYẾT 35-NQ/TW" in a title) takes "SỐ": a lower-case word
      // would break the capitals line (and turn a capitals header line into body text).
      const so = isCapitals(c.typeWord.text) ? "SỐ" : "số";
      reports.push({
        ...ctx.fix.span(c.paragraph, c.typeWord.start, c.symbol.end),
        messageId: "missingSo", data: { typeWordText: c.typeWord.text, so, symbolNormalized: c.symbol.normalized },
        suggestions: [
          {
            label: { vi: `Thêm “${so}”`, en: `Insert “${so}”` },
            edits: [ctx.fix.replace(c.paragraph, c.typeWord.end, c.symbol.start, ` ${so} `)],
          },
        ],
      });
    }
    return reports;
  },
});
