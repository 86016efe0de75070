/**
 * .xlsx worksheets as rows of cells, read through the project's own bounded zip reader and a
 * single linear scan of each sheet's XML (no tree is built). Only the cells a sheet stores are
 * read: merged ranges are not expanded, so `A5:XFD1048576` costs nothing; a sparse far cell
 * adds one row per row index; the cells materialised in all are capped.
 */
import { isCompoundFile, isZip, ZipArchive, ZipError } from "../document/zip";
import { IndicatorDataError } from "./errors";
import type { Cell, SheetRows } from "./sheet";

/** Cells materialised (each row up to its last stored cell): 100,000 rows × 50 columns. */
export const MAX_SHEET_CELLS = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export function parseXlsx(bytes: Uint8Array, file: string): SheetRows[] {
  if (isCompoundFile(bytes)) {
    throw damaged(file, { vi: "tệp được bảo vệ bằng mật khẩu hoặc là tệp .xls cũ", en: "password-protected or a legacy .xls file" });
  }
  if (!isZip(bytes)) throw damaged(file, { vi: "không phải tệp .xlsx", en: "not an .xlsx package" });
  try {
    const zip = new ZipArchive(bytes);
    const strings = sharedStrings(part(zip, "xl/sharedStrings.xml") ?? "");
    const dates = dateStyles(part(zip, "xl/styles.xml") ?? "");
    const budget = { cells: MAX_SHEET_CELLS };
    return worksheets(zip).map(({ name, path }) => ({ sheet: name.normalize("NFC"), rows: sheetRows(part(zip, path) ?? "", strings, dates, budget) }));
  } catch (error) {
    if (error instanceof SheetError || error instanceof ZipError) {
      throw damaged(file, { vi: error.message, en: error.message }, error instanceof SheetError || error.kind === "too-large");
    }
    throw error;
  }
}

class SheetError extends Error {}

function damaged(file: string, detail: { vi: string; en: string }, tooLarge = false): IndicatorDataError {
  return new IndicatorDataError("corrupt-spreadsheet", {
    vi: `"${file}" không phải tệp Excel (.xlsx) hợp lệ: tệp bị hỏng${tooLarge ? " hoặc quá lớn" : ""} (${detail.vi}).`,
    en: `"${file}" is not a valid Excel (.xlsx) file: it is damaged${tooLarge ? " or too large" : ""} (${detail.en}).`,
  });
}

/** A part's text; OOXML never carries a document type declaration, so one is refused (no entity expansion). */
function part(zip: ZipArchive, path: string): string | undefined {
  const text = zip.text(path);
  if (text !== undefined && /<!DOCTYPE/i.test(text)) throw new SheetError(`${path}: a document type declaration is not allowed`);
  return text;
}

function worksheets(zip: ZipArchive): { name: string; path: string }[] {
  const workbook = part(zip, "xl/workbook.xml");
  if (workbook === undefined) throw new SheetError("xl/workbook.xml missing");
  const targets = new Map<string, string>();
  for (const rel of elements(part(zip, "xl/_rels/workbook.xml.rels") ?? "", "Relationship")) {
    const target = rel.Target ?? "";
    targets.set(rel.Id ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return elements(workbook, "sheet").map((sheet) => {
    const id = Object.entries(sheet).find(([key]) => key.endsWith(":id"))?.[1] ?? "";
    return { name: sheet.name ?? "", path: targets.get(id) ?? "" };
  });
}

/** Attributes of every `<name …>` element (any namespace prefix) in document order. */
function elements(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, "g");
  for (const match of xml.matchAll(pattern)) found.push(attributes(match[1]));
  return found;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[match[1]] = unescapeXml(match[2] ?? match[3] ?? "");
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of every `<t>` inside a string item (plain or rich text runs), phonetic runs left out. */
function itemText(xml: string): string {
  let text = "";
  const withoutPhonetic = xml.includes("rPh") ? xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "") : xml;
  for (const match of withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g)) text += unescapeXml(match[1] ?? "");
  return text.normalize("NFC");
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)) strings.push(itemText(match[1] ?? ""));
  return strings;
}

/** Built-in number formats that show dates (ECMA-376 §18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Index of each cell style (`s`) that formats its number as a date. */
function dateStyles(xml: string): Set<number> {
  const custom = new Set<number>();
  for (const format of elements(xml, "numFmt")) {
    // A date format has d, m or y outside quoted text and [colour]/[$locale] brackets.
    const code = (format.formatCode ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    if (/[dmy]/i.test(code)) custom.add(Number(format.numFmtId));
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? "";
  const dates = new Set<number>();
  elements(cellXfs, "xf").forEach((xf, index) => {
    const id = Number(xf.numFmtId ?? 0);
    if (BUILT_IN_DATES.has(id) || custom.has(id)) dates.add(index);
  });
  return dates;
}

/** An Excel date serial (1900 system) as an ISO date, as exceljs reported it. */
function serialDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

/** One pass over `<row>` and `<c>` start tags; a cell's content runs to its `</c>`. */
function sheetRows(xml: string, strings: readonly string[], dates: ReadonlySet<number>, budget: { cells: number }): Cell[][] {
  const rows: Cell[][] = [];
  let row = -1;
  let column = -1;
  const CELL_OR_ROW = /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;
  const CELL_END = /<\/(?:[\w.-]+:)?c>/g;
  for (let match = CELL_OR_ROW.exec(xml); match; match = CELL_OR_ROW.exec(xml)) {
    const attrs = attributes(match[2]);
    if (match[1] === "row") {
      row = attrs.r === undefined ? row + 1 : index(attrs.r, MAX_ROWS, "row") - 1;
      column = -1;
      continue;
    }
    let content = "";
    if (match[3] !== "/") {
      // Cells do not nest: the content runs to the next </c>.
      CELL_END.lastIndex = CELL_OR_ROW.lastIndex;
      const end = CELL_END.exec(xml);
      if (!end) throw new SheetError("a cell is not closed");
      content = xml.slice(CELL_OR_ROW.lastIndex, end.index);
      CELL_OR_ROW.lastIndex = CELL_END.lastIndex;
    }
    const reference = attrs.r ? /^([A-Z]{1,3})(\d+)$/i.exec(attrs.r) : null;
    if (reference) {
      column = columnIndex(reference[1]);
      row = index(reference[2], MAX_ROWS, "row") - 1;
    } else column += 1;
    if (row < 0) row = 0;
    const value = cellValue(attrs, content, strings, dates);
    if (value === null) continue;
    const cells = (rows[row] ??= []);
    const grows = column + 1 - cells.length;
    if (grows > 0) {
      budget.cells -= grows;
      if (budget.cells < 0) throw new SheetError(`over ${MAX_SHEET_CELLS.toLocaleString("en")} cells`);
      while (cells.length < column) cells.push(null);
    }
    cells[column] = value;
  }
  budget.cells -= rows.length;
  if (budget.cells < 0) throw new SheetError(`over ${MAX_SHEET_CELLS.toLocaleString("en")} cells`);
  return Array.from(rows, (r) => r ?? []);
}

function index(text: string, max: number, what: string): number {
  const n = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) throw new SheetError(`${what} number "${text.slice(0, 12)}" outside 1–${max}`);
  return n;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new SheetError(`column "${letters}" beyond XFD`);
  return n - 1;
}

function cellValue(attrs: Record<string, string>, content: string, strings: readonly string[], dates: ReadonlySet<number>): Cell {
  const type = attrs.t ?? "n";
  if (type === "inlineStr") return itemText(content) || null;
  const raw = /<(?:[\w.-]+:)?v\b[^>]*>([^<]*)<\/(?:[\w.-]+:)?v>/.exec(content)?.[1];
  if (raw === undefined) return null;
  const text = unescapeXml(raw);
  switch (type) {
    case "s": {
      const at = Number(text);
      if (!Number.isInteger(at) || at < 0 || at >= strings.length) throw new SheetError(`shared string ${text.slice(0, 12)} missing`);
      return strings[at] || null;
    }
    case "b":
      return text === "1" ? "true" : "false";
    case "str":
    case "e":
      return text.normalize("NFC");
    default: {
      // A number the sheet stores; anything not finite is kept as text so the import names the cell.
      const number = Number(text);
      if (text.trim() === "" || !Number.isFinite(number)) return text;
      return dates.has(Number(attrs.s ?? -1)) ? serialDate(number) : number;
    }
  }
}
