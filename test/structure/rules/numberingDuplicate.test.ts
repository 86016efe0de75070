import { testRule } from "../../support/ruleTester";
import { numberingDuplicate } from "../../../src/structure/rules/numberingDuplicate";

testRule(numberingDuplicate, {
  valid: [
    { name: "consecutive Roman headings", doc: ["I. Kết quả đạt được", "Nội dung.", "II. Hạn chế", "III. Phương hướng"] },
    { name: "1. restarts under each Roman heading", doc: ["I. Kết quả", "1. Kinh tế", "2. Xã hội", "II. Hạn chế", "1. Kinh tế", "2. Xã hội"] },
    {
      name: "a numbered list of targets under “Một số chỉ tiêu:” is body text",
      doc: ["I. Phương hướng", "1. Nhiệm vụ chung", "2. Một số chỉ tiêu chủ yếu:", "1. Tốc độ tăng trưởng kinh tế đạt 7%", "2. Thu ngân sách đạt 300 tỷ đồng", "3. Giải pháp"],
    },
  ],
  invalid: [
    {
      name: "a second II. (renumbered to III.)",
      doc: ["I. Kết quả", "II. Xây dựng Đảng", "II. Khó khăn, hạn chế", "IV. Phương hướng"],
      errors: [{ paragraph: 2, text: "II.", messageIncludes: "đã có mục “II. Xây dựng Đảng”" }],
      output: ["I. Kết quả", "II. Xây dựng Đảng", "III. Khó khăn, hạn chế", "IV. Phương hướng"],
    },
    {
      name: "renumbering carries multi-level prefixes",
      doc: ["I. Kết quả", "1. Kinh tế", "1.1. Nông nghiệp", "1. Xã hội", "1.1. Giáo dục", "1.2. Y tế"],
      errors: [{ paragraph: 3, text: "1." }],
      output: ["I. Kết quả", "1. Kinh tế", "1.1. Nông nghiệp", "2. Xã hội", "2.1. Giáo dục", "2.2. Y tế"],
    },
    {
      name: "Word list numbering repeats are found without a text fix",
      doc: {
        source: "word",
        paragraphs: [
          { index: 0, text: "Kết quả", list: { level: 0, marker: "I." }, font: { bold: true } },
          { index: 1, text: "Hạn chế", list: { level: 0, marker: "I." }, font: { bold: true } },
        ],
      },
      errors: [{ paragraph: 1 }],
    },
  ],
});
