import { describe, expect, it } from "vitest";
import { testRule, runRule } from "../../support/ruleTester";
import { consistencyToneStyle } from "../../../src/structure/rules/consistencyToneStyle";
import { consistencyYearRange } from "../../../src/structure/rules/consistencyYearRange";
import { consistencyMonthCount } from "../../../src/structure/rules/consistencyMonthCount";
import { consistencyUnicode } from "../../../src/structure/rules/consistencyUnicode";

describe("a variant set is one finding", () => {
  const doc = ["Thành ủy Đông Hà", "Thành uỷ chỉ đạo hoà giải.", "Ủy ban kiểm tra Thành ủy.", "Công tác hòa giải ở cơ sở."];
  const [finding] = runRule(consistencyToneStyle as never, doc);

  it("names the forms with their counts", () => {
    expect(runRule(consistencyToneStyle as never, doc)).toHaveLength(1);
    expect(finding.message.en).toContain("old placement (hòa, ủy) × 4");
    expect(finding.message.en).toContain("new placement (hoà, uỷ) × 2");
  });

  it("relates every place and offers one suggestion per form", () => {
    expect(finding.related?.map((r) => r.paragraph)).toEqual([0, 1, 1, 2, 2, 3]);
    expect(finding.suggestions.map((s) => s.label.en)).toEqual(["Use the old placement (hòa, ủy) everywhere", "Use the new placement (hoà, uỷ) everywhere"]);
    expect(finding.suggestions[0].edits.map((e) => e.text)).toEqual(["ủy", "hòa"]);
    expect(finding.suggestions[1].edits.map((e) => e.text)).toEqual(["uỷ", "Uỷ", "uỷ", "hoà"]);
  });

  it("is info unless the house style says otherwise", () => {
    expect(finding.severity).toBe("info");
  });
});

testRule(consistencyYearRange as never, {
  valid: [
    { name: "one style", doc: ["Nhiệm kỳ 2020 - 2025.", "Giai đoạn 2021 - 2025."] },
    { name: "dates and symbols are not ranges", doc: ["Số 30/2020-2021/NĐ-CP", "Giai đoạn 2021-2025."] },
  ],
  invalid: [
    {
      name: "three styles, one finding, majority first",
      doc: ["Nhiệm kỳ 2020 - 2025.", "Giai đoạn 2021-2025.", "Giai đoạn 2021 - 2030 và 2026 – 2030."],
      errors: [{ paragraph: 1, text: "2021-2025", messageIncludes: "“2021 - 2025” × 2" }],
      output: ["Nhiệm kỳ 2020 - 2025.", "Giai đoạn 2021 - 2025.", "Giai đoạn 2021 - 2030 và 2026 - 2030."],
    },
    {
      name: "house style en dash",
      doc: ["Nhiệm kỳ 2020 - 2025."],
      options: { preferred: " – " },
      errors: [{ paragraph: 0, text: "2020 - 2025" }],
      output: ["Nhiệm kỳ 2020 – 2025."],
    },
  ],
});

testRule(consistencyMonthCount as never, {
  valid: [
    { name: "plain only", doc: ["Kết quả 6 tháng đầu năm.", "Nhiệm vụ 6 tháng cuối năm."] },
    { name: "a date is not a count of months", doc: ["Ngày 05 tháng 7 năm 2021, kết quả 6 tháng đầu năm."] },
    { name: "the month of a date", doc: ["Tháng 06 năm 2021 và 6 tháng đầu năm."] },
  ],
  invalid: [
    {
      name: "6 and 06 tháng",
      doc: ["Kết quả 6 tháng đầu năm.", "Nhiệm vụ 6 tháng cuối năm.", "So với 06 tháng cùng kỳ."],
      errors: [{ paragraph: 2, text: "06", severity: "info" }],
      output: ["Kết quả 6 tháng đầu năm.", "Nhiệm vụ 6 tháng cuối năm.", "So với 6 tháng cùng kỳ."],
    },
  ],
});

testRule(consistencyUnicode as never, {
  valid: [{ doc: ["Đảng bộ thành phố."] }],
  invalid: [
    {
      name: "decomposed words in many paragraphs: one finding for the document",
      doc: ["Cấp ủy đảng".normalize("NFD"), "Thành phố", "Hội đồng nhân dân".normalize("NFD")],
      errors: [{ paragraph: 0, messageIncludes: "7 từ có dấu gõ tách rời khỏi chữ" }],
      output: ["Cấp ủy đảng", "Thành phố", "Hội đồng nhân dân"],
    },
  ],
});

describe("one habit, one finding", () => {
  it("abbreviations not spelled out are listed in one finding, each first use related", async () => {
    const { consistencyAbbreviation } = await import("../../../src/structure/rules/consistencyAbbreviation");
    const findings = runRule(consistencyAbbreviation as never, ["Công tác BQLDA được đẩy mạnh.", "Các HTXNN được củng cố.", "Tiếp tục BQLDA."]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message.en).toContain("BQLDA, HTXNN");
    expect(findings[0].related?.map((r) => r.paragraph)).toEqual([1]);
  });

  it("decimal points are one finding with one fix for all", async () => {
    const { consistencyDecimal } = await import("../../../src/structure/rules/consistencyDecimalPoint");
    const [finding, ...rest] = runRule(consistencyDecimal as never, ["Đạt 95.5% kế hoạch.", "Tăng 12.4% so với cùng kỳ."]);
    expect(rest).toEqual([]);
    expect(finding.suggestions[0].edits.map((e) => e.text)).toEqual(["95,5", "12,4"]);
  });
});
