import { testRule } from "../../support/ruleTester";
import { dateComma } from "../../../src/citations/rules/dateComma";

const party2018 = { profile: "party-2018" as const };
const state = { profile: "state" as const };
testRule(dateComma, {
  valid: [
    { name: "either style, used consistently", doc: ["Kế hoạch số 82-KH/TU ngày 11/12/2018.", "Nghị quyết số 35-NQ/TW ngày 22/10/2018."], check: party2018 },
    { name: "State: no comma", doc: ["Quyết định số 68/QĐ-UBND ngày 12/01/2021."], check: state },
  ],
  invalid: [
    {
      name: "mixing: the minority form is aligned on the majority",
      doc: ["Kế hoạch số 82-KH/TU ngày 11/12/2018.", "Kế hoạch số 17-KH/TU ngày 29/01/2021.", "Nghị quyết số 35-NQ/TW, ngày 22/10/2018."],
      check: party2018,
      errors: [{ paragraph: 2, text: ", ngày", messageIncludes: "cả hai" }],
      output: ["Kế hoạch số 82-KH/TU ngày 11/12/2018.", "Kế hoạch số 17-KH/TU ngày 29/01/2021.", "Nghị quyết số 35-NQ/TW ngày 22/10/2018."],
    },
    {
      name: "house style with comma (option)",
      doc: ["Nghị quyết số 35-NQ/TW ngày 22/10/2018."],
      check: party2018,
      options: { style: "comma" },
      errors: [{ paragraph: 0, text: "ngày" }],
      output: ["Nghị quyết số 35-NQ/TW, ngày 22/10/2018."],
    },
    { name: "State: comma removed", doc: ["Quyết định số 68/QĐ-UBND, ngày 12/01/2021."], check: state, errors: [{ paragraph: 0 }], output: ["Quyết định số 68/QĐ-UBND ngày 12/01/2021."] },
  ],
});
