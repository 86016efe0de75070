import { testRule } from "../../support/ruleTester";
import { sectionsOrder } from "../../../src/structure/rules/sectionsOrder";

const SIX_MONTH = ["BÁO CÁO", "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021", ""];

testRule(sectionsOrder, {
  valid: [{ doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Khó khăn, hạn chế", "III. Phương hướng, nhiệm vụ"] }],
  invalid: [
    {
      name: "direction before shortcomings",
      doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Phương hướng, nhiệm vụ", "III. Khó khăn, hạn chế"],
      errors: [{ paragraph: 5, text: "III." }],
    },
  ],
});
