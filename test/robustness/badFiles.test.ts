import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSnapshotFile } from "../../src/cli/io";
import { readDocument } from "../../src/document/read";
import { InputError } from "../../src/document/errors";
import { emptyStore, importXlsx, IndicatorDataError, serializeStore, addValues } from "../../src/indicators/index";
import { makeDocx, oleCompoundFile, runCli, tempDir, withDeclaredSize, zipBomb, type CliRun } from "./fixtures";

/** A bad file is refused with exit 2 and one Vietnamese line then one English line, never a stack trace. */
function expectClearRefusal(run: CliRun, vi: RegExp, en: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/Lỗi/);
  expect(run.err).toMatch(/Error/);
  expect(run.err).toMatch(vi);
  expect(run.err).toMatch(en);
  expect(run.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.out).toBe("");
}

let files: ReturnType<typeof tempDir>;
beforeEach(() => {
  files = tempDir();
});
afterEach(() => files.dispose());

function write(name: string, bytes: Uint8Array | string): string {
  const path = files.path(name);
  writeFileSync(path, bytes);
  return path;
}

describe("soanchuan check refuses bad files clearly", () => {
  it("a .docx that is not a zip at all", async () => {
    const path = write("hỏng.docx", new Uint8Array(2000).map((_, i) => (i * 37) % 256));
    expectClearRefusal(await runCli(["check", path]), /bị hỏng/, /damaged/);
  });

  it("a truncated .docx", async () => {
    const path = write("cut.docx", (await makeDocx(["BÁO CÁO", "I. Kết quả"])).slice(0, 150));
    expectClearRefusal(await runCli(["check", path]), /bị hỏng/, /damaged/);
  });

  it("a zip that holds no Word document", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "không phải Word");
    const path = write("archive.docx", await zip.generateAsync({ type: "uint8array" }));
    expectClearRefusal(await runCli(["check", path]), /bị hỏng/, /word\/document\.xml/);
  });

  it("a .docx whose XML is broken", async () => {
    const path = write("xml.docx", await makeDocx([], "<w:document><w:body><w:p>"));
    expectClearRefusal(await runCli(["check", path]), /bị hỏng/, /invalid XML|damaged/);
  });

  it("a password-protected .docx (OLE compound file)", async () => {
    const path = write("mật khẩu.docx", oleCompoundFile());
    expectClearRefusal(await runCli(["check", path]), /mật khẩu/, /password-protected/);
  });

  it("an unsupported extension", async () => {
    const path = write("report.pdf", "%PDF-1.4");
    expectClearRefusal(await runCli(["check", path]), /Không hỗ trợ loại tệp "\.pdf"/, /Unsupported file type/);
  });

  it("a .docx renamed to .txt", async () => {
    const path = write("renamed.txt", await makeDocx(["BÁO CÁO"]));
    expectClearRefusal(await runCli(["check", path]), /không phải văn bản thuần/, /not UTF-8 plain text/);
  });

  it("plain text renamed to .docx", async () => {
    const path = write("renamed.docx", "BÁO CÁO\nI. Kết quả");
    expectClearRefusal(await runCli(["check", path]), /bị hỏng/, /not a zip archive/);
  });

  it("a zip bomb that declares its size is refused before inflating", async () => {
    const path = write("bomb.docx", withDeclaredSize(await zipBomb(1), 0xfffffff0));
    expectClearRefusal(await runCli(["check", path]), /quá lớn/, /zip bomb/);
  });

  it("a zip bomb that hides its size is refused as damaged", async () => {
    const path = write("liar.docx", withDeclaredSize(await zipBomb(16), 1000));
    expectClearRefusal(await runCli(["check", path]), /bị hỏng/, /damaged/);
  });

  it("a real zip bomb against a lower limit (the reader's own check)", async () => {
    const bomb = await zipBomb(8);
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(readDocument("bomb.docx", bomb, { maxUncompressedBytes: 1024 * 1024 })).rejects.toMatchObject({ code: "too-large" });
  });

  it("an empty or blank text file and a .docx without paragraphs", async () => {
    for (const [name, bytes] of [
      ["empty.txt", new Uint8Array()],
      ["blank.txt", "  \n\t\n\u00A0\n"],
      ["empty.docx", await makeDocx([])],
      ["blank.docx", await makeDocx(["   ", ""])],
    ] as const) {
      expectClearRefusal(await runCli(["check", write(name, bytes)]), /không có (nội dung|đoạn văn nào có nội dung)/, /has no (text|paragraph with text)/);
    }
  });

  it("a missing file and a directory", async () => {
    expectClearRefusal(await runCli(["check", files.path("absent.docx")]), /Không tìm thấy/, /Cannot find/);
    expectClearRefusal(await runCli(["check", files.dir]), /là thư mục/, /is a directory/);
  });

  it("a file over the size limit is refused without being read as a report", async () => {
    const path = write("huge.txt", new Uint8Array(65 * 1024 * 1024).fill(0x61));
    expectClearRefusal(await runCli(["check", path]), /quá lớn/, /too large/);
  });

  it("a 50 MB report (under the limit) is read in seconds, one paragraph per line", async () => {
    const seed = readFileSync(new URL("../../seeds/001_87ee4238b5bec2d9.txt", import.meta.url));
    const copies = Math.ceil((50 * 1024 * 1024) / seed.length);
    const path = write("big.txt", Buffer.concat(Array.from({ length: copies }, () => seed)));
    const began = performance.now();
    const snapshot = await readSnapshotFile(path);
    expect(performance.now() - began).toBeLessThan(20_000);
    expect(snapshot.paragraphs.length).toBeGreaterThan(copies * 100);
  }, 60_000);

  it("reports the good files of a batch and refuses only the bad one", async () => {
    const good = write("good.docx", await makeDocx(["BÁO CÁO", "I. Kết quả"]));
    const bad = write("bad.docx", oleCompoundFile());
    const run = await runCli(["check", good, bad, "--json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toMatchObject({ file: good, paragraphs: 2 });
    expect(run.err).toMatch(/bad\.docx.*mật khẩu/);
  });
});

describe("the prior-data store is never half-written", () => {
  async function storeWithOneValue(): Promise<string> {
    const path = files.path("prior.json");
    const { store } = addValues(emptyStore(), [
      { name: "Thu ngân sách", unit: "tỷ đồng", period: "6 tháng đầu năm 2020", kind: "actual", value: 372.5, source: { file: "test", text: "372,5 tỷ đồng" } },
    ]);
    writeFileSync(path, serializeStore(store));
    return path;
  }

  for (const [name, bytes] of [
    ["corrupt.xlsx", new Uint8Array(3000).map((_, i) => (i * 13) % 256)],
    ["locked.xlsx", oleCompoundFile()],
    ["locked.docx", oleCompoundFile()],
    ["empty.csv", ""],
  ] as const) {
    it(`importing ${name} leaves the store file byte-for-byte as it was`, async () => {
      const store = await storeWithOneValue();
      const before = readFileSync(store);
      const run = await runCli(["data", "import", write(name, bytes), "--data", store]);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/Lỗi/);
      expect(run.err).toMatch(/Error/);
      expect(readFileSync(store).equals(before)).toBe(true);
      expect(readdirSync(files.dir).filter((f) => f.includes("prior"))).toEqual(["prior.json"]);
    });
  }

  it("a batch with one bad file writes nothing", async () => {
    const store = await storeWithOneValue();
    const before = readFileSync(store);
    const good = write("good.csv", "Chỉ tiêu,Đơn vị,6 tháng đầu năm 2021\nThu ngân sách,tỷ đồng,400\n");
    const run = await runCli(["data", "import", good, write("bad.xlsx", "not a workbook"), "--data", store]);
    expect(run.code).toBe(2);
    expect(readFileSync(store).equals(before)).toBe(true);
  });

  it("the engine API leaves the store value untouched when an .xlsx is corrupt", async () => {
    const store = emptyStore();
    const snapshot = JSON.stringify(store);
    await expect(importXlsx(store, oleCompoundFile(), "locked.xlsx")).rejects.toBeInstanceOf(IndicatorDataError);
    expect(JSON.stringify(store)).toBe(snapshot);
  });
});

describe("reader errors carry both languages", () => {
  it("every refusal from readDocument is an InputError with vi and en text", async () => {
    const inputs: [string, Uint8Array][] = [
      ["a.docx", oleCompoundFile()],
      ["a.docx", new Uint8Array([1, 2, 3])],
      ["a.odt", new Uint8Array([1])],
      ["a.txt", new Uint8Array()],
    ];
    for (const [name, bytes] of inputs) {
      const error = await readDocument(name, bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).localized.vi).not.toBe("");
      expect((error as InputError).localized.en).not.toBe("");
    }
  });
});
