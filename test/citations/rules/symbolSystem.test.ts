import { testRule } from "../../support/ruleTester";
import { symbolSystem } from "../../../src/citations/rules/symbolSystem";

const check = { profile: "party-2018" as const };
testRule(symbolSystem, {
  valid: [{ doc: ["Nghị quyết số 01-NQ/TU và Quyết định số 68/QĐ-UBND, Nghị định số 30/2020/NĐ-CP."], check }],
  invalid: [
    { doc: ["Sơ kết Nghị quyết số 01/NQ-TU ngày 01/11/2011 của Thành ủy."], check, errors: [{ paragraph: 0, text: "01/NQ-TU" }], output: ["Sơ kết Nghị quyết số 01-NQ/TU ngày 01/11/2011 của Thành ủy."] },
    { doc: ["Quyết định số 68-QĐ/UBND ngày 12/01/2021."], check, errors: [{ paragraph: 0, text: "68-QĐ/UBND" }], output: ["Quyết định số 68/QĐ-UBND ngày 12/01/2021."] },
  ],
});
