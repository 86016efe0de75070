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
