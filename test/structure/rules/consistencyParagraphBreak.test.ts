import { testRule } from "../../support/ruleTester";
import { consistencyParagraphBreak } from "../../../src/structure/rules/consistencyParagraphBreak";

const HEAD = ["BÁO CÁO", "tình hình năm 2021", "", "I. Kết quả"];
const LONG = "Công tác xây dựng Đảng về chính trị, tư tưởng được quan tâm thực hiện thường xuyên, đạt kết quả tốt.";

testRule(consistencyParagraphBreak, {
  valid: [
    { name: "sentences end with punctuation", doc: [...HEAD, LONG, "tiếp theo là đoạn mới viết thường."] },
    { name: "a lead-in followed by a list", doc: [...HEAD, "Ban Thường vụ Thành ủy đã chỉ đạo các cơ quan thực hiện tốt các nhiệm vụ sau", "a) Tuyên truyền."] },
    { name: "the same task under two headings", doc: [...HEAD, "1. Văn phòng", `- ${LONG}`, "2. Trung tâm", `- ${LONG}`] },
  ],
  invalid: [
    {
      name: "Enter pressed mid-sentence",
      doc: [...HEAD, "Công tác xây dựng Đảng về chính trị, tư tưởng được quan tâm thực hiện thường xuyên và", "đạt kết quả tốt."],
      errors: [{ paragraph: 4, text: "à" }],
    },
    { name: "a paragraph pasted twice", doc: [...HEAD, LONG, "Đoạn khác.", LONG], errors: [{ paragraph: 6, messageIncludes: "lặp lại nguyên văn một đoạn phía trên" }] },
  ],
});
