import { testRule } from "../../support/ruleTester";
import { sectionsDuplicate } from "../../../src/structure/rules/sectionsDuplicate";

const SIX_MONTH = ["BÁO CÁO", "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021", ""];

testRule(sectionsDuplicate, {
  valid: [{ doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Khó khăn, hạn chế", "III. Phương hướng, nhiệm vụ"] }],
  invalid: [
    {
      name: "two shortcoming sections",
      doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Hạn chế", "III. Tồn tại, hạn chế khác", "IV. Phương hướng, nhiệm vụ"],
      errors: [{ paragraph: 5, text: "III.", messageIncludes: "đã có ở mục “II. Hạn chế”" }],
    },
  ],
});
