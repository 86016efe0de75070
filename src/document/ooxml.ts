import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

/** Minimal helpers for WordprocessingML elements (namespace-aware, direct children only). */
export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Deepest element nesting accepted: real packages nest tens deep (tables in tables); the readers walk recursively. */
export const MAX_XML_DEPTH = 256;

/** Why an XML part was refused: malformed (or carrying a DTD, which OOXML never has) or nested too deep. */
export class XmlError extends Error {
  constructor(
    readonly kind: "damaged" | "too-large",
    detail: string,
  ) {
    super(detail);
    this.name = "XmlError";
  }
}

/**
 * Parses one package part. Refuses DTDs (no entity can expand) and nesting past MAX_XML_DEPTH
 * before building a tree; the parser's own diagnostics become the error, never console output.
 */
export function parseOoxml(xml: string, part: string): Document {
  checkShape(xml, part);
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new XmlError("damaged", `${part}: invalid XML: ${message.split("\n")[0]}`);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError("damaged", `${part}: invalid XML: ${error instanceof Error ? error.message.split("\n")[0] : "parse error"}`);
  }
}

/** One linear pass over the markup: depth of element nesting, and no `<!DOCTYPE`. */
function checkShape(xml: string, part: string): void {
  let depth = 0;
  let at = xml.indexOf("<");
  while (at >= 0) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x3f /* ? */) at = skipPast(xml, at, "?>");
    else if (xml.startsWith("<!--", at)) at = skipPast(xml, at, "-->");
    else if (xml.startsWith("<![CDATA[", at)) at = skipPast(xml, at, "]]>");
    else if (next === 0x21 /* ! */) throw new XmlError("damaged", `${part}: a document type declaration is not allowed`);
    else if (next === 0x2f /* / */) {
      depth -= 1;
      at = skipPast(xml, at, ">");
    } else {
      const end = tagEnd(xml, at);
      if (xml.charCodeAt(end - 1) !== 0x2f) {
        depth += 1;
        if (depth > MAX_XML_DEPTH) throw new XmlError("too-large", `${part}: elements nested over ${MAX_XML_DEPTH} deep`);
      }
      at = end + 1;
    }
    at = at > 0 ? xml.indexOf("<", at) : -1;
  }
}

function skipPast(xml: string, from: number, token: string): number {
  const end = xml.indexOf(token, from);
  return end < 0 ? -1 : end + token.length;
}

/** Index of the `>` closing a start tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i += 1) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return xml.length;
}

export function childElements(el: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const child = node as Element;
      if (!localName || (child.localName === localName && child.namespaceURI === W)) out.push(child);
    }
  }
  return out;
}

export function first(el: Element | undefined, localName: string): Element | undefined {
  if (!el) return undefined;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W) return node as Element;
  }
  return undefined;
}

export function val(el: Element | undefined): string | undefined {
  return el?.getAttributeNS(W, "val") ?? undefined;
}
