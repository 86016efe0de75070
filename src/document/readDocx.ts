import type { Document, Element } from "@xmldom/xmldom";
import type { Alignment, FontInfo, Paragraph, Snapshot } from "./snapshot";
import { InputError } from "./errors";
import { isCompoundFile, isZip, ZIP_LIMITS, ZipArchive, ZipError, type ZipLimits } from "./zip";
import { listLevel, NumberingTracker, readNumbering } from "./docxNumbering";
import { childElements, first, parseOoxml, val, W, XmlError } from "./ooxml";

const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Refuse archives that would expand past this (zip bombs); real reports are a few MB. */
export const MAX_UNCOMPRESSED_BYTES = ZIP_LIMITS.maxUncompressedBytes;
/** Styles based on styles: Word's own chains are a few deep. */
export const MAX_STYLE_CHAIN = 64;
/** Text runs in one paragraph: a page of text is a few hundred. */
export const MAX_RUNS_PER_PARAGRAPH = 50_000;

export type DocxLimits = ZipLimits;

export async function readDocx(bytes: Uint8Array, source: string, limits: DocxLimits = {}): Promise<Snapshot> {
  try {
    return readPackage(openPackage(bytes, source, limits), source);
  } catch (error) {
    if (error instanceof ZipError || error instanceof XmlError) throw error.kind === "too-large" ? tooLarge(source, error.message) : corrupt(source, error.message);
    throw error;
  }
}

const PARAGRAPH_OR_RUN = /<(?:[\w.-]+:)?([pr])(?=[\s/>])/g;

/**
 * Counts text runs per paragraph in the markup itself, before a tree is built: 300,000 runs in
 * one paragraph are 13 MB of XML whose tree alone costs seconds to build only to be refused.
 * The tree walk (paragraphText) still counts exactly what it reads.
 */
function refuseCrowdedParagraphs(xml: string): void {
  let runs = 0;
  PARAGRAPH_OR_RUN.lastIndex = 0;
  for (let m = PARAGRAPH_OR_RUN.exec(xml); m; m = PARAGRAPH_OR_RUN.exec(xml)) {
    if (m[1] === "p") runs = 0;
    else if (++runs > MAX_RUNS_PER_PARAGRAPH) throw new XmlError("too-large", `a paragraph of over ${MAX_RUNS_PER_PARAGRAPH} text runs`);
  }
}

function readPackage(zip: ZipArchive, source: string): Snapshot {
  const mainPath = findMainDocument(zip);
  const mainXml = zip.text(mainPath);
  if (mainXml === undefined) throw corrupt(source, `missing ${mainPath}`);
  refuseCrowdedParagraphs(mainXml);
  const main = parseOoxml(mainXml, mainPath);
  const related = readRelationships(zip, mainPath);
  const part = (path: string | undefined): Document | undefined => {
    const xml = path ? zip.text(path) : undefined;
    return xml === undefined ? undefined : parseOoxml(xml, path as string);
  };
  const stylesDoc = part(related.styles);
  const numberingDoc = part(related.numbering);
  const footnotesDoc = part(related.footnotes);

  const styles = new StyleSheet(stylesDoc ? readStyles(stylesDoc) : new Map());
  const numbering = new NumberingTracker(numberingDoc ? readNumbering(numberingDoc) : new Map());
  const paragraphs: Paragraph[] = [];
  const body = main.documentElement ? first(main.documentElement, "body") : undefined;
  if (body) collectBlocks(body, 0, (p, nesting) => paragraphs.push(toParagraph(p, paragraphs.length, nesting, styles, numbering)));
  const notesRoot = footnotesDoc?.documentElement;
  for (const note of notesRoot ? childElements(notesRoot, "footnote") : []) {
    const type = note.getAttributeNS(W, "type");
    if (type && type !== "normal") continue; // separators, continuation notices
    const id = note.getAttributeNS(W, "id") ?? "";
    collectBlocks(note, 0, (p, nesting) => {
      const paragraph = toParagraph(p, paragraphs.length, nesting, styles, numbering);
      paragraphs.push({ ...paragraph, footnoteId: id });
    });
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

function tooLarge(source: string, detail: string): InputError {
  return new InputError("too-large", {
    vi: `Tệp "${source}" bị hỏng hoặc quá lớn để đọc (${detail}); có thể là tệp độc hại.`,
    en: `"${source}" is damaged or too large to read (${detail}); refusing a possible zip bomb.`,
  });
}

function openPackage(bytes: Uint8Array, source: string, limits: ZipLimits): ZipArchive {
  if (isCompoundFile(bytes)) {
    throw new InputError("encrypted-docx", {
      vi: `Tệp "${source}" được bảo vệ bằng mật khẩu hoặc là tệp .doc cũ. Hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx.`,
      en: `"${source}" is password-protected or a legacy .doc file. Remove the password or save it as .docx.`,
    });
  }
  if (!isZip(bytes)) throw corrupt(source, "not a zip archive");
  return new ZipArchive(bytes, limits);
}

function relationships(zip: ZipArchive, path: string): Element[] {
  const xml = zip.text(path);
  if (xml === undefined) return [];
  return Array.from(parseOoxml(xml, path).getElementsByTagNameNS(REL, "Relationship"));
}

function findMainDocument(zip: ZipArchive): string {
  for (const rel of relationships(zip, "_rels/.rels")) {
    if ((rel.getAttribute("Type") ?? "").endsWith("/officeDocument")) return (rel.getAttribute("Target") ?? "").replace(/^\//, "");
  }
  return "word/document.xml";
}

function readRelationships(zip: ZipArchive, mainPath: string): Partial<Record<"styles" | "numbering" | "footnotes", string>> {
  const folder = mainPath.includes("/") ? mainPath.slice(0, mainPath.lastIndexOf("/") + 1) : "";
  const found: Partial<Record<"styles" | "numbering" | "footnotes", string>> = {};
  for (const rel of relationships(zip, `${folder}_rels/${mainPath.slice(folder.length)}.rels`)) {
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

function readStyles(doc: Document): Map<string, StyleInfo> {
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
      numLevel: numPr ? listLevel(val(first(numPr, "ilvl"))) : undefined,
      alignment: pPr ? alignmentOf(first(pPr, "jc")) : undefined,
      font: runFont(first(style, "rPr")),
    });
  }
  return styles;
}

/** The styles with their basedOn chains resolved once each (a paragraph only looks its style up). */
class StyleSheet {
  private readonly resolved = new Map<string, StyleInfo | undefined>();
  readonly defaultId: string | undefined;

  constructor(private readonly styles: Map<string, StyleInfo>) {
    for (const [id, style] of styles) if (style.name.toLowerCase() === "normal") this.defaultId ??= id;
  }

  /** What the style says once its basedOn chain is applied; a chain over MAX_STYLE_CHAIN is refused. */
  resolve(id: string | undefined): StyleInfo | undefined {
    if (!id) return undefined;
    if (this.resolved.has(id)) return this.resolved.get(id);
    const chain: StyleInfo[] = [];
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current && !seen.has(current) && this.styles.has(current)) {
      if (chain.length === MAX_STYLE_CHAIN) throw new XmlError("too-large", `style "${id.slice(0, 40)}" is based on a chain over ${MAX_STYLE_CHAIN} styles deep`);
      seen.add(current);
      const style = this.styles.get(current) as StyleInfo;
      chain.push(style);
      current = style.basedOn;
    }
    const merged = chain.length === 0 ? undefined : mergeChain(chain);
    this.resolved.set(id, merged);
    return merged;
  }
}

function mergeChain(chain: readonly StyleInfo[]): StyleInfo {
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
  styles: StyleSheet,
  numbering: NumberingTracker,
): Paragraph {
  const pPr = first(p, "pPr");
  const styleId = pPr ? val(first(pPr, "pStyle")) : undefined;
  const style = styles.resolve(styleId ?? "Normal") ?? styles.resolve(styles.defaultId);
  const { text, footnoteRefs, runFonts } = paragraphText(p);

  const numPr = pPr ? first(pPr, "numPr") : undefined;
  const numId = (numPr ? val(first(numPr, "numId")) : undefined) ?? style?.numId;
  const ownLevel = numPr ? val(first(numPr, "ilvl")) : undefined;
  const numLevel = ownLevel !== undefined ? listLevel(ownLevel) : (style?.numLevel ?? 0);
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

const SKIPPED = new Set(["pPr", "rPr", "del", "moveFrom", "txbxContent", "instrText", "delText"]);

function paragraphText(p: Element): { text: string; footnoteRefs: { id: string; offset: number }[]; runFonts: FontInfo[] } {
  let text = "";
  const footnoteRefs: { id: string; offset: number }[] = [];
  const runFonts: FontInfo[] = [];
  let runs = 0;
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
          runs += 1;
          if (runs > MAX_RUNS_PER_PARAGRAPH) throw new XmlError("too-large", `a paragraph of over ${MAX_RUNS_PER_PARAGRAPH} text runs`);
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
  if (size && Number.isFinite(Number(size))) font.size = Number(size) / 2;
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
