import { testRule } from "../../support/ruleTester";
import { firstMentionIncomplete } from "../../../src/citations/rules/firstMentionIncomplete";

const check = { profile: "party-2018" as const };
testRule(firstMentionIncomplete, {
  valid: [
    { name: "complete first mention, short later mention", doc: ["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng.", "Nghị quyết số 35-NQ/TW."], check },
  ],
  invalid: [
    {
      name: "canonical form from the bundled registry (date and summary); no dated citation yet, so the comma of the newer guidance",
      doc: ["Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."],
      check,
      errors: [{ paragraph: 0, text: "Chỉ thị số 05-CT/TW của Bộ Chính trị", messageIncludes: "15/5/2016" }],
      output: ["Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."],
    },
    {
      name: "date from a later complete mention in the same document",
      doc: ["Triển khai Nghị quyết số 12-NQ/TU của Thành ủy.", "Sơ kết Nghị quyết số 12-NQ/TU ngày 03/9/2019 của Thành ủy về phát triển du lịch."],
      check,
      errors: [{ paragraph: 0, messageIncludes: "ngày 3/9/2019 (văn bản này, “Sơ kết Nghị quyết số 12-NQ/TU…”)" }],
      output: ["Triển khai Nghị quyết số 12-NQ/TU ngày 03/9/2019 của Thành ủy.", "Sơ kết Nghị quyết số 12-NQ/TU ngày 03/9/2019 của Thành ủy về phát triển du lịch."],
    },
    { name: "unknown facts: reported without a fix", doc: ["Theo Kế hoạch số 47-KH/TU."], check, errors: [{ paragraph: 0, severity: "warning" }] },
    {
      name: "several first mentions of one paragraph lacking the same elements: one finding, the others related",
      doc: ["Theo Kế hoạch số 47-KH/TU, Kế hoạch số 48-KH/TU và Quyết định số 12-QĐ/TU."],
      check,
      errors: [{ paragraph: 0, text: "Kế hoạch số 47-KH/TU", messageIncludes: "47-KH/TU, 48-KH/TU, 12-QĐ/TU" }],
    },
    {
      name: "a short form before any full mention is the first mention, lacking its number-symbol",
      doc: ["Quán triệt Chỉ thị 27 của Bộ Chính trị.", "Chỉ thị số 27-CT/TW ngày 10/01/2019 của Bộ Chính trị về tiếp tục thực hiện."],
      check,
      errors: [{ paragraph: 0, messageIncludes: "số, ký hiệu", severity: "warning" }],
    },
    {
      name: "a short form that fits two documents is said to be ambiguous",
      doc: ["Quyết định số 12/QĐ-UBND ngày 02/3/2021 của Ủy ban nhân dân tỉnh về phân công; Quyết định số 12/QĐ-TTg ngày 05/4/2021 của Thủ tướng Chính phủ về thành lập.", "Theo Quyết định 12, các đơn vị triển khai."],
      check,
      errors: [{ paragraph: 1, text: "Quyết định 12", severity: "info", messageIncludes: "2 văn bản" }],
    },
    { name: "a bare short form never cited in full: a reminder", doc: ["Triển khai Đề án 06 trên địa bàn."], check, errors: [{ paragraph: 0, text: "Đề án 06", severity: "info" }] },
    { name: "only the summary missing: info", doc: ["Theo Kế hoạch số 47-KH/TU ngày 22/3/2017 của Tỉnh ủy."], check, errors: [{ paragraph: 0, severity: "info" }] },
  ],
});
