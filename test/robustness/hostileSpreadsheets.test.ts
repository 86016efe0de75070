/**
 * Crafted spreadsheets that used to exhaust memory or run for minutes, generated here: each is
 * refused with a message naming the file, or read in proportion to what it stores.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { emptyStore, importCsv, importXlsx, IndicatorDataError, parseXlsx } from "../../src/indicators";
import { MAX_SHEET_CELLS } from "../../src/indicators/xlsxReader";
import { buildXlsx, numberCell, textCell } from "../support/xlsxBuilder";

async function refusal(promise: Promise<unknown>, file: string): Promise<IndicatorDataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IndicatorDataError);
  const refused = error as IndicatorDataError;
  expect(refused.localized.vi).toContain(`"${file}"`);
  expect(refused.localized.en).toContain(`"${file}"`);
  return refused;
}

const header = `<row r="1">${textCell("A1", "Chỉ tiêu")}${textCell("B1", "Đơn vị tính")}${textCell("C1", "Kỳ")}${textCell("D1", "Giá trị")}</row>`;
const dataRow = (r: number, value: number | string = 372.5) =>
  `<row r="${r}">${textCell(`A${r}`, "Thu ngân sách")}${textCell(`B${r}`, "tỷ đồng")}${textCell(`C${r}`, "6 tháng đầu năm 2020")}${numberCell(`D${r}`, value)}</row>`;

describe(".xlsx files built to exhaust the reader", () => {
  it("a merge over A5:XFD1048576 is not expanded (the file is 1 KB)", async () => {
    const bytes = buildXlsx(header + dataRow(2), { extra: '<mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>' });
    expect(bytes.length).toBeLessThan(2048);
    const { added } = await importXlsx(emptyStore(), bytes, "merge.xlsx");
    expect(added).toBe(1);
  });

  it("one cell at row 1,048,576 is read as one far row, not a grid", async () => {
    const [sheet] = parseXlsx(buildXlsx(header + dataRow(2) + `<row r="1048576">${numberCell("XFD1048576", 1)}</row>`), "far.xlsx");
    expect(sheet.rows.length).toBe(1_048_576);
    expect(sheet.rows[1_048_575].length).toBe(16_384);
    const { added } = await importXlsx(emptyStore(), buildXlsx(header + dataRow(2) + `<row r="1048576">${numberCell("B1048576", 1)}</row>`), "far.xlsx");
    expect(added).toBe(1);
  });

  it("far cells in many rows are refused once the sheet would hold too many cells", async () => {
    const rows = Array.from({ length: Math.ceil(MAX_SHEET_CELLS / 16_384) + 1 }, (_, i) => `<row r="${i + 2}">${numberCell(`XFD${i + 2}`, 1)}</row>`).join("");
    const error = await refusal(importXlsx(emptyStore(), buildXlsx(header + rows), "sparse.xlsx"), "sparse.xlsx");
    expect(error.localized.en).toMatch(/damaged or too large.*cells/);
  });

  it("a shared-strings bomb (a few KB that inflate past the part limit) is refused", async () => {
    const bytes = buildXlsx(header, { sharedStrings: `<si><t>${"A".repeat(70 * 1024 * 1024)}</t></si>` });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const error = await refusal(importXlsx(emptyStore(), bytes, "sst.xlsx"), "sst.xlsx");
    expect(error.localized.en).toMatch(/too large/);
  });

  it("a whitespace bomb in the sheet is refused before it is inflated", async () => {
    const bytes = buildXlsx(header + " ".repeat(70 * 1024 * 1024));
    const error = await refusal(importXlsx(emptyStore(), bytes, "blank.xlsx"), "blank.xlsx");
    expect(error.localized.en).toMatch(/too large/);
  });

  it("a document type declaration (entity expansion) is refused", async () => {
    const files = {
      "xl/workbook.xml": strToU8('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><workbook><sheets><sheet name="&a;" r:id="rId1"/></sheets></workbook>'),
    };
    const error = await refusal(importXlsx(emptyStore(), zipSync(files), "dtd.xlsx"), "dtd.xlsx");
    expect(error.localized.en).toContain("document type declaration");
  });

  it("a cell reference outside the sheet's grid is refused as damaged", async () => {
    const error = await refusal(importXlsx(emptyStore(), buildXlsx(header + `<row r="2">${numberCell("A99999999", 1)}</row>`), "ref.xlsx"), "ref.xlsx");
    expect(error.localized.en).toMatch(/row number/);
  });

  it("a shared-string index past the table is refused as damaged", async () => {
    const error = await refusal(importXlsx(emptyStore(), buildXlsx(header + '<row r="2"><c r="A2" t="s"><v>7</v></c></row>', { sharedStrings: "<si><t>x</t></si>" }), "idx.xlsx"), "idx.xlsx");
    expect(error.localized.en).toMatch(/shared string/);
  });

  it("reads shared, rich and inline strings, entities, booleans and dates the way Excel stores them", () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';
    const sheet =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>a &amp; b</t></is></c><c r="D1" t="b"><v>1</v></c><c r="E1" s="1"><v>44197</v></c><c r="F1"><v>1.5E3</v></c></row>`;
    const [parsed] = parseXlsx(buildXlsx(sheet, { styles, sharedStrings: "<si><t>Thu ngân sách</t></si><si><r><t>Tổng </t></r><r><rPr><b/></rPr><t>chi</t></r></si>" }), "kinds.xlsx");
    expect(parsed.sheet).toBe("Số liệu");
    expect(parsed.rows[0]).toEqual(["Thu ngân sách", "Tổng chi", "a & b", "true", "2021-01-01", 1500]);
  });

  it("a self-closing cell has no value, even with a stray <v> after it", () => {
    const [parsed] = parseXlsx(buildXlsx('<row r="1"><c r="A1"/><v>5</v><c r="B1" t="inlineStr"/><v>6</v><c r="C1"><v>7</v></c></row>'), "empty.xlsx");
    expect(parsed.rows).toEqual([[null, null, 7]]);
  });
});

describe("values must be finite numbers", () => {
  it("an .xlsx number cell of 400 digits is refused with the cell named", async () => {
    const error = await refusal(importXlsx(emptyStore(), buildXlsx(header + dataRow(2, "9".repeat(400))), "big.xlsx"), "big.xlsx");
    expect(error.code).toBe("bad-value");
    expect(error.localized.en).toMatch(/row 2, column 4/);
  });

  it("a CSV cell of 400 digits is refused with the cell named, never stored as null", async () => {
    const csv = new TextEncoder().encode(`Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\nThu ngân sách;tỷ đồng;năm 2020;${"9".repeat(400)}\n`);
    const error = await refusal(Promise.resolve().then(() => importCsv(emptyStore(), csv, "big.csv")), "big.csv");
    expect(error.code).toBe("bad-value");
    expect(error.localized.en).toMatch(/row 2, column 4/);
  });
});

describe("CSV encodings and size", () => {
  const rows = "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\nThu ngân sách;tỷ đồng;năm 2020;372,5\n";

  it("reads UTF-16 with a byte-order mark (Excel's Unicode text)", () => {
    const utf16 = new Uint8Array(2 + rows.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < rows.length; i += 1) new DataView(utf16.buffer).setUint16(2 + i * 2, rows.charCodeAt(i), true);
    expect(importCsv(emptyStore(), utf16, "u16.csv").store.values[0]).toMatchObject({ name: "Thu ngân sách", value: 372.5 });
  });

  it("refuses Windows-1258 with a message telling how to save as CSV UTF-8", () => {
    const legacy = Uint8Array.from([...new TextEncoder().encode("Ch"), 0xec, ...new TextEncoder().encode(" ti\u00eau;Gi\u00e1 tr\u1ecb\n")].map((b) => (b > 0x7f && b !== 0xec ? 0x3f : b)));
    expect(() => importCsv(emptyStore(), legacy, "cu.csv")).toThrow(/CSV UTF-8/);
  });

  it("a 10 MB CSV imports without overflowing the stack", () => {
    const count = 150_000;
    const lines = Array.from({ length: count }, (_, i) => `Chỉ tiêu số ${i};tỷ đồng;năm 2020;${i}`);
    const bytes = new TextEncoder().encode(`Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị\n${lines.join("\n")}\n`);
    expect(bytes.length).toBeGreaterThan(7_000_000);
    expect(importCsv(emptyStore(), bytes, "big.csv").added).toBe(count);
  }, 120_000);
});
