import { testRule } from "../../support/ruleTester";
import { headingPunctuation } from "../../../src/structure/rules/headingPunctuation";

testRule(headingPunctuation, {
  valid: [
    { name: "no heading ends with a colon", doc: ["I. Kết quả", "II. Hạn chế", "III. Phương hướng"] },
    { name: "most headings end with a colon: a house style", doc: ["I. Kết quả:", "II. Hạn chế:", "III. Phương hướng"] },
  ],
  invalid: [
    {
      name: "IV. … tới: among headings without one",
      doc: ["I. Kết quả đạt được", "II. Khó khăn, hạn chế", "III. Phương hướng, nhiệm vụ trong thời gian tới: "],
      errors: [{ paragraph: 2, text: ":" }],
      output: ["I. Kết quả đạt được", "II. Khó khăn, hạn chế", "III. Phương hướng, nhiệm vụ trong thời gian tới "],
    },
    {
      name: "a run of trailing marks goes whole",
      doc: ["I. Kết quả", "II. Hạn chế", "III. Phương hướng", "IV. Tổ chức thực hiện ;:"],
      errors: [{ paragraph: 3, text: ";:" }],
      output: ["I. Kết quả", "II. Hạn chế", "III. Phương hướng", "IV. Tổ chức thực hiện "],
    },
    {
      name: "several headings with a colon among more without: one finding, the others related, one fix",
      doc: ["I. Kết quả", "1. Công tác tuyên truyền:", "a) Về số hóa dữ liệu:", "b) Về làm sạch dữ liệu", "2. Công tác phối hợp", "II. Hạn chế", "III. Phương hướng"],
      errors: [{ paragraph: 1, text: ":", messageIncludes: "2 đề mục kết thúc bằng dấu hai chấm" }],
      output: ["I. Kết quả", "1. Công tác tuyên truyền", "a) Về số hóa dữ liệu", "b) Về làm sạch dữ liệu", "2. Công tác phối hợp", "II. Hạn chế", "III. Phương hướng"],
    },
  ],
});
