import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { MAX_INPUT_BYTES, readDocument } from "../../src/document/read";
import { InputError } from "../../src/document/errors";
import { MAX_UNCOMPRESSED_BYTES } from "../../src/document/readDocx";
import { buildDocx, para } from "../support/docxBuilder";

const numbering = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;

const styles = `
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`;

const num = (id: number, level: number) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

async function sampleDocx(): Promise<Uint8Array> {
  const body = [
    para("BÁO CÁO", '<w:jc w:val="center"/>', "<w:b/>"),
    para("Kết quả đạt được", `<w:pStyle w:val="Heading1"/>${num(1, 0)}`),
    para("Kinh tế", num(1, 1)),
    para("Nông nghiệp", num(1, 2)),
    para("Công nghiệp", num(1, 2)),
    para("Xã hội", num(1, 1)),
    para("Hạn chế", `<w:pStyle w:val="Heading1"/>${num(1, 0)}`),
    para("Một", num(2, 0)),
    para("Hai", num(2, 0)),
    `<w:tbl><w:tr><w:tc>${para("Chỉ tiêu")}</w:tc><w:tc>${para("17.592")}</w:tc></w:tr></w:tbl>`,
    `<w:p><w:r><w:t>Doanh thu tăng 12,4%</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>`,
  ].join("");
  const footnotes = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1">${para("Cùng kỳ năm 2020 đạt 15.654 tỷ đồng")}</w:footnote>`;
  return buildDocx({ body, styles, numbering, footnotes });
}

describe("readDocument(.docx)", () => {
  it("reads paragraphs in body order with Word list markers computed per level", async () => {
    const snapshot = await readDocument("report.docx", await sampleDocx());
    const texts = snapshot.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 9)).toEqual(["BÁO CÁO", "Kết quả đạt được", "Kinh tế", "Nông nghiệp", "Công nghiệp", "Xã hội", "Hạn chế", "Một", "Hai"]);
    expect(snapshot.paragraphs.slice(1, 9).map((p) => p.list?.marker)).toEqual(["I.", "1.", "1.1.", "1.2.", "2.", "II.", "a)", "b)"]);
    expect(snapshot.paragraphs[3].list?.level).toBe(2);
  });

  it("restarts a deeper level when a shallower one advances", async () => {
    const body = [para("A", num(1, 0)), para("a1", num(1, 1)), para("a2", num(1, 1)), para("B", num(1, 0)), para("b1", num(1, 1))].join("");
    const snapshot = await readDocument("r.docx", await buildDocx({ body, numbering }));
    expect(snapshot.paragraphs.map((p) => p.list?.marker)).toEqual(["I.", "1.", "2.", "II.", "1."]);
  });

  it("reports style, built-in style, outline level, alignment and inherited font", async () => {
    const [title, heading, body] = (await readDocument("r.docx", await sampleDocx())).paragraphs;
    expect(title).toMatchObject({ alignment: "Centered", font: { name: "Times New Roman", size: 14, bold: true } });
    expect(heading).toMatchObject({ style: "heading 1", styleBuiltIn: "Heading1", outlineLevel: 1, font: { bold: true } });
    expect(body).toMatchObject({ style: "Normal", alignment: "Justified" });
    expect(body.outlineLevel).toBeUndefined();
  });

  it("includes table cell paragraphs with their nesting, and footnote bodies with references", async () => {
    const snapshot = await readDocument("r.docx", await sampleDocx());
    const cell = snapshot.paragraphs.find((p) => p.text === "17.592");
    expect(cell?.tableNesting).toBe(1);
    const sentence = snapshot.paragraphs.find((p) => p.text.startsWith("Doanh thu"));
    expect(sentence?.text).toBe("Doanh thu tăng 12,4%.");
    expect(sentence?.footnoteRefs).toEqual([{ id: "1", offset: "Doanh thu tăng 12,4%".length }]);
    const note = snapshot.paragraphs[snapshot.paragraphs.length - 1];
    expect(note).toMatchObject({ text: "Cùng kỳ năm 2020 đạt 15.654 tỷ đồng", footnoteId: "1" });
    expect(snapshot.paragraphs.map((p) => p.index)).toEqual(snapshot.paragraphs.map((_, i) => i));
  });

  it("keeps tabs and manual line breaks, and skips deleted text", async () => {
    const body = `<w:p><w:r><w:t>Số</w:t><w:tab/><w:t>68</w:t><w:br/><w:t>dòng hai</w:t></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>`;
    const [p] = (await readDocument("r.docx", await buildDocx({ body }))).paragraphs;
    expect(p.text).toBe("Số\t68\u000bdòng hai");
  });
});

async function expectInputError(promise: Promise<unknown>, code: string): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).code).toBe(code);
  expect((error as InputError).localized.vi.length).toBeGreaterThan(10);
  return error as InputError;
}

describe("readDocument bad input", () => {
  it("refuses an unknown extension", async () => {
    await expectInputError(readDocument("report.pdf", new Uint8Array([1, 2, 3])), "unknown-extension");
  });

  it("refuses bytes over the input limit in every host, naming the file, before any reader runs", async () => {
    const huge = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    for (const name of ["lớn.txt", "lớn.docx", "lớn.pdf"]) {
      const error = await expectInputError(readDocument(name, huge), "too-large");
      expect(error.localized.vi).toContain(name);
    }
    await expect(readDocument("vừa.txt", new Uint8Array(1024).fill(0x61))).resolves.toBeDefined();
  });

  it("refuses a .docx that is not a zip", async () => {
    await expectInputError(readDocument("report.docx", new TextEncoder().encode("plain text, not a zip")), "corrupt-docx");
  });

  it("refuses a truncated .docx", async () => {
    const bytes = await sampleDocx();
    await expectInputError(readDocument("report.docx", bytes.slice(0, Math.floor(bytes.length / 2))), "corrupt-docx");
  });

  it("refuses a zip with no document part", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    await expectInputError(readDocument("report.docx", await zip.generateAsync({ type: "uint8array" })), "corrupt-docx");
  });

  it("refuses malformed XML in the document part", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document><w:body><w:p></w:body>");
    await expectInputError(readDocument("report.docx", await zip.generateAsync({ type: "uint8array" })), "corrupt-docx");
  });

  it("refuses a password-protected (compound file) .docx", async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectInputError(readDocument("secret.docx", bytes), "encrypted-docx");
  });

  it("refuses a zip bomb before inflating it", async () => {
    const zip = new JSZip();
    // Highly compressible: a few KB on disk, over the cap when expanded. A small cap keeps the test fast.
    const cap = 4 * 1024 * 1024;
    zip.file("word/document.xml", "0".repeat(cap + 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(64 * 1024);
    await expectInputError(readDocument("bomb.docx", bytes, { maxUncompressedBytes: cap }), "too-large");
  });

  it("caps real reports at a size far above any report", () => {
    expect(MAX_UNCOMPRESSED_BYTES).toBeGreaterThanOrEqual(100 * 1024 * 1024);
  });

  it("refuses a document with no text", async () => {
    await expectInputError(readDocument("empty.docx", await buildDocx({ body: "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>" })), "empty-document");
  });
});

describe("readDocument zip bomb that lies about its sizes", () => {
  it("stops inflating at the cap even when the zip directory declares tiny sizes", async () => {
    const zip = new JSZip();
    const cap = 1024 * 1024;
    zip.file("word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p/>".repeat(cap)}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Rewrite the declared uncompressed size in the local header (offset 22) and the central directory (offset 24).
    view.setUint32(22, 100, true);
    for (let i = bytes.length - 22; i >= 0; i -= 1) {
      if (view.getUint32(i, true) === 0x06054b50) {
        view.setUint32(view.getUint32(i + 16, true) + 24, 100, true);
        break;
      }
    }
    await expectInputError(readDocument("liar.docx", bytes, { maxUncompressedBytes: cap }), "too-large");
  });
});
