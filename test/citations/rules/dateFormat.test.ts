import { testRule } from "../../support/ruleTester";
import { dateFormat } from "../../../src/citations/rules/dateFormat";

const check = { profile: "party-2018" as const };
testRule(dateFormat, {
  valid: [{ doc: ["Kế hoạch số 131-KH/TU, ngày 14/01/2020; Quy chế số 06-QC/TU ngày 05/7/2019; Nghị quyết số 35-NQ/TW ngày 22 tháng 10 năm 2018."], check }],
  invalid: [
    { doc: ["Công văn số 308-CV/TU, ngày 8/6/2018 của Thành ủy."], check, errors: [{ paragraph: 0, text: "8/6/2018" }], output: ["Công văn số 308-CV/TU, ngày 08/6/2018 của Thành ủy."] },
    { doc: ["Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị."], check, errors: [{ paragraph: 0, text: "22-10-2018" }], output: ["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."] },
    { name: "month padded only for 01–02", doc: ["Quy chế số 06-QC/TU ngày 05/07/2019; Kế hoạch số 131-KH/TU ngày 14/1/2020."], check, errors: [{ paragraph: 0, text: "05/07/2019" }, { paragraph: 0, text: "14/1/2020" }], output: ["Quy chế số 06-QC/TU ngày 05/7/2019; Kế hoạch số 131-KH/TU ngày 14/01/2020."] },
    { name: "a date that does not exist", doc: ["Kế hoạch số 12-KH/TU ngày 31/6/2020."], check, errors: [{ paragraph: 0, text: "31/6/2020", severity: "error" }] },
  ],
});
