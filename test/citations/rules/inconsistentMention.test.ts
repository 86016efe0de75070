import { testRule } from "../../support/ruleTester";
import { inconsistentMention } from "../../../src/citations/rules/inconsistentMention";

const check = { profile: "party-2018" as const };
testRule(inconsistentMention, {
  valid: [
    { doc: ["Quy định số 01-QĐ/TU ngày 08/4/2017 của Ban Thường vụ Thành ủy.", "Quy định số 01-QĐ/TU ngày 08/4/2017 của Thành ủy."], check },
    { name: "same number, another term: another document", doc: ["Kế hoạch số 23-KH/TU ngày 10/3/2017.", "Kế hoạch số 23-KH/TU ngày 14/4/2021."], check },
  ],
  invalid: [
    {
      doc: ["Quy định số 01-QĐ/TU, ngày 08/5/2017 của Ban Thường vụ Thành ủy.", "Quy định số 01-QĐ/TU ngày 08/4/2017 của Ban Thường vụ Thành ủy."],
      check,
      errors: [{ paragraph: 1, text: "08/4/2017", messageIncludes: "8/5/2017" }],
      output: ["Quy định số 01-QĐ/TU, ngày 08/5/2017 của Ban Thường vụ Thành ủy.", "Quy định số 01-QĐ/TU ngày 08/5/2017 của Ban Thường vụ Thành ủy."],
    },
    { name: "another issuer", doc: ["Chỉ thị số 28-CT/TW của Ban Bí thư.", "Chỉ thị số 28-CT/TW của Bộ Chính trị."], check, errors: [{ paragraph: 1, text: "Bộ Chính trị" }] },
  ],
});

testRule(inconsistentMention, {
  valid: [
    { name: "a Central number of two terms: two documents", doc: ["Nghị quyết số 25-NQ/TW (khóa IX) về công tác tôn giáo.", "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về công tác dân vận."], check },
    { name: "date and written term agree", doc: ["Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương (khóa XII)."], check },
    { name: "a local committee's own term is not a Central one", doc: ["Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Hội nghị Thị ủy lần thứ 11 (khóa XXI)."], check },
  ],
  invalid: [
    {
      name: "the date falls in another term than the one written",
      doc: ["Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa IX."],
      check,
      errors: [{ paragraph: 0, text: "khóa IX", messageIncludes: "khóa XI" }],
    },
    {
      name: "the same, with the term after the symbol",
      doc: ["Quán triệt Nghị quyết số 35-NQ/TW (khóa XI) ngày 22/10/2018 của Bộ Chính trị."],
      check,
      errors: [{ paragraph: 0, messageIncludes: "khóa XII" }],
    },
  ],
});
