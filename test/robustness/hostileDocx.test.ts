/**
 * Small crafted files that used to crash, hang or exhaust memory: each is generated here (tiny
 * on disk) and must be refused with a clear "damaged or too large" message naming the file,
 * or read within linear bounds.
 */
import { symlinkSync, truncateSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDocument } from "../../src/document/read";
import { InputError } from "../../src/document/errors";
import { ZIP_LIMITS } from "../../src/document/zip";
import { MAX_XML_DEPTH } from "../../src/document/ooxml";
import { MAX_RUNS_PER_PARAGRAPH, MAX_STYLE_CHAIN } from "../../src/document/readDocx";
import { buildDocx, para, styleChain, styledBody } from "../support/docxBuilder";
import { makeDocx, runCli, storedZip, tempDir, withDeclaredSizeOf } from "./fixtures";

async function refusal(name: string, bytes: Uint8Array): Promise<InputError> {
  const error = await readDocument(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const refused = error as InputError;
  expect(["corrupt-docx", "too-large"]).toContain(refused.code);
  expect(refused.localized.vi).toContain(`"${name}"`);
  expect(refused.localized.en).toContain(`"${name}"`);
  expect(refused.localized.vi).toMatch(/bị hỏng|quá lớn/);
  expect(refused.localized.en).toMatch(/damaged|too large/);
  return refused;
}

const numbered = (ilvl: string) => para("Mục một", `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);
const numbering = (start: string, ilvl = "0") =>
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe("list numbering values a hostile .docx can carry", () => {
  for (const ilvl of ["5000000000", "abc", "9", "-1"]) {
    it(`refuses a paragraph at list level "${ilvl}"`, async () => {
      const error = await refusal("ilvl.docx", await buildDocx({ body: numbered(ilvl), numbering: numbering("1") }));
      expect(error.localized.en).toContain("list level");
    });
  }

  it("refuses a level definition outside 0–8", async () => {
    await refusal("lvl.docx", await buildDocx({ body: numbered("0"), numbering: numbering("1", "5000000000") }));
  });

  for (const start of ["99999999999999999999", "1e309", "Infinity", "NaN", "40000"]) {
    it(`refuses a list starting at "${start}"`, async () => {
      const error = await refusal("start.docx", await buildDocx({ body: numbered("0"), numbering: numbering(start) }));
      expect(error.localized.en).toContain("list start");
    });
  }

  it("still renders ordinary list markers", async () => {
    const snapshot = await readDocument("ok.docx", await buildDocx({ body: numbered("0") + numbered("0"), numbering: numbering("3") }));
    expect(snapshot.paragraphs.map((p) => p.list?.marker)).toEqual(["3.", "4."]);
  });
});

describe("zip archives that are too big inside", () => {
  it("refuses more entries than a report has, before reading any", async () => {
    const entries = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `x/${i}` }));
    const error = await refusal("entries.docx", storedZip(entries));
    expect(error.code).toBe("too-large");
    expect(error.localized.en).toMatch(/zip entries/);
  });

  it("refuses a zip64 directory claiming 770,000 entries", async () => {
    const error = await refusal("zip64.docx", storedZip([{ name: "word/document.xml" }], 770_000));
    expect(error.code).toBe("too-large");
  });

  it("never inflates parts the reader does not use, even when they lie about their size", async () => {
    const zip = new JSZip();
    const base = await JSZip.loadAsync(await makeDocx(["BÁO CÁO", "I. Kết quả"]));
    for (const [name, file] of Object.entries(base.files)) if (!file.dir) zip.file(name, await file.async("uint8array"));
    // 16 × 4 MiB of zeros declared as 10 bytes each: inflating them all would also fail their checksums.
    for (let i = 0; i < 16; i += 1) zip.file(`word/media/bomb${i}.bin`, new Uint8Array(4 * 1024 * 1024));
    const packed = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    const liar = withDeclaredSizeOf(packed, (name) => name.includes("bomb"), 10);
    const snapshot = await readDocument("media.docx", liar);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(["BÁO CÁO", "I. Kết quả"]);
  });

  it("stops inflating a used part that outgrows its declared size", async () => {
    const bomb = await makeDocx([], `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p/>".repeat(2_000_000)}</w:body></w:document>`);
    const error = await refusal("liar.docx", withDeclaredSizeOf(bomb, (name) => name === "word/document.xml", 4096));
    expect(error.localized.en).toMatch(/larger than the zip directory says/);
  });

  it("refuses a part past the per-part limit while keeping the whole-package budget", async () => {
    const error = await readDocument("part.docx", await makeDocx(["x".repeat(300_000)]), { maxPartBytes: 100_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "too-large" });
  });
});

describe("XML a hostile .docx can carry", () => {
  it("refuses nesting deeper than the readers walk, without overflowing the stack", async () => {
    const depth = 100_000;
    const body = "<w:sdt><w:sdtContent>".repeat(depth) + para("x") + "</w:sdtContent></w:sdt>".repeat(depth);
    const error = await refusal("deep.docx", await buildDocx({ body }));
    expect(error.localized.en).toContain(`nested over ${MAX_XML_DEPTH} deep`);
  });

  it("accepts tables nested inside tables at realistic depths", async () => {
    let body = para("Bảng lồng");
    for (let i = 0; i < 20; i += 1) body = `<w:tbl><w:tr><w:tc>${body}</w:tc></w:tr></w:tbl>`;
    const snapshot = await readDocument("tables.docx", await buildDocx({ body }));
    expect(snapshot.paragraphs[0]).toMatchObject({ text: "Bảng lồng", tableNesting: 20 });
  });

  it("refuses a document type declaration (billion laughs, external entities)", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;&c;</w:t></w:r></w:p></w:body></w:document>`;
    const error = await refusal("laughs.docx", await makeDocx([], laughs));
    expect(error.localized.en).toContain("document type declaration");
  });

  it("refuses a style chain 10,000 deep and reads realistic chains", async () => {
    const error = await refusal("styles.docx", await buildDocx({ body: styledBody, styles: styleChain(10_000) }));
    expect(error.localized.en).toContain(`over ${MAX_STYLE_CHAIN} styles deep`);
    const snapshot = await readDocument("styles.docx", await buildDocx({ body: styledBody, styles: styleChain(10) }));
    expect(snapshot.paragraphs[199]?.font?.bold).toBe(true);
  });

  it("refuses a paragraph of more text runs than the limit", async () => {
    const runs = "<w:r><w:rPr><w:b/></w:rPr><w:t>A</w:t></w:r>".repeat(MAX_RUNS_PER_PARAGRAPH + 1);
    const error = await refusal("runs.docx", await buildDocx({ body: `<w:p>${runs}</w:p>` }));
    expect(error.localized.en).toContain("text runs");
  });
});

describe("text files in other encodings", () => {
  it("refuses Windows-1258 (legacy Vietnamese) text with a clear message instead of checking mojibake", async () => {
    // "Báo cáo kết quả" in Windows-1258: á = 0xE1, ế = e + combining acute (0xEC), ả = a + hook (0xD2).
    const cp1258 = new Uint8Array([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f, 0x20, 0x6b, 0xea, 0xec, 0x74, 0x20, 0x71, 0x75, 0x61, 0xd2]);
    const error = (await readDocument("cu.txt", cp1258).catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.localized.vi).toMatch(/bảng mã cũ.*Windows-1258/);
    expect(error.localized.en).toMatch(/legacy Vietnamese encoding/);
    expect(error.localized.en).toContain('"cu.txt"');
  });

  it("reads UTF-16 text that carries its byte-order mark", async () => {
    const text = "BÁO CÁO\nI. Kết quả";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const snapshot = await readDocument("utf16.txt", utf16);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(["BÁO CÁO", "I. Kết quả"]);
  });
});

describe("files the command line must not read", () => {
  let files: ReturnType<typeof tempDir>;
  beforeEach(() => {
    files = tempDir();
  });
  afterEach(() => files.dispose());

  it("refuses a link to /dev/zero as not a regular file, without reading it", async () => {
    const path = files.path("zero.txt");
    symlinkSync("/dev/zero", path);
    const run = await runCli(["check", path]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/không phải tệp thông thường/);
    expect(run.err).toMatch(/not a regular file/);
  });

  it("reports a 3 GB file as too large (checked before reading), not as missing", async () => {
    const path = files.path("huge.txt");
    writeFileSync(path, "");
    truncateSync(path, 3 * 1024 * 1024 * 1024); // sparse: no disk space used
    const began = performance.now();
    const run = await runCli(["check", path]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/quá lớn/);
    expect(run.err).toMatch(/too large/);
    expect(performance.now() - began).toBeLessThan(2000);
  });
});
