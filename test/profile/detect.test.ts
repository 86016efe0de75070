import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { normalizeParagraph } from "../../src/text/normalize";
import { detectProfile } from "../../src/profile/detect";

const lines = (...ls: string[]) => ls.map(normalizeParagraph);
const today = new Date(2026, 10, 21);

describe("detectProfile", () => {
  it("reads the Party motto and picks the Party version by the document's date", () => {
    expect(detectProfile(lines("THÀNH ỦY ĐÔNG HÀ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 05 tháng 01 năm 2021"), today)).toMatchObject({
      profile: "party-2018",
      system: "party",
      basis: "motto",
      documentDate: "2021-01-05",
    });
    expect(detectProfile(lines("ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 10 tháng 6 năm 2026"), today).profile).toBe("party-2026");
  });

  it("switches Party versions on 27/5/2026", () => {
    expect(detectProfile(lines("ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 26 tháng 5 năm 2026"), today).profile).toBe("party-2018");
    expect(detectProfile(lines("ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 27 tháng 5 năm 2026"), today).profile).toBe("party-2026");
  });

  it("falls back to today when the draft leaves the date blank except the year", () => {
    expect(detectProfile(lines("ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày   tháng 6 năm 2021"), today).documentDate).toBe("2021-06-01");
    expect(detectProfile(lines("ĐẢNG CỘNG SẢN VIỆT NAM"), today)).toMatchObject({ profile: "party-2026", documentDate: null });
  });

  it("reads the State motto", () => {
    expect(detectProfile(lines("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), today)).toMatchObject({ profile: "state", basis: "motto" });
  });

  it("uses the issuer line when there is no motto", () => {
    expect(detectProfile(lines("UBND THỊ XÃ QUẢNG TRỊ", "BÁO CÁO"), today)).toMatchObject({ system: "state", basis: "issuer" });
    expect(detectProfile(lines("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "BÁO CÁO"), today)).toMatchObject({ system: "party", basis: "issuer" });
  });

  it("detects the seeds' systems", () => {
    const read = (name: string) => readFileSync(`seeds/${name}.txt`, "utf8").split("\n").map(normalizeParagraph);
    expect(detectProfile(read("000_e6240ef1ee1503f8"), today)).toMatchObject({ profile: "party-2018", basis: "motto" });
    expect(detectProfile(read("004_eaaba1bef0b0e863"), today)).toMatchObject({ profile: "state" });
  });
});
