import type { Report, Rule, Suggestion } from "../../lint/types";
import { analysisFor, editAt, originalSpan } from "../analysis";
import { isTypeCode } from "../codes";

/**
 * The type word contradicts the symbol's type code (`Kết luận số 66-LK/TW`, `Chương trình số
 * 14-CT/TU`, `Quyết định số 687-KH/TU`). An issued symbol is never rewritten on a guess: a fix is
 * offered only when the code is no code at all and is the expected code's letters swapped (LK → KL).
 */
export const typeCode: Rule<Record<string, never>> = {
  meta: {
    id: "citation/type-code",
    category: "citation",
    docs: { vi: "Tên loại văn bản không khớp với ký hiệu loại trong số, ký hiệu.", en: "The type word does not match the type code in the number-symbol." },
    defaultSeverity: "warning",
    defaultOptions: {},
    fixable: false,
  },
  check(ctx) {
    const analysis = analysisFor(ctx);
    const reports: Report[] = [];
    for (const c of analysis.citations) {
      const s = c.symbol;
      if (!s || c.elided || !c.type || !c.typeWord || !s.typeCode) continue;
      const expected = s.system === "party" ? c.type.party : c.type.state;
      if (expected.length === 0 || expected.includes(s.typeCode)) continue;
      const known = isTypeCode(s.typeCode, s.system);
      const swapped = known ? undefined : expected.find((e) => sameLetters(e, s.typeCode!));
      const suggestions: Suggestion[] = [];
      if (swapped) {
        const at = ctx.text[c.paragraph].normalized.indexOf(s.typeCode, s.start);
        suggestions.push({ label: { vi: `Sửa ký hiệu loại thành “${swapped}”`, en: `Change the type code to “${swapped}”` }, edits: [editAt(analysis, c.paragraph, at, at + s.typeCode.length, swapped)] });
      }
      reports.push({
        ...originalSpan(analysis, c.paragraph, c.typeWord.start, s.end),
        message: known
          ? {
              vi: `${c.typeWord.text} nhưng ký hiệu loại là “${s.typeCode}” (${c.type.word} dùng ${expected.join(" hoặc ")}): kiểm tra lại tên loại hoặc số, ký hiệu.`,
              en: `${c.type.word} but the type code is “${s.typeCode}” (${c.type.word} uses ${expected.join(" or ")}): check the type word or the symbol.`,
            }
          : {
              vi: `Ký hiệu loại “${s.typeCode}” không tồn tại; ${c.type.word} dùng ${expected.join(" hoặc ")}.`,
              en: `Type code “${s.typeCode}” does not exist; ${c.type.word} uses ${expected.join(" or ")}.`,
            },
        suggestions,
      });
    }
    return reports;
  },
};

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}
