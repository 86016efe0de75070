import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { Suggestion } from "../../core/types";
import { CITATIONS } from "../analysis";
import { isTypeCode } from "../codes";

/**
 * The type word contradicts the symbol's type code (`Kết luận số 66-LK/TW`, `Chương trình số
 * 14-CT/TU`, `Quyết định số 687-KH/TU`). An issued symbol is never rewritten on a guess: a fix is
 * offered only when the code is no code at all and is the expected code's letters swapped (LK → KL).
 */
export const typeCode = defineRule<Record<string, never>>({
  id: "citation/type-code",
  category: "citation",
  description: { vi: "Tên loại văn bản không khớp với ký hiệu loại trong số, ký hiệu.", en: "The type word does not match the type code in the number-symbol." },
  severity: "warning",
  fix: "suggest",
  messages: {
    codeOfAnotherType: {
      vi: "{typeWord} nhưng ký hiệu loại là “{typeCode}” ({type} dùng {expectedVi}): kiểm tra lại tên loại hoặc số, ký hiệu.",
      en: "{typeWord} but the type code is “{typeCode}” ({type} uses {expectedEn}): check the type word or the symbol.",
    },
    unknownCode: {
      vi: "Ký hiệu loại “{typeCode}” không tồn tại; {type} dùng {expectedVi}.",
      en: "Type code “{typeCode}” does not exist; {type} uses {expectedEn}.",
    },
  },
  check(ctx) {
    const analysis = ctx.get(CITATIONS);
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
        suggestions.push({ label: { vi: `Sửa ký hiệu loại thành “${swapped}”`, en: `Change the type code to “${swapped}”` }, edits: [ctx.fix.replace(c.paragraph, at, at + s.typeCode.length, swapped)] });
      }
      reports.push({
        ...ctx.fix.span(c.paragraph, c.typeWord.start, s.end),
        messageId: known ? "codeOfAnotherType" : "unknownCode",
        data: { typeWord: c.typeWord.text, typeCode: s.typeCode, type: c.type.word, expectedVi: expected.join(" hoặc "), expectedEn: expected.join(" or ") },
        suggestions,
      });
    }
    return reports;
  },
});

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}
