import JSZip from "jszip";

/** Builds a small but real .docx package in memory, for reader tests. */
export interface DocxParts {
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export async function buildDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const rels: string[] = [];
  const overrides: string[] = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'];
  const add = (name: "styles" | "numbering" | "footnotes", xml: string | undefined) => {
    if (!xml) return;
    zip.file(`word/${name}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${name} ${NS}>${xml}</w:${name}>`);
    rels.push(`<Relationship Id="r${name}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}" Target="${name}.xml"/>`);
    overrides.push(`<Override PartName="/word/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${name}+xml"/>`);
  };
  add("styles", parts.styles);
  add("numbering", parts.numbering);
  add("footnotes", parts.footnotes);
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${parts.body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A paragraph with one run; `pPr` and `rPr` are raw property XML. */
export function para(text: string, pPr = "", rPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** `n` paragraph styles, each based on the next; the last one bold. */
export function styleChain(n: number): string {
  return Array.from({ length: n }, (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="S${i}"/>${i + 1 < n ? `<w:basedOn w:val="S${i + 1}"/>` : "<w:rPr><w:b/></w:rPr>"}</w:style>`).join("");
}

/** 200 paragraphs in the first style of a styleChain. */
export const styledBody = Array.from({ length: 200 }, () => para("Đoạn", '<w:pStyle w:val="S0"/>')).join("");

/** One paragraph of `n` bold runs of one letter each (a title line typed letter by letter). */
export function boldRunsLine(n: number): string {
  return `<w:p>${"<w:r><w:rPr><w:b/></w:rPr><w:t>A</w:t></w:r>".repeat(n)}</w:p>`;
}
