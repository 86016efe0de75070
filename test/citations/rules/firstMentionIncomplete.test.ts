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
      errors: [{ paragraph: 0, messageIncludes: "đoạn 2" }],
      output: ["Triển khai Nghị quyết số 12-NQ/TU ngày 03/9/2019 của Thành ủy.", "Sơ kết Nghị quyết số 12-NQ/TU ngày 03/9/2019 của Thành ủy về phát triển du lịch."],
    },
    { name: "unknown facts: reported without a fix", doc: ["Theo Kế hoạch số 47-KH/TU."], check, errors: [{ paragraph: 0, severity: "warning" }] },
    { name: "only the summary missing: info", doc: ["Theo Kế hoạch số 47-KH/TU ngày 22/3/2017 của Tỉnh ủy."], check, errors: [{ paragraph: 0, severity: "info" }] },
  ],
});
