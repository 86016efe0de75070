import { testRule } from "../../support/ruleTester";
import { symbolSpacing } from "../../../src/citations/rules/symbolSpacing";

const check = { profile: "party-2018" as const };
testRule(symbolSpacing, {
  valid: [{ doc: ["Kết luận số 05-KL/TU ngày 30/11/2016 của Thành ủy."], check }],
  invalid: [
    { doc: ["Kết luận số 05 - KL/TU ngày 30/11/2016 của Thành ủy."], check, errors: [{ paragraph: 0, text: "05 - KL/TU" }], output: ["Kết luận số 05-KL/TU ngày 30/11/2016 của Thành ủy."] },
    { doc: ["Nghị quyết số 128/NQ - HĐND ngày 16/12/2020 của HĐND thành phố."], check, errors: [{ paragraph: 0, text: "128/NQ - HĐND" }], output: ["Nghị quyết số 128/NQ-HĐND ngày 16/12/2020 của HĐND thành phố."] },
    { doc: ["Nghị quyết số 25- NQ/TW của Ban Chấp hành Trung ương."], check, errors: [{ paragraph: 0, text: "25- NQ/TW" }], output: ["Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương."] },
  ],
});

testRule(symbolSpacing as never, {
  valid: [{ name: "a clean symbol", doc: ["Chỉ thị số 35-CT/TW của Bộ Chính trị."], check: { profile: "party-2018" as const } }],
  invalid: [
    { name: "missing hyphen", doc: ["Chỉ thị số 35 CT/TW của Bộ Chính trị."], check: { profile: "party-2018" as const }, errors: [{ paragraph: 0, text: "35 CT/TW", messageIncludes: "thiếu gạch nối" }], output: ["Chỉ thị số 35-CT/TW của Bộ Chính trị."] },
    { name: "codes in lower case", doc: ["quán triệt chỉ thị số 12-ct/tw của Ban Bí thư."], check: { profile: "party-2018" as const }, errors: [{ paragraph: 0, text: "12-ct/tw", messageIncludes: "chữ hoa" }], output: ["quán triệt chỉ thị số 12-CT/TW của Ban Bí thư."] },
    { name: "TƯ for TW", doc: ["Nghị quyết số 35-NQ/TƯ của Bộ Chính trị."], check: { profile: "party-2018" as const }, errors: [{ paragraph: 0, text: "35-NQ/TƯ", messageIncludes: "TƯ" }], output: ["Nghị quyết số 35-NQ/TW của Bộ Chính trị."] },
    { name: "State symbol without its hyphen", doc: ["Quyết định số 1123/QĐ TTg của Thủ tướng Chính phủ."], check: { profile: "state" as const }, errors: [{ paragraph: 0, text: "1123/QĐ TTg" }], output: ["Quyết định số 1123/QĐ-TTg của Thủ tướng Chính phủ."] },
  ],
});
