/**
 * .xlsx worksheets as rows of cells, read through the project's own bounded zip reader and a
 * single linear scan of each sheet's XML (no tree is built). Only the cells a sheet stores are
 * read: merged ranges are not expanded, so `A5:XFD1048576` costs nothing; a sparse far cell
 * adds one row per row index; the cells materialised in all are capped.
 */
import { isCompoundFile, isZip, ZipArchive, ZipError } from "../document/zip";
import { IndicatorDataError } from "./errors";
import type { Cell, SheetRows } from "./sheet";
import { toNfc } from "../text/normalize";

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
  return toNfc(text);
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

function sheetRows(xml: string, strings: readonly string[], dates: ReadonlySet<number>, budget: { cells: number }): Cell[][] {
  return new SheetScanner(xml, strings, dates, budget).rows();
}

/**
 * One pass over `<row>` and `<c>` start tags, found as `/<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/`
 * would find them; a cell's content runs to its `</c>`. A sheet holds up to millions of cells, so
 * only the r, t and s attributes are read, and the forms Excel writes (`name="value"` attributes,
 * `<v>…</v>` or `<is><t>…</t></is>` as the whole content) are read in place; any other form goes
 * through the general patterns, with the same result.
 */
class SheetScanner {
  private readonly sheet: Cell[][] = [];
  /** Rows created, to tell whether the sheet has holes. */
  private created = 0;
  /**
   * The row created last, grown by push: copied at its length once another row is created, since
   * a grown array keeps spare room (17 slots for a row of 4, twice the memory of 100,000 rows).
   */
  private growing = -1;
  private row = -1;
  private column = -1;
  /** Where the scan resumes. */
  private at = 0;
  /** The r, t and s attributes of the tag just read. */
  private r: string | undefined;
  private t: string | undefined;
  private s: string | undefined;
  /** The text of a cell read in place. */
  private text = "";

  constructor(
    private readonly xml: string,
    private readonly strings: readonly string[],
    private readonly dates: ReadonlySet<number>,
    private readonly budget: { cells: number },
  ) {}

  rows(): Cell[][] {
    for (let tag = this.nextTag(); tag !== NO_TAG; tag = this.nextTag()) {
      if (tag !== ROW) this.readCell(tag === SELF_CLOSING_CELL);
      else {
        this.row = this.r === undefined ? this.row + 1 : index(this.r, MAX_ROWS, "row") - 1;
        this.column = -1;
      }
    }
    this.trimGrowing();
    this.spend(this.sheet.length);
    return this.created === this.sheet.length ? this.sheet : Array.from(this.sheet, (r) => r ?? []);
  }

  /** Reads the next `<row>` or `<c>` start tag's attributes and tells which it is. */
  private nextTag(): Tag {
    const xml = this.xml;
    for (let open = xml.indexOf("<", this.at); open >= 0; open = xml.indexOf("<", open + 1)) {
      const nameEnd = rowOrCellNameEnd(xml, open + 1);
      if (nameEnd < 0) continue;
      const close = xml.indexOf(">", nameEnd);
      // Without a `>` no later tag is complete either.
      if (close < 0) return NO_TAG;
      const selfClosing = close > nameEnd && xml.charCodeAt(close - 1) === SLASH;
      this.readAttributes(nameEnd, selfClosing ? close - 1 : close);
      this.at = close + 1;
      if (xml.charCodeAt(nameEnd - 1) !== LETTER_C) return ROW;
      return selfClosing ? SELF_CLOSING_CELL : CELL;
    }
    return NO_TAG;
  }

  /** r, t and s of the attributes in [from, to): read in place when plainly written, else through the general pattern. */
  private readAttributes(from: number, to: number): void {
    if (this.plainAttributes(from, to)) return;
    const attrs = attributes(this.xml.slice(from, to));
    this.r = attrs.r;
    this.t = attrs.t;
    this.s = attrs.s;
  }

  /** Reads `name="value"` or `name='value'` pairs apart by white space; false at anything else. */
  private plainAttributes(from: number, to: number): boolean {
    const xml = this.xml;
    this.r = this.t = this.s = undefined;
    for (let i = from; ; ) {
      while (i < to && isSpace(xml.charCodeAt(i))) i += 1;
      if (i === to) return true;
      const name = i;
      while (i < to && isAttributeNameChar(xml.charCodeAt(i))) i += 1;
      const quote = xml.charCodeAt(i + 1);
      if (i === name || xml.charCodeAt(i) !== EQUALS || (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE)) return false;
      const end = xml.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 2);
      if (end < 0 || end >= to) return false;
      if (i - name === 1) this.keepAttribute(xml.charCodeAt(name), xml.slice(i + 2, end));
      i = end + 1;
    }
  }

  private keepAttribute(name: number, value: string): void {
    if (name === LETTER_R) this.r = unescapeXml(value);
    else if (name === LETTER_T) this.t = unescapeXml(value);
    else if (name === LETTER_S) this.s = unescapeXml(value);
  }

  private readCell(selfClosing: boolean): void {
    // A self-closing cell has no content, hence no value; it still takes its place.
    const content = selfClosing || this.readPlainContent() ? null : this.generalContent();
    if (!this.r || !this.moveTo(this.r)) this.column += 1;
    if (this.row < 0) this.row = 0;
    if (selfClosing) return;
    const type = this.t ?? "n";
    const value =
      content !== null ? cellValue(type, this.s, content, this.strings, this.dates)
      : type === "inlineStr" ? toNfc(unescapeXml(this.text)) || null
      : typedValue(type, this.s, unescapeXml(this.text), this.strings, this.dates);
    if (value !== null) this.put(value);
  }

  /** Moves to the cell a reference such as "B12" names; false when `r` is not one (`/^[A-Z]{1,3}\d+$/i`). */
  private moveTo(r: string): boolean {
    let letters = 0;
    while (letters < r.length && isAsciiLetter(r.charCodeAt(letters))) letters += 1;
    let digits = letters;
    while (digits < r.length && isDigit(r.charCodeAt(digits))) digits += 1;
    if (letters === 0 || letters > 3 || digits === letters || digits < r.length) return false;
    let column = 0;
    for (let i = 0; i < letters; i += 1) column = column * 26 + (toUpperAscii(r.charCodeAt(i)) - 64);
    if (column > MAX_COLUMNS) throw new SheetError(`column "${r.slice(0, letters)}" beyond XFD`);
    let row = 0;
    for (let i = letters; i < digits; i += 1) row = row * 10 + (r.charCodeAt(i) - 48);
    if (digits - letters > 7 || row < 1 || row > MAX_ROWS) throw outside("row", r.slice(letters), MAX_ROWS);
    this.column = column - 1;
    this.row = row - 1;
    return true;
  }

  /** Reads a content that is `<v>text</v>` (or `<is><t>text</t></is>` for an inline string) up to `</c>`; false for any other. */
  private readPlainContent(): boolean {
    const inline = this.t === "inlineStr";
    const open = inline ? "<is><t>" : "<v>";
    const close = inline ? "</t></is></c>" : "</v></c>";
    if (!this.xml.startsWith(open, this.at)) return false;
    const textEnd = this.xml.indexOf("<", this.at + open.length);
    if (textEnd < 0 || !this.xml.startsWith(close, textEnd)) return false;
    this.text = this.xml.slice(this.at + open.length, textEnd);
    this.at = textEnd + close.length;
    return true;
  }

  /** The content up to the cell's `</c>` (cells do not nest). */
  private generalContent(): string {
    const end = /<\/(?:[\w.-]+:)?c>/g;
    end.lastIndex = this.at;
    const found = end.exec(this.xml);
    if (!found) throw new SheetError("a cell is not closed");
    const content = this.xml.slice(this.at, found.index);
    this.at = end.lastIndex;
    return content;
  }

  private put(value: Cell): void {
    let cells = this.sheet[this.row];
    if (cells === undefined) {
      this.trimGrowing();
      cells = this.sheet[this.row] = [];
      this.created += 1;
      this.growing = this.row;
    }
    const grows = this.column + 1 - cells.length;
    if (grows > 0) {
      this.spend(grows);
      while (cells.length < this.column) cells.push(null);
    }
    cells[this.column] = value;
  }

  private trimGrowing(): void {
    if (this.growing >= 0) this.sheet[this.growing] = this.sheet[this.growing].slice();
  }

  private spend(cells: number): void {
    this.budget.cells -= cells;
    if (this.budget.cells < 0) throw new SheetError(`over ${MAX_SHEET_CELLS.toLocaleString("en")} cells`);
  }
}

/** What nextTag found. */
type Tag = number;
const [NO_TAG, ROW, CELL, SELF_CLOSING_CELL] = [0, 1, 2, 3];

const [SLASH, EQUALS, DOUBLE_QUOTE, SINGLE_QUOTE, COLON] = ["/", "=", '"', "'", ":"].map((ch) => ch.charCodeAt(0));
const [LETTER_C, LETTER_R, LETTER_S, LETTER_T] = ["c", "r", "s", "t"].map((ch) => ch.charCodeAt(0));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function toUpperAscii(code: number): number {
  return code >= 97 ? code - 32 : code;
}

/** `[\w]`: letters, digits and the underscore (ASCII). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** `[\w.-]`, a namespace prefix. */
function isPrefixChar(code: number): boolean {
  return isWordChar(code) || code === 46 || code === 45;
}

/** `[\w:.-]`, an attribute name. */
function isAttributeNameChar(code: number): boolean {
  return isPrefixChar(code) || code === COLON;
}

/** White space between attributes as Excel writes it; any other (`\s` is wider) goes the general way. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Where the tag name `row` or `c` after `<` at `from - 1` ends, an optional `prefix:` before it, or -1 for any other tag. */
function rowOrCellNameEnd(xml: string, from: number): number {
  let prefixEnd = from;
  while (isPrefixChar(xml.charCodeAt(prefixEnd))) prefixEnd += 1;
  if (prefixEnd > from && xml.charCodeAt(prefixEnd) === COLON) {
    const end = rowOrCellEnd(xml, prefixEnd + 1);
    if (end >= 0) return end;
  }
  return rowOrCellEnd(xml, from);
}

function rowOrCellEnd(xml: string, at: number): number {
  const end = xml.startsWith("row", at) ? at + 3 : xml.charCodeAt(at) === LETTER_C ? at + 1 : -1;
  return end >= 0 && !isWordChar(xml.charCodeAt(end)) ? end : -1;
}

function index(text: string, max: number, what: string): number {
  const n = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) throw outside(what, text, max);
  return n;
}

function outside(what: string, text: string, max: number): SheetError {
  return new SheetError(`${what} number "${text.slice(0, 12)}" outside 1–${max}`);
}

/** A cell's value from its content, whatever its form. */
function cellValue(type: string, style: string | undefined, content: string, strings: readonly string[], dates: ReadonlySet<number>): Cell {
  if (type === "inlineStr") return itemText(content) || null;
  const raw = /<(?:[\w.-]+:)?v\b[^>]*>([^<]*)<\/(?:[\w.-]+:)?v>/.exec(content)?.[1];
  return raw === undefined ? null : typedValue(type, style, unescapeXml(raw), strings, dates);
}

/** The value of a cell's `<v>` text, by the cell's type. */
function typedValue(type: string, style: string | undefined, text: string, strings: readonly string[], dates: ReadonlySet<number>): Cell {
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
      return toNfc(text);
    default: {
      // A number the sheet stores; anything not finite is kept as text so the import names the cell.
      const number = Number(text);
      if (text.trim() === "" || !Number.isFinite(number)) return text;
      return dates.has(Number(style ?? -1)) ? serialDate(number) : number;
    }
  }
}
