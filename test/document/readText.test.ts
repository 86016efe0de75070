import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readDocument } from "../../src/document/read";
import { InputError } from "../../src/document/errors";

const encode = (s: string) => new TextEncoder().encode(s);

describe("readDocument(.txt/.md)", () => {
  it("makes one paragraph per line, blank lines included, so index = line number − 1", async () => {
    const snapshot = await readDocument("a.txt", encode("BÁO CÁO\n\nI. Kết quả\r\n1. Kinh tế\n"));
    expect(snapshot.paragraphs.map((p) => [p.index, p.text])).toEqual([
      [0, "BÁO CÁO"],
      [1, ""],
      [2, "I. Kết quả"],
      [3, "1. Kinh tế"],
    ]);
  });

  it("drops a UTF-8 byte-order mark and reads .md the same way", async () => {
    const snapshot = await readDocument("a.md", encode("\uFEFF**BÁO CÁO**\nx"));
    expect(snapshot.paragraphs[0].text).toBe("**BÁO CÁO**");
  });

  it("keeps decomposed (NFD) text exactly as written", async () => {
    const nfd = "Thành ủy".normalize("NFD");
    const snapshot = await readDocument("a.txt", encode(nfd));
    expect(snapshot.paragraphs[0].text).toBe(nfd);
  });

  it("reads every seed with paragraph count = line count", async () => {
    for (const seed of ["000_e6240ef1ee1503f8", "001_87ee4238b5bec2d9", "003_107d5b72e63935bb", "004_eaaba1bef0b0e863"]) {
      const raw = readFileSync(`seeds/${seed}.txt`, "utf8");
      const snapshot = await readDocument(`${seed}.txt`, encode(raw));
      expect(snapshot.paragraphs.length).toBe(raw.replace(/\n$/, "").split("\n").length);
    }
  });

  it.each([
    ["an empty file", ""],
    ["only blank lines", "\n  \n\t\n"],
  ])("refuses %s as an empty document", async (_, text) => {
    await expect(readDocument("a.txt", encode(text))).rejects.toMatchObject({ code: "empty-document" });
  });

  it("refuses binary content with a text extension", async () => {
    const error = await readDocument("a.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("not-text");
  });
});
