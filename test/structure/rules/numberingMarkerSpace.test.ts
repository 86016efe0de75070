import { testRule } from "../../support/ruleTester";
import { numberingMarkerSpace } from "../../../src/structure/rules/numberingMarkerSpace";

testRule(numberingMarkerSpace, {
  valid: [
    { name: "spaced markers", doc: ["I. Kết quả", "1. Kinh tế", "1.1. Nông nghiệp"] },
    { name: "punctuation after a marker is not glued text (consistency/spacing's)", doc: ["PHẦN THỨ NHẤT;", "I.; Kết quả", "II., Hạn chế"] },
  ],
  invalid: [
    {
      name: "1.2Tiếp tục",
      doc: ["1. Kinh tế", "1.1. Nông nghiệp", "1.2Tiếp tục thực hiện"],
      errors: [{ paragraph: 2, text: "1.2", messageIncludes: "Tiếp tục" }],
      output: ["1. Kinh tế", "1.1. Nông nghiệp", "1.2. Tiếp tục thực hiện"],
    },
    {
      name: "1.1.100% — a glued figure after a full marker",
      doc: ["1. Chỉ tiêu", "1.1.100% tổ chức cơ sở đảng học tập nghị quyết"],
      errors: [{ paragraph: 1, text: "1.1." }],
      output: ["1. Chỉ tiêu", "1.1. 100% tổ chức cơ sở đảng học tập nghị quyết"],
    },
    {
      name: "II.Về",
      doc: ["I. Kết quả", "II.Về công tác xây dựng Đảng"],
      errors: [{ paragraph: 1, text: "II." }],
      output: ["I. Kết quả", "II. Về công tác xây dựng Đảng"],
    },
  ],
});
