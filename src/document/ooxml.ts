import type { Element } from "@xmldom/xmldom";

/** Minimal helpers for WordprocessingML elements (namespace-aware, direct children only). */
export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";


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
  return el ? childElements(el, localName)[0] : undefined;
}

export function val(el: Element | undefined): string | undefined {
  return el?.getAttributeNS(W, "val") ?? undefined;
}
