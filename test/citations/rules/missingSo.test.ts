import { testRule } from "../../support/ruleTester";
import { missingSo } from "../../../src/citations/rules/missingSo";

const check = { profile: "party-2018" as const };
testRule(missingSo, {
  valid: [{ doc: ["Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."], check }],
  invalid: [
    {
      doc: ["Thực hiện Nghị quyết 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."],
      check,
      errors: [{ paragraph: 0, text: "Nghị quyết 35-NQ/TW" }],
      output: ["Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."],
    },
    {
      name: "a citation set in capitals takes SỐ",
      doc: ["NGHỊ QUYẾT 35-NQ/TW NGÀY 22/10/2018 CỦA BỘ CHÍNH TRỊ"],
      check,
      errors: [{ paragraph: 0, text: "NGHỊ QUYẾT 35-NQ/TW", messageIncludes: "NGHỊ QUYẾT SỐ 35-NQ/TW" }],
      output: ["NGHỊ QUYẾT SỐ 35-NQ/TW NGÀY 22/10/2018 CỦA BỘ CHÍNH TRỊ"],
    },
    {
      name: "decomposed tone marks",
      doc: ["Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.".normalize("NFD")],
      check,
      errors: [{ paragraph: 0 }],
      output: ["Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.".normalize("NFD").replace(" số ".normalize("NFD"), " số ")],
    },
  ],
});
