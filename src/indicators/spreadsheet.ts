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
import { baseForm } from "../structure/vietnamese";
import { IndicatorDataError } from "./errors";
import { formatPeriod, parsePeriod, findPeriods, type Period } from "./periods";
import { addValues, type ImportResult, type IndicatorStore, type StoredValue, type ValueKind } from "./store";
import type { Cell, SheetRows } from "./sheet";
import { toNfc } from "../text/normalize";

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

const headerKey = (cell: Cell): string => baseForm(String(cell ?? "")).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

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
  const read = rowReader(file, sheet.sheet, mapping, values);
  for (let r = mapping.headerRow + 1; r < sheet.rows.length; r += 1) read(sheet.rows[r], r);
  return values;
}

/**
 * Reads one row at a time (0-based index `r`, rows up to the header ignored) into `values`. An
 * empty cell may be null or "": a CSV row comes straight from the parser.
 */
function rowReader(file: string, sheet: string, mapping: TableMapping, values: StoredValue[]): (row: readonly Cell[], r: number) => void {
  const where = (row: number, column: number) => ({
    vi: `${sheet ? `trang "${sheet}", ` : ""}dòng ${row + 1}, cột ${column + 1}`,
    en: `${sheet ? `sheet "${sheet}", ` : ""}row ${row + 1}, column ${column + 1}`,
  });
  // A long table repeats a few period labels on every row: each is read once.
  const periods = new Map<Cell | undefined, string>();
  const periodOf = (row: readonly Cell[], r: number): string =>
    remembered(periods, mapping.period === undefined ? mapping.defaultPeriod : row[mapping.period], (raw) => periodCell(raw, mapping, r, where));
  const badValue = (row: readonly Cell[], r: number, column: number) => {
    const place = where(r, column);
    return new IndicatorDataError("bad-value", {
      vi: `"${file}": ô ${place.vi} ("${String(row[column]).slice(0, 40)}") không phải là một số hữu hạn.`,
      en: `"${file}": the cell at ${place.en} ("${String(row[column]).slice(0, 40)}") is not a finite number.`,
    });
  };
  // Every row spells its unit anew: the values keep one string per spelling.
  const units = new Map<string | null, string | null>();
  const sameUnit = (unit: string | null) => remembered(units, unit, (spelling) => spelling);
  // Imports reach 100,000 rows: a row makes its values and their source, nothing else that outlives it.
  return (row, r) => {
    if (r <= mapping.headerRow) return;
    const name = String(row[mapping.name] ?? "").trim();
    if (name === "") return;
    const unit = mapping.unit === undefined ? null : sameUnit(String(row[mapping.unit] ?? "").trim() || null);
    if (!mapping.valueColumns) {
      const column = mapping.value as number;
      const value = numberCell(row[column]);
      if (value === "missing") return;
      const period = periodOf(row, r);
      if (value === null) throw badValue(row, r, column);
      values.push({ name, unit, period, kind: kindCell(row, mapping), value, source: rowSource(file, sheet, r, row) });
      return;
    }
    let source: StoredValue["source"] | null = null;
    for (const slot of mapping.valueColumns) {
      const value = numberCell(row[slot.column]);
      if (value === "missing") continue;
      if (value === null) throw badValue(row, r, slot.column);
      source ??= rowSource(file, sheet, r, row);
      values.push({ name, unit, period: slot.period, kind: slot.kind, value, source });
    }
  };
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

function kindCell(row: readonly Cell[], mapping: TableMapping): ValueKind {
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

function noValues(file: string): IndicatorDataError {
  return new IndicatorDataError("empty-source", {
    vi: `"${file}" không có số liệu chỉ tiêu nào để nhập.`,
    en: `"${file}" has no indicator values to import.`,
  });
}

function unexpectedLayout(file: string, layout: TableLayout): IndicatorDataError {
  const columns = layout.headers.filter((h) => h !== "").join(", ") || "—";
  return new IndicatorDataError("unexpected-layout", {
    vi: `Không nhận ra bố cục bảng trong "${file}" (các cột: ${columns}). Cần cột "Chỉ tiêu", "Đơn vị tính", "Kỳ", "Giá trị" hoặc các cột theo kỳ như "Thực hiện 6 tháng đầu năm 2020"; hoặc chỉ định cách ánh xạ cột.`,
    en: `The table layout in "${file}" is not recognised (columns: ${columns}). Expected "Chỉ tiêu", "Đơn vị tính", "Kỳ", "Giá trị" columns or one column per period such as "Thực hiện 6 tháng đầu năm 2020"; or give a column mapping.`,
  });
}

/** Whether a row holds anything but empty or blank cells. */
const hasContent = (row: readonly Cell[]): boolean => row.some((c) => c !== null && String(c).trim() !== "");

/** Imports parsed sheets; all or nothing. */
export function importRows(store: IndicatorStore, sheets: readonly SheetRows[], file: string, mapping?: TableMapping): ImportResult {
  return addValues(store, valuesFromSheets(sheets, file, mapping));
}

/** The values of parsed sheets, with their sheet and row; throws when there are none. */
export function valuesFromSheets(sheets: readonly SheetRows[], file: string, mapping?: TableMapping): StoredValue[] {
  let values: StoredValue[] = [];
  let layoutSeen: TableLayout | null = null;
  for (const sheet of sheets) {
    if (!sheet.rows.some(hasContent)) continue;
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
    throw noValues(file);
  }
  return values;
}

// ---- CSV ----

/** Rows the header is looked for in (detectLayout). */
const LAYOUT_ROWS = 10;

/**
 * The values of a CSV file (RFC 4180, through papaparse) in UTF-8 or UTF-16 with a byte-order
 * mark; the delimiter (";", "," or tab) guessed from the first lines (guessDelimiter). Each row is read as the
 * parser finds it, so a 300,000-row file is never held as rows: what is kept is the values.
 */
export function csvValues(bytes: Uint8Array, file: string, mapping?: TableMapping): StoredValue[] {
  const text = csvText(bytes, file);
  const delimiter = guessDelimiter(text);
  const values: StoredValue[] = [];
  // Without a mapping, the first rows wait until the layout is read from them.
  const head: string[][] = [];
  let layout: TableLayout | null = null;
  let read = mapping ? rowReader(file, "", mapping, values) : null;
  let content = false;
  let failure: unknown = null;
  const settleLayout = () => {
    layout = detectLayout(head);
    if (!layout.mapping) return;
    read = rowReader(file, "", layout.mapping, values);
    head.forEach(read);
  };
  let r = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      try {
        if (result.errors.some((e) => e.type === "Quotes")) throw unclosedQuote(file, r);
        const row = result.data;
        content ||= hasContent(row);
        if (read) read(row, r);
        else if (!layout) {
          head.push(row);
          if (head.length === LAYOUT_ROWS) settleLayout();
        } else if (content) {
          // No layout in the first rows and something after them: nothing more to learn.
          parser.abort();
        }
      } catch (error) {
        failure = error;
        parser.abort();
      }
      r += 1;
    },
  });
  if (failure) throw failure;
  if (!read && !layout) settleLayout();
  if (!content) throw noValues(file);
  if (!read) throw unexpectedLayout(file, layout ?? detectLayout(head));
  if (values.length === 0) throw noValues(file);
  return values;
}

/** The file's text, normalised: refused unless it is Unicode (a legacy Vietnamese encoding is named). */
function csvText(bytes: Uint8Array, file: string): string {
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
  return toNfc(decoded.text.startsWith("\uFEFF") ? decoded.text.slice(1) : decoded.text);
}

function unclosedQuote(file: string, r: number): IndicatorDataError {
  return new IndicatorDataError("corrupt-spreadsheet", {
    vi: `"${file}": dấu ngoặc kép không được đóng (dòng ${r + 1}), tệp CSV bị hỏng.`,
    en: `"${file}": an unclosed quote (row ${r + 1}), the CSV file is malformed.`,
  });
}

const DELIMITERS = [";", "\t", ","] as const;

/**
 * The delimiter found on most of the first lines that hold any (a title line above the table
 * holds none), then the most frequent; ";" before tab before ",", since a comma is also the
 * Vietnamese decimal mark.
 */
function guessDelimiter(text: string): string {
  const lines = text.slice(0, 64 * 1024).split(/\r\n|\r|\n/u).filter((line) => DELIMITERS.some((d) => line.includes(d))).slice(0, LAYOUT_ROWS);
  const score = (d: string) => [lines.filter((line) => line.includes(d)).length, lines.reduce((sum, line) => sum + count(line, d), 0)];
  return DELIMITERS.slice(1).reduce<string>((best, d) => {
    const [a, b] = [score(d), score(best)];
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) ? d : best;
  }, DELIMITERS[0]);
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

export function importCsv(store: IndicatorStore, bytes: Uint8Array, file: string, mapping?: TableMapping): ImportResult {
  return addValues(store, csvValues(bytes, file, mapping));
}

// ---- XLSX ----

export { parseXlsx };

export async function importXlsx(store: IndicatorStore, bytes: Uint8Array, file: string, mapping?: TableMapping): Promise<ImportResult> {
  return importRows(store, parseXlsx(bytes, file), file, mapping);
}
