import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readText } from "../../src/document/readText";
import { readDocument } from "../../src/document/read";
import { checkDocument } from "../../src/engine/check";
import type { CitationRecord } from "../../src/citations/types";

/**
 * Every symbol, date, issuer and summary the text states is in `citations[]`: the expected
 * values below were written by reading the paragraphs (0-based indexes), not by running the
 * detector.
 */
interface Stated {
  paragraph: number;
  symbol: string;
  date: string | null;
  issuer: string | null;
  /** The start of the summary as written, or null when the text gives none. */
  summary: string | null;
}

function expectStated(citations: readonly CitationRecord[], stated: readonly Stated[]): void {
  for (const s of stated) {
    const c = citations.find((x) => x.paragraph === s.paragraph && x.symbol === s.symbol && (s.date === null || x.date === s.date));
    expect(c, `${s.paragraph}: ${s.symbol}`).toBeDefined();
    expect({ date: c!.date, issuer: c!.issuer, summary: c!.summary ? c!.summary.text.slice(0, s.summary?.length ?? 0) : null }).toEqual({ date: s.date, issuer: s.issuer, summary: s.summary });
  }
}

const CORPUS = "../shared/corpus/docx";

describe("stated facts are captured", () => {
  it("seed 003 (Thị ủy, Kết luận)", () => {
    const path = "seeds/003_107d5b72e63935bb.txt";
    const { citations } = checkDocument(readText(readFileSync(path), path));
    expectStated(citations, [
      { paragraph: 19, symbol: "04-NQ/TU", date: "2022-12-14", issuer: "Hội nghị Thị ủy lần thứ 11 (khóa XXI)", summary: null },
      { paragraph: 19, symbol: "1873-KL/TU", date: "2023-07-13", issuer: "Tỉnh ủy (khóa XX)", summary: "về tình hình thực hiện nhiệm vụ 6 tháng đầu năm" },
      { paragraph: 29, symbol: "25-NQ/TW", date: "2013-06-03", issuer: "Ban Chấp hành Trung ương Đảng", summary: null },
      { paragraph: 29, symbol: "43-KL/TW", date: "2019-01-07", issuer: "Ban Bí thư", summary: "về tăng cường và đổi mới sự lãnh đạo của" },
      { paragraph: 43, symbol: "08/CT-TTg", date: "2023-03-23", issuer: "Thủ tướng Chính phủ", summary: null },
    ]);
  });

  it("ld12 (UBND notice of conclusions)", async () => {
    const path = `${CORPUS}/ld12_tb-ubnd_ket-luan-pci-doanh-nghiep.docx`;
    const { citations } = checkDocument(await readDocument(path, readFileSync(path)));
    expectStated(citations, [
      { paragraph: 12, symbol: "1618/QĐ-UBND", date: "2025-10-08", issuer: "Ủy ban nhân dân tỉnh", summary: null },
      { paragraph: 12, symbol: "1109/QĐ-UBND", date: "2026-03-31", issuer: "Ủy ban nhân dân tỉnh", summary: null },
      { paragraph: 20, symbol: "1618/QĐ-UBND", date: "2025-10-08", issuer: "Ủy ban nhân dân tỉnh", summary: null },
    ]);
  });

  it("ld16 (UBND report on drug prevention), paragraph 83", async () => {
    const path = `${CORPUS}/ld16_bc-ubnd_tong-ket-chien-luoc-pcmt.docx`;
    const { citations } = checkDocument(await readDocument(path, readFileSync(path)));
    expectStated(citations, [
      { paragraph: 83, symbol: "05-KL/TW", date: "2016-07-15", issuer: "Ban Bí thư", summary: "về tiếp tục thực hiện Chỉ thị số 48-CT/TW" },
      { paragraph: 83, symbol: "13-KL/TW", date: "2021-08-16", issuer: "Ban Bí thư", summary: "về tiếp tục thực hiện Chỉ thị số 48-CT/TW" },
      { paragraph: 83, symbol: "199/QĐ-TTg", date: "2017-02-14", issuer: "Thủ tướng Chính phủ", summary: "phê duyệt Chương trình thực hiện Kết luận số 05-KL/TW" },
      { paragraph: 83, symbol: "1944/QĐ-TTg", date: "2021-11-18", issuer: "Thủ tướng Chính phủ", summary: "phê duyệt Chương trình thực hiện Kết luận số 13-KL/TW" },
      { paragraph: 83, symbol: "10-NQ/TU", date: "2017-11-13", issuer: "Ban Thường vụ Tỉnh ủy", summary: "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống ma túy" },
      { paragraph: 83, symbol: "117-KH/TU", date: "2020-01-07", issuer: "Tỉnh ủy Lâm Đồng", summary: "về thực hiện Chỉ thị số 36-CT/TW" },
    ]);
  });
});
