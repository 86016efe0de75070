import { strToU8, zipSync } from "fflate";

/** A minimal .xlsx package around raw sheet XML (and optional shared strings), built in memory for reader tests. */
export function buildXlsx(sheetData: string, options: { sharedStrings?: string; extra?: string; styles?: string } = {}): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${sheetData}</sheetData>${options.extra ?? ""}</worksheet>`),
  };
  if (options.sharedStrings !== undefined) files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${options.sharedStrings}</sst>`);
  if (options.styles !== undefined) files["xl/styles.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${options.styles}</styleSheet>`);
  return zipSync(files, { level: 9 });
}

/** An inline-string cell and a number cell, as Excel writes them. */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const numberCell = (ref: string, value: number | string) => `<c r="${ref}"><v>${value}</v></c>`;

/** A long-layout sheet (Chỉ tiêu | Đơn vị tính | Kỳ | Giá trị) of `rows` data rows, each indicator named apart. */
/** `rows` indicators named "Chỉ tiêu số <prefix><i>", one value each. */
export function longLayoutSheet(rows: number, namePrefix = ""): string {
  const out = [`<row r="1">${textCell("A1", "Chỉ tiêu")}${textCell("B1", "Đơn vị tính")}${textCell("C1", "Kỳ")}${textCell("D1", "Giá trị")}</row>`];
  for (let i = 0; i < rows; i += 1) {
    const r = i + 2;
    out.push(`<row r="${r}">${textCell(`A${r}`, `Chỉ tiêu số ${namePrefix}${i}`)}${textCell(`B${r}`, "tỷ đồng")}${textCell(`C${r}`, "6 tháng đầu năm 2020")}${numberCell(`D${r}`, 1000 + i / 10)}</row>`);
  }
  return out.join("");
}
