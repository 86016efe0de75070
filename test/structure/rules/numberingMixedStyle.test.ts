import { testRule } from "../../support/ruleTester";
import { numberingMixedStyle } from "../../../src/structure/rules/numberingMixedStyle";

testRule(numberingMixedStyle, {
  valid: [
    { name: "all I.", doc: ["I. Kết quả", "II. Hạn chế", "III. Phương hướng"] },
    { name: "all I- (one office's habit) is consistent", doc: ["I- Kết quả", "II- Hạn chế"] },
  ],
  invalid: [
    {
      name: "I- among I.",
      doc: ["I. Kết quả", "II- Hạn chế", "III. Phương hướng"],
      errors: [{ paragraph: 1, text: "II-" }],
      output: ["I. Kết quả", "II. Hạn chế", "III. Phương hướng"],
    },
    {
      name: "1) among 1.",
      doc: ["I. Kết quả", "1. Kinh tế", "2) Xã hội", "3. Quốc phòng"],
      errors: [{ paragraph: 2, text: "2)" }],
      output: ["I. Kết quả", "1. Kinh tế", "2. Xã hội", "3. Quốc phòng"],
    },
  ],
});
