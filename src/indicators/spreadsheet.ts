/**
 * Statistics tables (.csv, .xlsx) into the prior-period store. Parsing works on bytes (no file
 * system) so the task pane and the CLI share it. The column layout is documented in
 * data/indicators/README.md; other layouts are read through an explicit TableMapping.
 */
import Papa from "papaparse";
import { decodeText } from "../document/decodeText";
import { remembered } from "../core/remembered";
import { parseVietnameseNumber } from "../text/numbers";
import { parseXlsx } from "./xlsxReader";
import { foldVietnamese } from "./match";
import { IndicatorDataError } from "./errors";
import { formatPeriod, parsePeriod, findPeriods, type Period } from "./periods";
import { addValues, type ImportResult, type IndicatorStore, type StoredValue, type ValueKind } from "./store";
import type { Cell, SheetRows } from "./sheet";

export type { Cell, SheetRows } from "./sheet";

/** Where each field is, by 0-based column index. */
export interface TableMapping {
  /** 0-based index of the header row; data starts on the next row. */
  headerRow: number;
  name: number;
  unit?: number;
  /** Long layout: one value per row, its period and kind in columns. */
  period?: number;
  value?: number;
  kind?: number;
  /** Wide layout: one column per period (`Thực hiện 6 tháng đầu năm 2020`, `Kế hoạch năm 2021`). */
  valueColumns?: { column: number; period: string; kind: ValueKind }[];
  /** For a long layout without a period column. */
  defaultPeriod?: string;
}

export interface TableLayout {
  headerRow: number;
  headers: string[];
  /** null when the layout is not recognised and the user must map the columns. */
  mapping: TableMapping | null;
}

const HEADER_NAMES: Record<"name" | "unit" | "period" | "value" | "kind", string[]> = {
  name: ["chi tieu", "ten chi tieu", "noi dung"],
  unit: ["don vi tinh", "dvt", "don vi"],
  period: ["ky", "ky bao cao", "thoi ky", "ky so lieu"],
  value: ["gia tri", "so lieu", "thuc hien"],
  kind: ["loai", "loai so lieu"],
};
const PLAN_WORDS = /\b(ke hoach|kh|du toan|chi tieu giao)\b/u;

const headerKey = (cell: Cell): string => foldVietnamese(String(cell ?? "")).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Finds the header row and, when the headers are the documented ones, the mapping. */
export function detectLayout(rows: readonly Cell[][]): TableLayout {
  const headerRow = rows.slice(0, 10).findIndex((row) => row.some((cell) => HEADER_NAMES.name.includes(headerKey(cell))));
  if (headerRow < 0) return { headerRow: 0, headers: (rows[0] ?? []).map((c) => String(c ?? "")), mapping: null };
  const headers = rows[headerRow].map((c) => String(c ?? "").trim());
  const keys = headers.map((h) => headerKey(h));
  const find = (field: keyof typeof HEADER_NAMES) => {
    const at = keys.findIndex((k) => HEADER_NAMES[field].includes(k));
    return at < 0 ? undefined : at;
  };
  const name = find("name") as number;
  const unit = find("unit");
  const period = find("period");
  const value = find("value");
  if (period !== undefined && value !== undefined) {
    return { headerRow, headers, mapping: { headerRow, name, unit, period, value, kind: find("kind") } };
  }
  const valueColumns: NonNullable<TableMapping["valueColumns"]> = [];
  headers.forEach((header, column) => {
    const [found] = findPeriods(header.normalize("NFC"));
    if (column === name || column === unit || !found || found.period.year === null) return;
    valueColumns.push({ column, period: formatPeriod(found.period), kind: PLAN_WORDS.test(keys[column]) ? "plan" : "actual" });
  });
  return { headerRow, headers, mapping: valueColumns.length > 0 ? { headerRow, name, unit, valueColumns } : null };
}

/** Reads the rows into typed values; throws IndicatorDataError naming the sheet, row and column of the first bad cell. */
export function valuesFromRows(sheet: SheetRows, file: string, mapping: TableMapping): StoredValue[] {
  const values: StoredValue[] = [];
  const where = (row: number, column: number) => ({
    vi: `${sheet.sheet ? `trang "${sheet.sheet}", ` : ""}dòng ${row + 1}, cột ${column + 1}`,
    en: `${sheet.sheet ? `sheet "${sheet.sheet}", ` : ""}row ${row + 1}, column ${column + 1}`,
  });
  // A long table repeats a few period labels on every row: each is read once.
  const periods = new Map<Cell | undefined, string>();
  const periodOf = (row: Cell[], r: number): string =>
    remembered(periods, mapping.period === undefined ? mapping.defaultPeriod : row[mapping.period], (raw) => periodCell(raw, mapping, r, where));
  const badValue = (row: Cell[], r: number, column: number) => {
    const place = where(r, column);
    return new IndicatorDataError("bad-value", {
      vi: `"${file}": ô ${place.vi} ("${String(row[column]).slice(0, 40)}") không phải là một số hữu hạn.`,
      en: `"${file}": the cell at ${place.en} ("${String(row[column]).slice(0, 40)}") is not a finite number.`,
    });
  };
  // Imports reach 100,000 rows: a row makes its values and their source, nothing else that outlives it.
  for (let r = mapping.headerRow + 1; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r];
    const name = String(row[mapping.name] ?? "").trim();
    if (name === "") continue;
    const unit = mapping.unit === undefined ? null : String(row[mapping.unit] ?? "").trim() || null;
    if (!mapping.valueColumns) {
      const column = mapping.value as number;
      const value = numberCell(row[column]);
      if (value === "missing") continue;
      const period = periodOf(row, r);
      if (value === null) throw badValue(row, r, column);
      values.push({ name, unit, period, kind: kindCell(row, mapping), value, source: rowSource(file, sheet.sheet, r, row) });
      continue;
    }
    let source: StoredValue["source"] | null = null;
    for (const slot of mapping.valueColumns) {
      const value = numberCell(row[slot.column]);
      if (value === "missing") continue;
      if (value === null) throw badValue(row, r, slot.column);
      source ??= rowSource(file, sheet.sheet, r, row);
      values.push({ name, unit, period: slot.period, kind: slot.kind, value, source });
    }
  }
  return values;
}

/** Where a value comes from: the file, sheet and row, and the row's cells as the user sees them. */
function rowSource(file: string, sheet: string, r: number, row: readonly Cell[]): StoredValue["source"] {
  // join writes an empty or missing cell as "", a number as String(number): one flat string.
  const text = row.join(" | ");
  return sheet ? { file, sheet, row: r + 1, text } : { file, row: r + 1, text };
}

function periodCell(raw: Cell | undefined, mapping: TableMapping, r: number, where: (r: number, c: number) => { vi: string; en: string }): string {
  const period: Period | null =
    typeof raw === "number" && Number.isInteger(raw) && raw > 1900 ? parsePeriod(`năm ${raw}`) : parsePeriod(String(raw ?? ""));
  if (!period || period.year === null) {
    const place = where(r, mapping.period ?? 0);
    throw new IndicatorDataError("bad-period", {
      vi: `Kỳ số liệu ở ${place.vi} ("${String(raw ?? "")}") không đọc được hoặc thiếu năm.`,
      en: `The period at ${place.en} ("${String(raw ?? "")}") cannot be read or has no year.`,
    });
  }
  return formatPeriod(period);
}

function kindCell(row: Cell[], mapping: TableMapping): ValueKind {
  if (mapping.kind === undefined) return "actual";
  return PLAN_WORDS.test(headerKey(row[mapping.kind])) ? "plan" : "actual";
}

/** A typed number, "missing" for an empty or dash cell (never zero), null for text that is not a number. */
function numberCell(cell: Cell | undefined): number | "missing" | null {
  if (cell === null || cell === undefined) return "missing";
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  const text = cell.trim();
  if (text === "" || /^[-–—…x]$/iu.test(text)) return "missing";
  const parsed = parseVietnameseNumber(/\s/u.test(text) ? text.replace(/\s+/gu, "") : text)?.value;
  return parsed !== undefined && Number.isFinite(parsed) ? parsed : null;
}

function unexpectedLayout(file: string, layout: TableLayout): IndicatorDataError {
  const columns = layout.headers.filter((h) => h !== "").join(", ") || "—";
  return new IndicatorDataError("unexpected-layout", {
    vi: `Không nhận ra bố cục bảng trong "${file}" (các cột: ${columns}). Cần cột "Chỉ tiêu", "Đơn vị tính", "Kỳ", "Giá trị" hoặc các cột theo kỳ như "Thực hiện 6 tháng đầu năm 2020"; hoặc chỉ định cách ánh xạ cột.`,
    en: `The table layout in "${file}" is not recognised (columns: ${columns}). Expected "Chỉ tiêu", "Đơn vị tính", "Kỳ", "Giá trị" columns or one column per period such as "Thực hiện 6 tháng đầu năm 2020"; or give a column mapping.`,
  });
}

/** Imports parsed sheets; all or nothing. */
export function importRows(store: IndicatorStore, sheets: readonly SheetRows[], file: string, mapping?: TableMapping): ImportResult {
  return addValues(store, valuesFromSheets(sheets, file, mapping));
}

/** The values of parsed sheets, with their sheet and row; throws when there are none. */
export function valuesFromSheets(sheets: readonly SheetRows[], file: string, mapping?: TableMapping): StoredValue[] {
  let values: StoredValue[] = [];
  let layoutSeen: TableLayout | null = null;
  for (const sheet of sheets) {
    if (sheet.rows.every((row) => row.every((c) => c === null || String(c).trim() === ""))) continue;
    const layout = detectLayout(sheet.rows);
    layoutSeen ??= layout;
    const use = mapping ?? layout.mapping;
    if (!use) {
      if (sheets.length > 1) continue;
      throw unexpectedLayout(file, layout);
    }
    const found = valuesFromRows(sheet, file, use);
    // The first sheet's values (100,000 of them in a large import) are kept as they are, not copied.
    if (values.length === 0) values = found;
    else for (const value of found) values.push(value);
  }
  if (values.length === 0) {
    if (layoutSeen && !layoutSeen.mapping && !mapping) throw unexpectedLayout(file, layoutSeen);
    throw new IndicatorDataError("empty-source", {
      vi: `"${file}" không có số liệu chỉ tiêu nào để nhập.`,
      en: `"${file}" has no indicator values to import.`,
    });
  }
  return values;
}

// ---- CSV ----

/** CSV (RFC 4180, through papaparse) in UTF-8 or UTF-16 with a byte-order mark; the delimiter guessed from the first line (";", "," or tab). */
export function parseCsv(bytes: Uint8Array, file: string): SheetRows {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    throw new IndicatorDataError("corrupt-spreadsheet", decoded.problem === "legacy-encoding"
      ? {
          vi: `"${file}" không dùng bảng mã Unicode mà có lẽ là bảng mã cũ (Windows-1258, TCVN3, VNI). Trong Excel hãy lưu lại với kiểu "CSV UTF-8".`,
          en: `"${file}" is not Unicode text; it looks like a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI). Save it from Excel as "CSV UTF-8".`,
        }
      : { vi: `"${file}" không phải tệp CSV dạng văn bản UTF-8.`, en: `"${file}" is not a UTF-8 text CSV file.` });
  }
  // Normalised whole: the delimiters, quotes and line breaks compose with nothing, so every cell is as if normalised alone.
  const text = (decoded.text.startsWith("\uFEFF") ? decoded.text.slice(1) : decoded.text).normalize("NFC");
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  const delimiter = [";", "\t", ","].reduce((best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best), ",");
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) {
    throw new IndicatorDataError("corrupt-spreadsheet", {
      vi: `"${file}": dấu ngoặc kép không được đóng (dòng ${(broken.row ?? 0) + 1}), tệp CSV bị hỏng.`,
      en: `"${file}": an unclosed quote (row ${(broken.row ?? 0) + 1}), the CSV file is malformed.`,
    });
  }
  const rows = parsed.data;
  // A trailing newline is not an extra (empty) row.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  // The parser's rows are ours: cells are typed in place rather than copied (100,000-row imports).
  const cells = rows as Cell[][];
  for (const row of cells) {
    for (let c = 0; c < row.length; c += 1) if (row[c] === "") row[c] = null;
  }
  return { sheet: "", rows: cells };
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

export function importCsv(store: IndicatorStore, bytes: Uint8Array, file: string, mapping?: TableMapping): ImportResult {
  return importRows(store, [parseCsv(bytes, file)], file, mapping);
}

// ---- XLSX ----

export { parseXlsx };

export async function importXlsx(store: IndicatorStore, bytes: Uint8Array, file: string, mapping?: TableMapping): Promise<ImportResult> {
  return importRows(store, parseXlsx(bytes, file), file, mapping);
}
