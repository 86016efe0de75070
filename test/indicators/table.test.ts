import { describe, expect, it } from "vitest";
import { normalizeParagraph } from "../../src/text/normalize";
import { extractIndicators } from "../../src/indicators/extract";
import { addValues, emptyStore } from "../../src/indicators/store";
import { buildComparisonTable } from "../../src/indicators/table";

const store = addValues(emptyStore(), [
  { name: "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ", unit: "tỷ đồng", period: "năm 2021", kind: "plan", value: 34093, source: { file: "kh-2021.xlsx", sheet: "KH", row: 4, text: "…" } },
  { name: "Thu NSNN trên địa bàn", unit: "triệu đồng", period: "6 tháng đầu năm 2020", kind: "actual", value: 40000, source: { file: "bc-2020.docx", paragraph: 12, text: "…" } },
  { name: "Thu NSNN trên địa bàn", unit: "triệu đồng", period: "6 tháng đầu năm 2021", kind: "actual", value: 44500, source: { file: "tk-2021.csv", row: 2, text: "…" } },
]).store;

describe("buildComparisonTable", () => {
  const [retail] = extractIndicators(
    [
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng đầu năm 2021 ước thực hiện 17.592 tỷ đồng, đạt 51,6% kế hoạch năm và tăng 12,4% so với cùng kỳ năm trước[footnoteRef:2]. [2:  Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng năm 2020 đạt 15.654 tỷ đồng]",
    ].map(normalizeParagraph),
    [],
  );
  const table = buildComparisonTable({
    period: "6 tháng đầu năm 2021",
    store,
    currentFile: "bc-2021.docx",
    rows: [{ name: retail.name, unit: retail.unit, record: retail }, { name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng" }, { name: "Sản lượng lúa", unit: "tấn" }],
  });

  it("has the Vietnamese statistical header with the periods", () => {
    expect(table.headerRows[0].map((c) => c.text)).toEqual([
      "TT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Thực hiện cùng kỳ 6 tháng đầu năm 2020",
      "Thực hiện 6 tháng đầu năm 2021",
      "So sánh (%)",
      "Kế hoạch năm 2021",
      "% KH",
    ]);
    expect(table.headerRows[1].map((c) => c.text)).toEqual(["A", "B", "C", "1", "2", "3 = 2/1", "4", "5 = 2/4"]);
  });

  it("fills a row from the report, its footnote and the plan in the store", () => {
    expect(table.rows[0].map((c) => c.text)).toEqual(["1", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", "15.654", "17.592", "112,4", "34.093", "51,6"]);
    expect(table.rows[0].slice(3).every((c) => c.align === "right")).toBe(true);
    expect(table.rows[0][3].sources?.[0]).toMatchObject({ file: "bc-2021.docx", footnote: "2" });
    expect(table.rows[0][6].sources?.[0]).toMatchObject({ file: "kh-2021.xlsx", sheet: "KH", row: 4 });
  });

  it("fills a row from the store alone, converting units", () => {
    expect(table.rows[1].map((c) => c.text)).toEqual(["2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "40", "44,5", "111,3", "—", "—"]);
  });

  it("shows missing values as missing, never as zero", () => {
    const row = table.rows[2];
    expect(row.slice(3).map((c) => c.text)).toEqual(["—", "—", "—", "—", "—"]);
    expect(row.slice(3).every((c) => c.missing === true)).toBe(true);
  });

  it("says why each empty cell is empty, in the cell and in a note under the table", () => {
    const row = table.rows[2];
    expect(row[3].reason?.vi).toBe("chưa có số liệu cùng kỳ 6 tháng đầu năm 2020");
    expect(row[6].reason?.vi).toBe("chưa có kế hoạch năm 2021");
    expect(table.notes).toContain("(2) Hàng 3 (Sản lượng lúa): chưa có số liệu cùng kỳ 6 tháng đầu năm 2020; chưa có số liệu 6 tháng đầu năm 2021; thiếu số liệu để so sánh; chưa có kế hoạch năm 2021; chỉ tính % KH khi có kế hoạch trong hàng.");
    expect(table.missingCells).toBeGreaterThanOrEqual(5);
  });

  it("computes % KH only from the plan shown in the row, never from the share the report states", () => {
    const [stated] = extractIndicators(["Giá trị sản xuất công nghiệp 6 tháng đầu năm 2021 ước thực hiện 560 tỷ đồng, đạt 49% kế hoạch năm."].map(normalizeParagraph), []);
    const alone = buildComparisonTable({ period: "6 tháng đầu năm 2021", store, rows: [{ name: stated.name, unit: stated.unit, record: stated }] });
    const [, , , , current, , plan, planShare] = alone.rows[0];
    expect(current.text).toBe("560");
    expect(plan.missing).toBe(true);
    expect(planShare).toMatchObject({ missing: true, reason: { vi: "chỉ tính % KH khi có kế hoạch trong hàng" } });
    expect(table.rows[0][7].text).toBe("51,6");
  });

  it("writes a source note naming every file used", () => {
    expect(table.sourceNote).toContain("bc-2021.docx");
    expect(table.sourceNote).toContain("bc-2020.docx");
    expect(table.sourceNote).toContain("kh-2021.xlsx");
    expect(table.sourceNote).toContain("Nguồn số liệu:");
    expect(table.sourceNote).toContain('"—" là chưa có số liệu');
  });

  it("leaves a figure two sources disagree on out, saying so with both values", () => {
    const disputed = addValues(store, [
      { name: "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ", unit: "tỷ đồng", period: "năm 2021", kind: "plan", value: 34000, source: { file: "kh-tinh.csv", row: 2, text: "…" } },
    ]).store;
    const withConflict = buildComparisonTable({ period: "6 tháng đầu năm 2021", store: disputed, rows: [{ name: retail.name, unit: retail.unit, record: retail }] });
    expect(withConflict.rows[0][6]).toMatchObject({ missing: true });
    expect(withConflict.rows[0][7]).toMatchObject({ missing: true });
    expect(withConflict.notes[0]).toContain("hai nguồn số liệu năm 2021 khác nhau, chưa chọn: 34.093 tỷ đồng (kh-2021.xlsx) và 34.000 tỷ đồng (kh-tinh.csv)");
  });
});
