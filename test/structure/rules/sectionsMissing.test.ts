import { testRule } from "../../support/ruleTester";
import { sectionsMissing } from "../../../src/structure/rules/sectionsMissing";
import { loadTemplate } from "../../../src/structure/templates";

const SIX_MONTH = ["BÁO CÁO", "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021", ""];
const ORG_TEMPLATE = {
  id: "org-six-month",
  kind: "six-month",
  source: "Mẫu báo cáo của Văn phòng Thành ủy (ví dụ trong bộ kiểm thử)",
  sections: [
    { id: "results", wordings: ["kết quả"] },
    { id: "lessons", label: { vi: "Bài học kinh nghiệm", en: "Lessons" }, wordings: ["bài học"] },
  ],
};

testRule(sectionsMissing, {
  valid: [
    { name: "all three sections", doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Khó khăn, hạn chế", "III. Phương hướng, nhiệm vụ 6 tháng cuối năm"] },
    { name: "an optional section may be absent (annual: lessons)", doc: ["BÁO CÁO", "tổng kết công tác năm 2020", "", "I. Kết quả", "II. Hạn chế, khuyết điểm", "III. Phương hướng, nhiệm vụ năm 2021"] },
    { name: "no template for the kind: silent", doc: ["BÁO CÁO", "về việc khác", "", "I. Một nội dung"] },
  ],
  invalid: [
    {
      name: "six-month report without shortcomings",
      doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Phương hướng, nhiệm vụ 6 tháng cuối năm"],
      errors: [{ paragraph: 0, messageIncludes: "Hạn chế" }],
    },
    {
      name: "an organisation's own template",
      doc: [...SIX_MONTH, "I. Kết quả đạt được", "II. Phương hướng"],
      check: { resources: { template: loadTemplate(ORG_TEMPLATE) } },
      errors: [{ paragraph: 0, messageIncludes: "Bài học kinh nghiệm" }],
    },
  ],
});
