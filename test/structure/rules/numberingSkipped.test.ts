import { testRule } from "../../support/ruleTester";
import { numberingSkipped } from "../../../src/structure/rules/numberingSkipped";

testRule(numberingSkipped, {
  valid: [
    { name: "no gap", doc: ["I. Kết quả", "1. Kinh tế", "2. Xã hội", "II. Hạn chế"] },
    { name: "a duplicate is not a skip", doc: ["I. Kết quả", "II. Hạn chế", "II. Nguyên nhân"] },
    { name: "the number after a duplicate is the duplicate's defect", doc: ["I. Kết quả", "II. Hạn chế", "II. Nguyên nhân", "IV. Phương hướng"] },
    { name: "the same at the second level", doc: ["1. Kinh tế", "1.1. Nông nghiệp", "1.1. Công nghiệp", "1.3. Dịch vụ"] },
    { name: "a run without its parent heading does not start late (numbering/level-jump's finding)", doc: ["I. Kết quả", "3.4. Xây dựng chính quyền", "3.5. Quốc phòng, an ninh"] },
  ],
  invalid: [
    {
      name: "IV. after II.",
      doc: ["I. Kết quả", "II. Hạn chế", "IV. Phương hướng"],
      errors: [{ paragraph: 2, text: "IV.", messageIncludes: "III." }],
      output: ["I. Kết quả", "II. Hạn chế", "III. Phương hướng"],
    },
    {
      name: "a gap wider than the duplicates is still a skip",
      doc: ["I. Kết quả", "II. Hạn chế", "II. Nguyên nhân", "V. Phương hướng"],
      errors: [{ paragraph: 3, text: "V." }],
    },
    {
      name: "a run that starts at 2",
      doc: ["I. Kết quả", "2. Kinh tế", "3. Xã hội"],
      errors: [{ paragraph: 1, text: "2." }],
      output: ["I. Kết quả", "1. Kinh tế", "2. Xã hội"],
    },
    {
      name: "1.3. after 1.1.",
      doc: ["1. Kinh tế", "1.1. Nông nghiệp", "1.3. Công nghiệp"],
      errors: [{ paragraph: 2, text: "1.3.", messageIncludes: "1.2." }],
      output: ["1. Kinh tế", "1.1. Nông nghiệp", "1.2. Công nghiệp"],
    },
  ],
});
