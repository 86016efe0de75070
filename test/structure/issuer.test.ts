import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";

const seed = (name: string) => readText(new Uint8Array(readFileSync(new URL(`../../seeds/${name}`, import.meta.url))), name);

describe("documentIssuer (CheckResult.issuer)", () => {
  it("is the last issuer line of a Party header, under the superior body", () => {
    expect(checkDocument(seed("000_e6240ef1ee1503f8.txt")).issuer).toBe("THÀNH UỶ ĐÔNG HÀ");
    expect(checkDocument(seed("001_87ee4238b5bec2d9.txt")).issuer).toBe("THÀNH ỦY ĐÔNG HÀ");
  });

  it("reads a State header and a header written in bold markdown", () => {
    const state = ["UBND HUYỆN CAM LỘ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/BC-UBND", "BÁO CÁO", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2021"];
    expect(checkDocument(snapshotFromLines(state, "state.txt")).issuer).toBe("UBND HUYỆN CAM LỘ");
    const bold = ["**HUYỆN ỦY HẢI LĂNG**", "*", "Số 20-BC/HU", "BÁO CÁO", "Kết quả công tác 6 tháng đầu năm 2021"];
    expect(checkDocument(snapshotFromLines(bold, "bold.txt")).issuer).toBe("HUYỆN ỦY HẢI LĂNG");
  });

  it("is null when the document has no header naming an issuer", () => {
    expect(checkDocument(seed("003_107d5b72e63935bb.txt")).issuer).toBeNull();
    expect(checkDocument(snapshotFromLines(["Thu ngân sách năm 2021 đạt 120 tỷ đồng."], "bare.txt")).issuer).toBeNull();
  });
});
