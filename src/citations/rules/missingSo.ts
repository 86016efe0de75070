import type { Report, Rule } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";

/** `Nghị quyết 35-NQ/TW` → `Nghị quyết số 35-NQ/TW`: the number-symbol is introduced by `số`. */
export const missingSo: Rule<Record<string, never>> = {
  meta: {
    id: "citation/missing-so",
    category: "citation",
    docs: { vi: "Viện dẫn thiếu chữ “số” trước số, ký hiệu văn bản.", en: "Citation lacks “số” before the number-symbol." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: true,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      if (c.kind !== "numbered" || !c.typeWord || c.so || !c.symbol || c.elided) continue;
      reports.push({
        ...originalSpan(analysis, c.paragraph, c.typeWord.start, c.symbol.end),
        message: {
          vi: `Thiếu “số” trước ký hiệu văn bản: viết “${c.typeWord.text} số ${c.symbol.normalized}”.`,
          en: `Missing “số” before the number-symbol: write “${c.typeWord.text} số ${c.symbol.normalized}”.`,
        },
        suggestions: [
          {
            label: { vi: "Thêm “số”", en: "Insert “số”" },
            edits: [editAt(analysis, c.paragraph, c.typeWord.end, c.symbol.start, " số ")],
          },
        ],
      });
    }
    return reports;
  },
};
