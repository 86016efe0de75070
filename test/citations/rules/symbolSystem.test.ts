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

testRule(symbolSystem, {
  valid: [
    { name: "Party agency and committee codes ending in TU, HU, ĐU, TW are Party symbols", doc: ["Kế hoạch số 12-KH/KDV ngày 02/3/2021 của Ban Dân vận Huyện ủy; Hướng dẫn số 13-HD/BTGTU; Thông báo số 45-TB/UBKTTU; Báo cáo số 7-BC/ĐUK; Công văn số 357-CV/BTCTU; Quy chế số 05-QC/BTCTU-BDVTU; Quyết định số 246-QĐ/BKTTW; Báo cáo số 76-BC/HU."], check },
    { name: "a State body's agency codes with digits stay State", doc: ["Kế hoạch số 57/KH-C04-P3 và Công văn số 1234/BCA-C06."], check },
  ],
  invalid: [
    {
      name: "a Party agency code written in State style",
      doc: ["Theo Hướng dẫn số 13/HD-BTGTU ngày 10/5/2020."],
      check,
      errors: [{ paragraph: 0, text: "13/HD-BTGTU" }],
      output: ["Theo Hướng dẫn số 13-HD/BTGTU ngày 10/5/2020."],
    },
  ],
});
