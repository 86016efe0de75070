import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { IndicatorDataError } from "../../src/indicators/errors";
import { detectLayout, importCsv, importXlsx } from "../../src/indicators/spreadsheet";
import { nameSimilarity, normalizeIndicatorName } from "../../src/indicators/match";
import { parsePeriod } from "../../src/indicators/periods";
import {
  addValues,
  confirmMatch,
  emptyStore,
  findConflict,
  findValue,
  importReport,
  resolveConflict,
  TYPED_SOURCE,
  matchCandidates,
  parseStore,
  serializeStore,
} from "../../src/indicators/store";

const csv = (text: string) => new TextEncoder().encode(text);

async function workbook(rows: (string | number | null)[][], sheet = "Số liệu"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("name matching", () => {
  it("folds diacritics, case, punctuation and old/new tone placement", () => {
    expect(normalizeIndicatorName("Tổng mức bán lẻ hàng hoá (và) doanh thu dịch vụ")).toBe(normalizeIndicatorName("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"));
  });
  it("expands abbreviations from the data table", () => {
    expect(normalizeIndicatorName("Thu NSNN trên địa bàn")).toBe("thu ngan sach nha nuoc tren dia ban");
    expect(normalizeIndicatorName("Giá trị SX CN-TTCN")).toContain("cong nghiep tieu thu cong nghiep");
    expect(nameSimilarity("Đạt 51,6% KH", "đạt 51,6% kế hoạch")).toBe(1);
  });
  it("scores related names between 0 and 1", () => {
    const close = nameSimilarity("Giá trị sản xuất công nghiệp trên địa bàn", "Giá trị sản xuất công nghiệp");
    expect(close).toBeGreaterThan(0.7);
    expect(close).toBeLessThan(1);
    expect(nameSimilarity("Tổng chi ngân sách", "Sản lượng lúa")).toBe(0);
  });
});

describe("prior-period store", () => {
  const base = addValues(emptyStore(), [
    { name: "Thu ngân sách nhà nước trên địa bàn", unit: "triệu đồng", period: "6 tháng đầu năm 2020", kind: "actual", value: 40000, source: { file: "a.csv", row: 2, text: "…" } },
    { name: "Tổng chi ngân sách địa phương", unit: "tỷ đồng", period: "06 tháng năm 2020", kind: "actual", value: 190, source: { file: "a.csv", row: 3, text: "…" } },
  ]).store;

  it("normalises periods and units on the way in", () => {
    expect(base.values.map((v) => v.period)).toEqual(["6 tháng đầu năm 2020", "6 tháng đầu năm 2020"]);
  });

  it("finds a value through an abbreviated name, converting units", () => {
    const found = findValue(base, { name: "Thu NSNN trên địa bàn", unit: "tỷ đồng", period: parsePeriod("6 tháng đầu năm 2020")!, kind: "actual" });
    expect(found).toMatchObject({ value: 40, stored: { source: { file: "a.csv", row: 2 } } });
  });

  it("offers candidates and remembers the user's choice", () => {
    const candidates = matchCandidates(base, "Chi ngân sách", { minScore: 0.3 });
    expect(candidates[0]).toMatchObject({ name: "Tổng chi ngân sách địa phương", confirmed: false });
    expect(candidates[0].score).toBeLessThan(0.75);
    const period = parsePeriod("6 tháng đầu năm 2020")!;
    expect(findValue(base, { name: "Chi ngân sách", unit: "tỷ đồng", period, kind: "actual" })).toBeNull();
    const confirmed = confirmMatch(base, "Chi ngân sách", candidates[0].key);
    expect(matchCandidates(confirmed, "Chi ngân sách")[0]).toMatchObject({ score: 1, confirmed: true });
    expect(findValue(confirmed, { name: "Chi ngân sách", unit: "tỷ đồng", period, kind: "actual" })?.value).toBe(190);
  });

  it("updates a value from the same source (a corrected file) and counts what it did", () => {
    const result = addValues(base, [{ ...base.values[1], value: 191 }, { ...base.values[0] }]);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 1, conflicts: [] });
    expect(result.store.values.map((v) => v.value)).toEqual([40000, 191]);
  });

  it("keeps two sources that disagree apart until the user picks, and uses neither meanwhile", () => {
    const period = parsePeriod("6 tháng đầu năm 2020")!;
    const query = { name: "Tổng chi ngân sách địa phương", unit: "tỷ đồng", period, kind: "actual" as const };
    const other = { ...base.values[1], value: 185_000, unit: "triệu đồng", source: { file: "b.xlsx", sheet: "TK", row: 7, text: "…" } };
    const result = addValues(base, [other, { ...other }]);
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 0 });
    expect(result.conflicts).toHaveLength(1);
    expect(result.store.conflicts).toHaveLength(1);
    expect(result.store.values.map((v) => v.value)).toEqual([40000, 190]);
    expect(findValue(result.store, query)).toBeNull();
    expect(findConflict(result.store, query)).toMatchObject({ stored: { value: 190 }, incoming: { value: 185_000, source: { file: "b.xlsx" } } });
    // Importing the same disagreement again shows it again but stores it once.
    const again = addValues(result.store, [other]);
    expect(again.conflicts).toEqual([result.store.conflicts![0]]);
    expect(again.store.conflicts).toHaveLength(1);

    const keepOld = resolveConflict(result.store, result.conflicts[0], "stored");
    expect(findValue(keepOld, query)?.value).toBe(190);
    const takeNew = resolveConflict(result.store, result.conflicts[0], "incoming");
    expect(findValue(takeNew, query)).toMatchObject({ value: 185, stored: { source: { file: "b.xlsx" } } });
    expect(takeNew.conflicts).toEqual([]);
    expect(parseStore(serializeStore(result.store))).toEqual(result.store);
  });

  it("treats two different figures for one slot in one source as a conflict, and a typed value as the user's word", () => {
    const twice = addValues(emptyStore(), [
      { ...base.values[1], source: { file: "bc.docx", paragraph: 3, text: "…" } },
      { ...base.values[1], value: 200, source: { file: "bc.docx", paragraph: 40, text: "…" } },
    ]);
    expect(twice).toMatchObject({ added: 1, updated: 0 });
    expect(twice.conflicts).toHaveLength(1);
    const typed = addValues(twice.store, [{ ...base.values[1], value: 195, source: { file: TYPED_SOURCE, text: "…" } }]);
    expect(typed).toMatchObject({ updated: 1, conflicts: [] });
    expect(typed.store.conflicts).toEqual([]);
  });

  it("round-trips through JSON and rejects anything else", () => {
    expect(parseStore(serializeStore(base))).toEqual(base);
    expect(() => parseStore("{")).toThrow(IndicatorDataError);
    expect(() => parseStore(JSON.stringify({ format: "other" }))).toThrow(/not a Soạn Chuẩn indicator data file/);
    const broken = JSON.parse(serializeStore(base));
    broken.values[0].period = "hôm qua";
    expect(() => parseStore(JSON.stringify(broken))).toThrow(/value #1 is malformed/);
  });

  it("imports a prior report through the extractor, with provenance", () => {
    const snapshot = snapshotFromLines(
      ["Doanh thu dịch vụ 6 tháng đầu năm 2020 đạt 400 tỷ đồng, tăng 5% so với cùng kỳ."],
      "bao-cao-2020.txt",
    );
    const { store, added } = importReport(emptyStore(), snapshot);
    expect(added).toBe(1);
    expect(store.values[0]).toMatchObject({ name: "Doanh thu dịch vụ", period: "6 tháng đầu năm 2020", value: 400, source: { file: "bao-cao-2020.txt", paragraph: 0 } });
  });

  it("refuses a report without indicators and leaves the store unchanged", () => {
    const before = serializeStore(base);
    expect(() => importReport(base, snapshotFromLines(["Công tác cải cách hành chính được đẩy mạnh."], "x.txt"))).toThrow(
      expect.objectContaining({ code: "no-indicators" }),
    );
    expect(serializeStore(base)).toBe(before);
  });
});

describe("CSV import", () => {
  it("reads the documented long layout with ';' and Vietnamese numbers", () => {
    const { store } = importCsv(
      emptyStore(),
      csv("\uFEFFChỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại\nTổng mức bán lẻ;tỷ đồng;6 tháng đầu năm 2020;15.654;thực hiện\nTổng mức bán lẻ;tỷ đồng;năm 2021;34.093;kế hoạch\nMục lục;;;;\n"),
      "tk.csv",
    );
    expect(store.values.map((v) => [v.name, v.period, v.kind, v.value, v.source.row])).toEqual([
      ["Tổng mức bán lẻ", "6 tháng đầu năm 2020", "actual", 15654, 2],
      ["Tổng mức bán lẻ", "năm 2021", "plan", 34093, 3],
    ]);
  });

  it("reads a wide layout with quoted comma decimals", () => {
    const { store } = importCsv(emptyStore(), csv('TT,Chỉ tiêu,ĐVT,Thực hiện 6 tháng đầu năm 2020,Kế hoạch năm 2021\n1,Giá trị sản xuất công nghiệp,tỷ đồng,"514,823",-\n'), "w.csv");
    expect(store.values).toEqual([
      expect.objectContaining({ name: "Giá trị sản xuất công nghiệp", period: "6 tháng đầu năm 2020", kind: "actual", value: 514.823 }),
    ]);
  });

  it("uses an explicit mapping for another layout", () => {
    const { store } = importCsv(emptyStore(), csv("a,b,c\nDoanh thu,tỷ đồng,12\n"), "m.csv", { headerRow: 0, name: 0, unit: 1, value: 2, defaultPeriod: "năm 2020" });
    expect(store.values[0]).toMatchObject({ name: "Doanh thu", period: "năm 2020", value: 12 });
  });

  it("names the bad cell and leaves the store unchanged", () => {
    const before = emptyStore();
    expect(() => importCsv(before, csv("Chỉ tiêu;Kỳ;Giá trị\nA;năm 2020;12\nB;năm 2020;mười hai\n"), "bad.csv")).toThrow(
      expect.objectContaining({ code: "bad-value", localized: expect.objectContaining({ vi: expect.stringContaining("dòng 3, cột 3") }) }),
    );
    expect(before.values).toEqual([]);
  });

  it("explains an unrecognised layout in both languages", () => {
    expect(() => importCsv(emptyStore(), csv("x;y\n1;2\n"), "odd.csv")).toThrow(
      expect.objectContaining({ code: "unexpected-layout", localized: { vi: expect.stringContaining("Không nhận ra bố cục"), en: expect.stringContaining("not recognised") } }),
    );
  });
});

describe("CSV import row by row", () => {
  const row = (i: number) => `Chỉ tiêu ${i};tỷ đồng;năm 2020;${i}`;

  it("finds the header below a title and blank lines, and reads the rows before and after the tenth", () => {
    const text = `BIỂU SỐ LIỆU\n\n;;;\nChỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${Array.from({ length: 25 }, (_, i) => row(i + 1)).join("\n")}\n`;
    const { store } = importCsv(emptyStore(), csv(text), "t.csv");
    expect(store.values.map((v) => v.value)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(store.values[0].source).toEqual({ file: "t.csv", row: 5, text: "Chỉ tiêu 1 | tỷ đồng | năm 2020 | 1" });
  });

  it("reads a file shorter than the rows the header is looked for in", () => {
    expect(importCsv(emptyStore(), csv(`Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${row(1)}`), "s.csv").added).toBe(1);
  });

  it("an empty or blank file has no values; a file with content but no header is an unrecognised layout", () => {
    for (const text of ["", "\n\n", ";;;\n ; ; \n"]) expect(() => importCsv(emptyStore(), csv(text), "e.csv")).toThrow(expect.objectContaining({ code: "empty-source" }));
    const late = `${"\n".repeat(12)}x;y\n1;2\n`;
    expect(() => importCsv(emptyStore(), csv(late), "l.csv")).toThrow(expect.objectContaining({ code: "unexpected-layout" }));
    const headerOnly = "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n";
    expect(() => importCsv(emptyStore(), csv(headerOnly), "h.csv")).toThrow(expect.objectContaining({ code: "empty-source" }));
  });

  it("follows an explicit mapping whose header is below the rows a layout is looked for in", () => {
    const text = `${"ghi chú\n".repeat(14)}a;b;c\n${Array.from({ length: 3 }, (_, i) => `Doanh thu ${i};tỷ đồng;${i}`).join("\n")}\n`;
    const { store } = importCsv(emptyStore(), csv(text), "m.csv", { headerRow: 14, name: 0, unit: 1, value: 2, defaultPeriod: "năm 2020" });
    expect(store.values.map((v) => [v.name, v.value, v.source.row])).toEqual([["Doanh thu 0", 0, 16], ["Doanh thu 1", 1, 17], ["Doanh thu 2", 2, 18]]);
  });

  it("names the row of an unclosed quote and of a bad cell past the first rows", () => {
    const quote = `Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${row(1)}\n"Chỉ tiêu 2;tỷ đồng;năm 2020;2\n${row(3)}\n`;
    expect(() => importCsv(emptyStore(), csv(quote), "q.csv")).toThrow(
      expect.objectContaining({ code: "corrupt-spreadsheet", localized: expect.objectContaining({ vi: expect.stringContaining("dòng 3"), en: expect.stringContaining("unclosed quote (row 3)") }) }),
    );
    const bad = `Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${Array.from({ length: 20 }, (_, i) => row(i + 1)).join("\n")}\nX;tỷ đồng;năm 2020;nhiều\n`;
    expect(() => importCsv(emptyStore(), csv(bad), "b.csv")).toThrow(expect.objectContaining({ code: "bad-value", localized: expect.objectContaining({ en: expect.stringContaining("row 22, column 4") }) }));
  });

  it("guesses the delimiter from the lines that hold one: a title above, comma decimals in the cells", () => {
    const cases: [string, string][] = [
      ["Biểu 01, năm 2020\nChỉ tiêu;Đơn vị tính;Kỳ;Giá trị\nA, B và C;tỷ đồng;năm 2020;1,5\nD;%;năm 2020;2,25\n", "A, B và C"],
      ["Chỉ tiêu\tĐơn vị tính\tKỳ\tGiá trị\nA, B\ttỷ đồng\tnăm 2020\t1,5\n", "A, B"],
      ['BIỂU SỐ LIỆU\nChỉ tiêu,Đơn vị tính,Kỳ,Giá trị\nA;B,tỷ đồng,năm 2020,"1,5"\n', "A;B"],
    ];
    for (const [text, name] of cases) expect(importCsv(emptyStore(), csv(text), "d.csv").store.values[0]).toMatchObject({ name, value: 1.5 });
  });

  it("keeps one string per unit spelling, however many rows spell it", () => {
    const { store } = importCsv(emptyStore(), csv(`Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${row(1)}\n${row(2)}\n`), "u.csv");
    expect(store.values[0].unit).toBe("tỷ đồng");
    expect(store.values[0].unit).toBe(store.values[1].unit);
  });
});

describe("XLSX import", () => {
  it("reads a workbook generated with exceljs, numeric and text cells alike", async () => {
    const bytes = await workbook([
      ["BẢNG SỐ LIỆU THỐNG KÊ"],
      [],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 6 tháng đầu năm 2020", "Kế hoạch năm 2021"],
      [1, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", 15654, 34093],
      [2, "Giá trị sản xuất CN-TTCN", "tỷ đồng", "514,823", null],
    ]);
    const { store, added } = await importXlsx(emptyStore(), bytes, "thong-ke.xlsx");
    expect(added).toBe(3);
    expect(store.values.map((v) => [v.name, v.period, v.kind, v.value, v.source.sheet, v.source.row])).toEqual([
      ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "6 tháng đầu năm 2020", "actual", 15654, "Số liệu", 4],
      ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "năm 2021", "plan", 34093, "Số liệu", 4],
      ["Giá trị sản xuất CN-TTCN", "6 tháng đầu năm 2020", "actual", 514.823, "Số liệu", 5],
    ]);
  });

  it("detects the header row below a title", async () => {
    const layout = detectLayout([["Tiêu đề"], ["Chỉ tiêu", "ĐVT", "Kỳ", "Giá trị"]]);
    expect(layout).toMatchObject({ headerRow: 1, mapping: { name: 0, unit: 1, period: 2, value: 3 } });
  });

  it("rejects corrupt bytes with a clear error and leaves the store unchanged", async () => {
    const before = addValues(emptyStore(), [{ name: "A", unit: null, period: "năm 2020", kind: "actual", value: 1, source: { file: "t", text: "" } }]).store;
    const snapshot = serializeStore(before);
    await expect(importXlsx(before, csv("this is not a zip file"), "hong.xlsx")).rejects.toMatchObject({
      code: "corrupt-spreadsheet",
      localized: { vi: expect.stringContaining("không phải tệp Excel"), en: expect.stringContaining("not a valid Excel") },
    });
    expect(serializeStore(before)).toBe(snapshot);
  });

  it("rejects an unexpected workbook layout", async () => {
    const bytes = await workbook([["Họ tên", "Tuổi"], ["A", 3]]);
    await expect(importXlsx(emptyStore(), bytes, "la.xlsx")).rejects.toMatchObject({ code: "unexpected-layout" });
  });
});
