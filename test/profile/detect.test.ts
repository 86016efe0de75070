import { describe, expect, it } from "vitest";
import { detectProfile } from "../../src/profile/detect";
import { normalizeParagraph } from "../../src/text/normalize";

const detect = (lines: string[], today = new Date(2027, 0, 1)) => detectProfile(lines.map(normalizeParagraph), today);

describe("profile detection", () => {
  it("Party by the motto, version by the place-date", () => {
    expect(detect(["THÀNH ỦY ĐÔNG HÀ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 05 tháng 01 năm 2021"])).toMatchObject({ system: "party", basis: "motto", profile: "party-2018", documentDate: "2021-01-05" });
    expect(detect(["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 01 tháng 6 năm 2026"]).profile).toBe("party-2026");
  });

  it("State by the motto", () => {
    expect(detect(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])).toMatchObject({ system: "state", basis: "motto", profile: "state" });
  });

  it("a conclusion without header: the committee line and the meeting date", () => {
    expect(detect(["KẾT LUẬN", "CỦA THỊ ỦY (KHÓA XXI)", "Tại hội nghị ngày 17/7/2023, Ban Chấp hành đã thảo luận."])).toMatchObject({ system: "party", basis: "issuer", profile: "party-2018", documentDate: null });
  });

  it("an export without header: the signature authority", () => {
    const lines = ["**BÁO CÁO**", "Nội dung báo cáo.", "**TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH**"];
    expect(detect(lines)).toMatchObject({ system: "state", basis: "issuer" });
    expect(detect(["BÁO CÁO", "Nội dung.", "T/M THỊ ỦY", "BÍ THƯ"])).toMatchObject({ system: "party", basis: "issuer" });
  });

  it("falls back to Party and today's date", () => {
    expect(detect(["Một đoạn văn."], new Date(2021, 5, 1))).toMatchObject({ system: "party", basis: "default", profile: "party-2018" });
  });
});
