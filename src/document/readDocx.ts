import JSZip from "jszip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { Alignment, FontInfo, Paragraph, Snapshot } from "./snapshot";
import { InputError } from "./errors";
import { isCompoundFile, isZip, listZipEntries } from "./zipLimits";
import { NumberingTracker, readNumbering } from "./docxNumbering";
import { childElements, first, val, W } from "./ooxml";

const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Refuse archives that would expand past this (zip bombs); real reports are a few MB. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

export interface DocxLimits {
  maxUncompressedBytes?: number;
}

export async function readDocx(bytes: Uint8Array, source: string, limits: DocxLimits = {}): Promise<Snapshot> {
  const limit = limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
  const parts = new PackageReader(await openPackage(bytes, source, limit), limit, source);
  const mainPath = await findMainDocument(parts);
  const mainXml = await parts.text(mainPath);
  if (mainXml === undefined) throw corrupt(source, `missing ${mainPath}`);
  const main = parseXml(mainXml, source);
  const related = await readRelationships(parts, mainPath);
  const stylesXml = related.styles ? await parts.text(related.styles) : undefined;
  const numberingXml = related.numbering ? await parts.text(related.numbering) : undefined;
  const footnotesXml = related.footnotes ? await parts.text(related.footnotes) : undefined;

  const styles = stylesXml ? readStyles(parseXml(stylesXml, source)) : new Map<string, StyleInfo>();
  const numbering = new NumberingTracker(numberingXml ? readNumbering(parseXml(numberingXml, source)) : new Map());
  const paragraphs: Paragraph[] = [];
  const body = main.documentElement ? first(main.documentElement, "body") : undefined;
  if (body) collectBlocks(body, 0, (p, nesting) => paragraphs.push(toParagraph(p, paragraphs.length, nesting, styles, numbering)));
  if (footnotesXml) {
    const notesRoot = parseXml(footnotesXml, source).documentElement;
    for (const note of notesRoot ? childElements(notesRoot, "footnote") : []) {
      const type = note.getAttributeNS(W, "type");
      if (type && type !== "normal") continue; // separators, continuation notices
      const id = note.getAttributeNS(W, "id") ?? "";
      collectBlocks(note, 0, (p, nesting) => {
        const paragraph = toParagraph(p, paragraphs.length, nesting, styles, numbering);
        paragraphs.push({ ...paragraph, footnoteId: id });
      });
    }
  }
  if (paragraphs.every((p) => p.text.trim() === "")) {
    throw new InputError("empty-document", {
      vi: `Tài liệu "${source}" không có đoạn văn nào có nội dung.`,
      en: `"${source}" has no paragraph with text.`,
    });
  }
  return { source, paragraphs };
}

function corrupt(source: string, detail: string): InputError {
  return new InputError("corrupt-docx", {
    vi: `Không đọc được tệp "${source}": tệp .docx bị hỏng hoặc không đúng định dạng (${detail}).`,
    en: `Cannot read "${source}": the .docx is damaged or not a Word document (${detail}).`,
  });
}

async function openPackage(bytes: Uint8Array, source: string, limit: number): Promise<JSZip> {
  if (isCompoundFile(bytes)) {
    throw new InputError("encrypted-docx", {
      vi: `Tệp "${source}" được bảo vệ bằng mật khẩu hoặc là tệp .doc cũ. Hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx.`,
      en: `"${source}" is password-protected or a legacy .doc file. Remove the password or save it as .docx.`,
    });
  }
  if (!isZip(bytes)) throw corrupt(source, "not a zip archive");
  const entries = listZipEntries(bytes);
  if (!entries) throw corrupt(source, "zip directory unreadable");
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > limit) throw tooLarge(source, total, limit);
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw corrupt(source, error instanceof Error ? error.message : "zip error");
  }
}

function tooLarge(source: string, bytes: number, limit: number): InputError {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return new InputError("too-large", {
    vi: `Tệp "${source}" khi giải nén quá lớn (${mb(bytes)} MB, tối đa ${mb(limit)} MB); có thể là tệp độc hại.`,
    en: `"${source}" expands to ${mb(bytes)} MB (limit ${mb(limit)} MB); refusing a possible zip bomb.`,
  });
}

/** JSZip's documented streaming reader, missing from its type declarations. */
interface ZipStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: "error", listener: (error: Error) => void): ZipStream;
  on(event: "end", listener: () => void): ZipStream;
  resume(): ZipStream;
  pause(): ZipStream;
}

/**
 * Inflates parts as a stream and stops at the byte budget, so a zip whose directory lies
 * about its sizes still cannot expand past the limit in memory.
 */
class PackageReader {
  private inflated = 0;

  constructor(
    private readonly zip: JSZip,
    private readonly limit: number,
    private readonly source: string,
  ) {}

  async text(path: string): Promise<string | undefined> {
    const file = this.zip.file(path);
    if (!file) return undefined;
    const chunks: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as { internalStream(type: "uint8array"): ZipStream }).internalStream("uint8array");
      stream
        .on("data", (chunk) => {
          this.inflated += chunk.length;
          if (this.inflated > this.limit) {
            stream.pause();
            reject(tooLarge(this.source, this.inflated, this.limit));
          } else chunks.push(chunk);
        })
        .on("error", (error) => reject(corrupt(this.source, error.message)))
        .on("end", () => resolve())
        .resume();
    });
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder().decode(bytes);
  }
}

function parseXml(xml: string, source: string) {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    throw corrupt(source, `invalid XML: ${error instanceof Error ? error.message.split("\n")[0] : "parse error"}`);
  }
}

async function findMainDocument(parts: PackageReader): Promise<string> {
  const rels = await parts.text("_rels/.rels");
  if (rels) {
    const doc = new DOMParser().parseFromString(rels, "text/xml");
    for (const rel of Array.from(doc.getElementsByTagNameNS(REL, "Relationship"))) {
      if ((rel.getAttribute("Type") ?? "").endsWith("/officeDocument")) return (rel.getAttribute("Target") ?? "").replace(/^\//, "");
    }
  }
  return "word/document.xml";
}

async function readRelationships(parts: PackageReader, mainPath: string): Promise<Partial<Record<"styles" | "numbering" | "footnotes", string>>> {
  const folder = mainPath.includes("/") ? mainPath.slice(0, mainPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${folder}_rels/${mainPath.slice(folder.length)}.rels`;
  const xml = await parts.text(relsPath);
  const found: Partial<Record<"styles" | "numbering" | "footnotes", string>> = {};
  if (!xml) return found;
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  for (const rel of Array.from(doc.getElementsByTagNameNS(REL, "Relationship"))) {
    const kind = (rel.getAttribute("Type") ?? "").split("/").pop();
    const target = rel.getAttribute("Target") ?? "";
    const path = target.startsWith("/") ? target.slice(1) : folder + target;
    if (kind === "styles" || kind === "numbering" || kind === "footnotes") found[kind] = path;
  }
  return found;
}

// ---- styles ---------------------------------------------------------------------------

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  numLevel?: number;
  alignment?: Alignment;
  font: FontInfo;
}

function readStyles(doc: ReturnType<typeof parseXml>): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const style of doc.documentElement ? childElements(doc.documentElement, "style") : []) {
    const id = style.getAttributeNS(W, "styleId");
    if (!id) continue;
    const pPr = first(style, "pPr");
    const numPr = pPr ? first(pPr, "numPr") : undefined;
    styles.set(id, {
      name: val(first(style, "name")) ?? id,
      basedOn: val(first(style, "basedOn")),
      outlineLevel: outlineLevelOf(pPr),
      numId: numPr ? val(first(numPr, "numId")) : undefined,
      numLevel: numPr ? Number(val(first(numPr, "ilvl")) ?? 0) : undefined,
      alignment: pPr ? alignmentOf(first(pPr, "jc")) : undefined,
      font: runFont(first(style, "rPr")),
    });
  }
  return styles;
}

/** Walks basedOn so a paragraph inherits what its style chain says. */
function resolveStyle(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo | undefined {
  const chain: StyleInfo[] = [];
  const seen = new Set<string>();
  let current = id;
  while (current && !seen.has(current) && styles.has(current)) {
    seen.add(current);
    const style = styles.get(current) as StyleInfo;
    chain.push(style);
    current = style.basedOn;
  }
  if (chain.length === 0) return undefined;
  const merged: StyleInfo = { name: chain[0].name, font: {} };
  for (const style of [...chain].reverse()) {
    merged.outlineLevel = style.outlineLevel ?? merged.outlineLevel;
    merged.numId = style.numId ?? merged.numId;
    merged.numLevel = style.numLevel ?? merged.numLevel;
    merged.alignment = style.alignment ?? merged.alignment;
    merged.font = { ...merged.font, ...definedOnly(style.font) };
  }
  return merged;
}

// ---- body -----------------------------------------------------------------------------

/** Paragraphs in body order, including those inside tables (nesting counted) and content controls. */
function collectBlocks(container: Element, nesting: number, visit: (p: Element, nesting: number) => void): void {
  for (const child of childElements(container)) {
    if (child.namespaceURI !== W) continue;
    switch (child.localName) {
      case "p":
        visit(child, nesting);
        break;
      case "tbl":
        for (const row of childElements(child, "tr")) for (const cell of childElements(row, "tc")) collectBlocks(cell, nesting + 1, visit);
        break;
      case "sdt": {
        const content = first(child, "sdtContent");
        if (content) collectBlocks(content, nesting, visit);
        break;
      }
      default:
        break;
    }
  }
}

function toParagraph(
  p: Element,
  index: number,
  nesting: number,
  styles: Map<string, StyleInfo>,
  numbering: NumberingTracker,
): Paragraph {
  const pPr = first(p, "pPr");
  const styleId = pPr ? val(first(pPr, "pStyle")) : undefined;
  const style = resolveStyle(styles, styleId ?? "Normal") ?? resolveStyle(styles, defaultParagraphStyle(styles));
  const { text, footnoteRefs, runFonts } = paragraphText(p);

  const numPr = pPr ? first(pPr, "numPr") : undefined;
  const numId = (numPr ? val(first(numPr, "numId")) : undefined) ?? style?.numId;
  const numLevel = Number((numPr ? val(first(numPr, "ilvl")) : undefined) ?? style?.numLevel ?? 0);
  const list = numId && numId !== "0" ? numbering.next(numId, numLevel) : undefined;

  const outlineLevel = outlineLevelOf(pPr) ?? style?.outlineLevel;
  const alignment = (pPr ? alignmentOf(first(pPr, "jc")) : undefined) ?? style?.alignment ?? "Left";
  const font = { ...definedOnly(style?.font ?? {}), ...definedOnly(commonFont(runFonts)) };
  const paragraph: Paragraph = { index, text, alignment, font };
  if (style) {
    paragraph.style = style.name;
    const builtIn = builtInStyleName(style.name);
    if (builtIn) paragraph.styleBuiltIn = builtIn;
  }
  if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
  if (list) paragraph.list = list;
  if (nesting > 0) paragraph.tableNesting = nesting;
  if (footnoteRefs.length > 0) paragraph.footnoteRefs = footnoteRefs;
  return paragraph;
}

function defaultParagraphStyle(styles: Map<string, StyleInfo>): string | undefined {
  for (const [id, style] of styles) if (style.name.toLowerCase() === "normal") return id;
  return undefined;
}

const SKIPPED = new Set(["pPr", "rPr", "del", "moveFrom", "txbxContent", "instrText", "delText"]);

function paragraphText(p: Element): { text: string; footnoteRefs: { id: string; offset: number }[]; runFonts: FontInfo[] } {
  let text = "";
  const footnoteRefs: { id: string; offset: number }[] = [];
  const runFonts: FontInfo[] = [];
  const walk = (el: Element): void => {
    for (const child of childElements(el)) {
      if (child.namespaceURI === MC && child.localName === "Fallback") continue;
      if (child.namespaceURI === W && SKIPPED.has(child.localName ?? "")) continue;
      if (child.namespaceURI !== W) {
        walk(child);
        continue;
      }
      switch (child.localName) {
        case "r": {
          const before = text.length;
          walk(child);
          if (text.length > before) runFonts.push(runFont(first(child, "rPr")));
          break;
        }
        case "t":
          text += child.textContent ?? "";
          break;
        case "tab":
          text += "\t";
          break;
        case "br":
        case "cr":
          text += "\u000b"; // Word reports a manual line break inside a paragraph as a vertical tab
          break;
        case "noBreakHyphen":
          text += "-";
          break;
        case "footnoteReference":
          footnoteRefs.push({ id: child.getAttributeNS(W, "id") ?? "", offset: text.length });
          break;
        default:
          walk(child);
      }
    }
  };
  walk(p);
  return { text, footnoteRefs, runFonts };
}

/** The formatting every text run agrees on (Word reports mixed values as null). */
function commonFont(fonts: FontInfo[]): FontInfo {
  if (fonts.length === 0) return {};
  const agreed: FontInfo = {};
  for (const key of ["name", "size", "bold", "italic", "underline", "allCaps"] as const) {
    const values = new Set(fonts.map((f) => f[key]));
    if (values.size === 1) {
      const [value] = values;
      if (value !== undefined) (agreed as Record<string, unknown>)[key] = value;
    }
  }
  return agreed;
}

function runFont(rPr: Element | undefined): FontInfo {
  if (!rPr) return {};
  const font: FontInfo = {};
  const fonts = first(rPr, "rFonts");
  const name = fonts?.getAttributeNS(W, "ascii") || fonts?.getAttributeNS(W, "hAnsi");
  if (name) font.name = name;
  const size = val(first(rPr, "sz"));
  if (size) font.size = Number(size) / 2;
  const flag = (el: Element | undefined): boolean | undefined => (el ? !["0", "false", "none"].includes(val(el) ?? "true") : undefined);
  const bold = flag(first(rPr, "b"));
  if (bold !== undefined) font.bold = bold;
  const italic = flag(first(rPr, "i"));
  if (italic !== undefined) font.italic = italic;
  const underline = flag(first(rPr, "u"));
  if (underline !== undefined) font.underline = underline;
  const caps = flag(first(rPr, "caps"));
  if (caps !== undefined) font.allCaps = caps;
  return font;
}

function alignmentOf(jc: Element | undefined): Alignment | undefined {
  switch (val(jc)) {
    case "left":
    case "start":
      return "Left";
    case "center":
      return "Centered";
    case "right":
    case "end":
      return "Right";
    case "both":
    case "distribute":
      return "Justified";
    default:
      return undefined;
  }
}

/** OOXML outlineLvl is 0-based (0 = level 1); 9 means body text. */
function outlineLevelOf(pPr: Element | undefined): number | undefined {
  const level = pPr ? val(first(pPr, "outlineLvl")) : undefined;
  if (level === undefined) return undefined;
  const n = Number(level);
  return n >= 0 && n < 9 ? n + 1 : undefined;
}

/** Word's built-in style identifiers for the styles the engine cares about. */
function builtInStyleName(name: string): string | undefined {
  const lower = name.toLowerCase();
  const heading = /^heading (\d)$/.exec(lower);
  if (heading) return `Heading${heading[1]}`;
  if (lower === "normal") return "Normal";
  if (lower === "title") return "Title";
  if (lower === "list paragraph") return "ListParagraph";
  if (lower === "footnote text") return "FootnoteText";
  return undefined;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
