import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/document/snapshot";
import { extractIndicators } from "../../src/indicators/extract";
import { normalizeParagraph } from "../../src/text/normalize";

const extract = (lines: string[], snapshot?: Snapshot) =>
  extractIndicators(lines.map(normalizeParagraph), [], snapshot?.paragraphs);

describe("extractIndicators — sentences", () => {
  it("reads name, period, qualifier, value, unit, plan share and change", () => {
    const [r] = extract([
      "Doanh thu du lịch 9 tháng năm 2022 ước thực hiện 1.250,5 tỷ đồng, đạt 80,2% kế hoạch năm và tăng 15,3% so với cùng kỳ năm trước.",
    ]);
    expect(r).toMatchObject({
      name: "Doanh thu du lịch",
      period: "9 tháng đầu năm 2022",
      qualifier: "ước thực hiện",
      value: 1250.5,
      unit: "tỷ đồng",
      planPct: 80.2,
      planBasis: "kế hoạch năm",
      changePct: 15.3,
      footnote: null,
    });
    expect(r.text.startsWith("Doanh thu du lịch")).toBe(true);
  });

  it("reads plan bases (dự toán, KH tỉnh giao) and decreases", () => {
    const records = extract([
      "Năm 2021: Thu ngân sách trên địa bàn thực hiện 372,5 tỷ đồng, đạt 80,64% KH tỉnh giao; chi ngân sách đạt 5.100 triệu đồng, bằng 38,1% dự toán, giảm 3,2% so với cùng kỳ.",
    ]);
    expect(records.map((r) => [r.name, r.period, r.planPct, r.planBasis, r.changePct])).toEqual([
      ["Thu ngân sách trên địa bàn", "năm 2021", 80.64, "KH tỉnh giao", null],
      ["chi ngân sách", "năm 2021", 38.1, "dự toán", -3.2],
    ]);
  });

  it("reads a share with its fraction", () => {
    const [r] = extract(["Quý I/2021, điều tra làm rõ 40/43 vụ (93%)."]);
    expect(r).toMatchObject({ name: "điều tra làm rõ", period: "quý I/2021", value: 40, unit: "vụ", share: { numerator: 40, denominator: 43, pct: 93 } });
  });

  it("reads the count noun after a fraction even when the unit list does not know it", () => {
    const records = extract([
      "Đến ngày 15/11/2025, đã cập nhật đầy đủ thông tin 8.056/8.203 tàu cá, đạt tỷ lệ 98,2%; Ban Quản lý đã cấp 312/340 giấy phép (chiếm 91,8%).",
    ]);
    expect(records.map((r) => [r.kind, r.value, r.unit, r.share?.denominator, r.share?.pct])).toEqual([
      ["share", 8056, "tàu cá", 8203, 98.2],
      ["share", 312, "giấy phép", 340, 91.8],
    ]);
  });

  it("adds the amount of a change in percent restated in brackets, and only there", () => {
    const [complaints, retail, other] = extract([
      "Tình hình đơn thư tiếp nhận tăng 85% số đơn và 97% số vụ việc (tăng 90 đơn và 90 vụ việc) so với cùng kỳ năm 2020.",
      "Doanh thu bán lẻ 6 tháng đầu năm 2021 đạt 17.592 tỷ đồng, tăng 12,4% (tăng 1.938 tỷ đồng) so với cùng kỳ.",
      "Số vụ tai nạn giao thông 6 tháng đầu năm 2021 là 40 vụ, giảm 20% so với cùng kỳ, số người bị thương tăng 5 người.",
    ]);
    expect(complaints).toMatchObject({ changePct: 85, changeAmount: 90, unit: "đơn" });
    expect(retail).toMatchObject({ value: 17592, changePct: 12.4, changeAmount: 1938, unit: "tỷ đồng" });
    expect(other).toMatchObject({ value: 40, changePct: -20 });
    expect(other.changeAmount ?? null).toBeNull();
  });

  it("names a rank after a comma by its sentence's subject", () => {
    const records = extract([
      "Điểm cải cách hành chính năm 2020 được UBND tỉnh xếp loại tốt, đứng 3/10 huyện, thị xã, thành phố.",
      "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 tiếp tục cải thiện, xếp thứ 20/63 tỉnh, thành phố.",
      "Năm 2020, đứng thứ 3 toàn tỉnh.",
    ]);
    expect(records.map((r) => [r.name, r.period, r.rank])).toEqual([
      ["Điểm cải cách hành chính", "năm 2020", { position: 3, of: 10 }],
      ["Chỉ số năng lực cạnh tranh cấp tỉnh", "năm 2023", { position: 20, of: 63 }],
    ]);
  });

  it("reads an absolute change with the figures it compares", () => {
    const [r] = extract(["6 tháng đầu năm 2021, tiếp nhận 71 đơn, so với cùng kỳ năm trước giảm 3 đơn (71/74 đơn)."]);
    expect(r).toMatchObject({ name: "Số đơn tiếp nhận", value: 71, unit: "đơn", changeAmount: -3, priorValue: 74, priorPeriod: "6 tháng đầu năm 2020" });
    expect(r.priorSource?.text).toBe("(71/74 đơn)");
  });

  it("inherits the period from earlier in the paragraph and the year from the comparison", () => {
    const records = extract([
      "Sáu tháng đầu năm, kinh tế phục hồi. Giá trị sản xuất nông nghiệp ước thực hiện 120,4 tỷ đồng, tăng 2,1% so với cùng kỳ năm 2020.",
    ]);
    expect(records[0].period).toBe("6 tháng đầu năm 2021");
  });

  it("inherits the year from the title block", () => {
    const records = extract([
      "BÁO CÁO",
      "tình hình kinh tế - xã hội 6 tháng đầu năm 2023",
      "Sản lượng lương thực đạt 2.063,37 tấn.",
    ]);
    expect(records[0]).toMatchObject({ name: "Sản lượng lương thực", period: "6 tháng đầu năm 2023", value: 2063.37, unit: "tấn" });
  });

  it("reports offsets in the original text when the source has decomposed tone marks", () => {
    const line = "Tổng thu ngân sách ước thực hiện 151.024 triệu đồng.".normalize("NFD");
    const [r] = extract(["năm 2021", line]);
    expect(r.text).toBe(line.slice(r.start, r.end));
    expect(line.slice(r.stated!.value!.start, r.stated!.value!.end)).toBe("151.024");
  });

  it("ignores counts in parenthesised breakdowns and prose without figures", () => {
    const records = extract(["Năm 2021 tiếp nhận 71 đơn (01 đơn khiếu nại, 70 đơn KNPA). Công tác cải cách hành chính được đẩy mạnh."]);
    expect(records.map((r) => r.value)).toEqual([71]);
  });
});

describe("extractIndicators — footnotes", () => {
  it("links an inline footnote body giving the prior-period figure", () => {
    const [main, note] = extract([
      "Doanh thu dịch vụ 6 tháng đầu năm 2021 đạt 500 tỷ đồng, tăng 25% so với cùng kỳ[footnoteRef:4]. [4:  Doanh thu dịch vụ 6 tháng đầu năm 2020 đạt 400 tỷ đồng]",
    ]);
    expect(main).toMatchObject({ value: 500, priorValue: 400, priorPeriod: "6 tháng đầu năm 2020", footnote: null });
    expect(main.priorSource).toMatchObject({ paragraph: 0, footnote: "4" });
    expect(note).toMatchObject({ value: 400, footnote: "4", period: "6 tháng đầu năm 2020" });
  });

  it("links <sup> footnotes and converts units", () => {
    const [main] = extract([
      "Thu NSNN năm 2021 đạt 44,5 tỷ đồng, tăng 11,25% so với cùng kỳ<sup>3</sup>.",
      "<sup>3</sup> Thu ngân sách nhà nước năm 2020 đạt 40.000 triệu đồng",
    ]);
    expect(main).toMatchObject({ priorValue: 40, unit: "tỷ đồng", priorPeriod: "năm 2020" });
  });

  it("links Word footnotes (footnoteRefs / footnoteId)", () => {
    const lines = ["Doanh thu dịch vụ năm 2021 đạt 500 tỷ đồng, tăng 25% so với cùng kỳ.", "Doanh thu dịch vụ năm 2020 đạt 400 tỷ đồng"];
    const snapshot: Snapshot = {
      source: "word",
      paragraphs: [
        { index: 0, text: lines[0], footnoteRefs: [{ id: "7", offset: lines[0].length - 1 }] },
        { index: 1, text: lines[1], footnoteId: "7" },
      ],
    };
    const [main] = extract(lines, snapshot);
    expect(main).toMatchObject({ priorValue: 400, priorSource: { paragraph: 1, footnote: "7" } });
  });

  it("does not take a footnote breakdown of the same period as the prior value", () => {
    const [main] = extract([
      "Tổng thu ngân sách năm 2021 đạt 500 tỷ đồng<sup>1</sup>.",
      "<sup>1</sup> Trong đó tổng thu ngân sách từ thuế đạt 300 tỷ đồng",
    ]);
    expect(main.priorValue).toBeNull();
  });
});
