import { testRule } from "../../support/ruleTester";
import { numberingTrailingDot } from "../../../src/structure/rules/numberingTrailingDot";

testRule(numberingTrailingDot, {
  valid: [
    { name: "1.1. with the dot", doc: ["1. Kinh tế", "1.1. Nông nghiệp"] },
    { name: "a glued marker is numbering/marker-space's one finding", doc: ["1. Kinh tế", "1.2Tiếp tục thực hiện"] },
    { name: "a figure at the start of a line is not a marker", doc: ["1. Kinh tế", "17.592 tỷ đồng là tổng mức bán lẻ.", "1.5 triệu người tham gia."] },
  ],
  invalid: [
    {
      name: "2.1 without the dot, next to 2.2.",
      doc: ["2. Xây dựng Đảng", "2.1 Chính trị", "2.2. Tổ chức"],
      errors: [{ paragraph: 1, text: "2.1" }],
      output: ["2. Xây dựng Đảng", "2.1. Chính trị", "2.2. Tổ chức"],
    },
    {
      name: "many markers without the dot are one finding with one fix",
      doc: ["1. Kinh tế", "1.1 Nông nghiệp", "1.2 Công nghiệp", "2. Văn hóa", "2.1 Giáo dục"],
      errors: [{ paragraph: 1, text: "1.1", messageIncludes: "× 3" }],
      output: ["1. Kinh tế", "1.1. Nông nghiệp", "1.2. Công nghiệp", "2. Văn hóa", "2.1. Giáo dục"],
    },
  ],
});
