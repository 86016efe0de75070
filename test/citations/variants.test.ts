import { describe, expect, it } from "vitest";
import { detectCitations, type Citation } from "../../src/citations/detect";
import { analyzeCitations } from "../../src/citations/analysis";
import { CitationRegistry } from "../../src/citations/registry";
import { normalizeParagraph } from "../../src/text/normalize";
import { PROFILES } from "../../src/profile/profile";

/**
 * How people really write references, one class of variation per block, five or more
 * examples each (written for these tests, not copied from any document), and the negatives
 * that must stay negative.
 */
const numbered = (text: string): Citation[] => detectCitations(text, 0).filter((c) => c.kind === "numbered");
const symbols = (text: string) => numbered(text).map((c) => c.symbol?.normalized ?? null);
const slice = (text: string, span: { start: number; end: number } | null | undefined) => (span ? text.slice(span.start, span.end) : null);

describe("lower case and mixed case type words and codes", () => {
  it.each([
    ["quán triệt chỉ thị số 12-ct/tw của Ban Bí thư", "12-CT/TW"],
    ["theo kết luận số 21-kl/tw ngày 25/10/2021 của ban chấp hành trung ương", "21-KL/TW"],
    ["thực hiện NGHỊ QUYẾT SỐ 35-NQ/TW của Bộ Chính trị", "35-NQ/TW"],
    ["căn cứ quyết định số 68/qđ-ubnd ngày 12/01/2021", "68/QĐ-UBND"],
    ["theo Nghị định số 30/2020/nđ-cp của Chính phủ", "30/2020/NĐ-CP"],
    ["Quy định số 10-qđi/tu ngày 10/5/2019", "10-QĐi/TU"],
    ["Quyết định số 1123/qđ-ttg của Thủ tướng", "1123/QĐ-TTg"],
  ])("%s", (text, symbol) => {
    expect(symbols(text)).toEqual([symbol]);
    const c = numbered(text)[0];
    if (text.slice(c.symbol!.start, c.symbol!.end) !== symbol) expect(c.symbol?.variants).toContain("case");
  });

  it("reads the issuer of a lower-case citation to the end of the body's name", () => {
    const text = "theo kết luận số 21-kl/tw ngày 25/10/2021 của ban chấp hành trung ương";
    const [c] = numbered(text);
    expect(c.date?.iso).toBe("2021-10-25");
    expect(c.issuer?.text).toBe("ban chấp hành trung ương");
    expect(c.issuer?.body?.canonical).toBe("Ban Chấp hành Trung ương");
  });
});

describe("missing spaces around số, ngày, của", () => {
  it.each([
    ["theo Quy định số47-QĐ/TW của Ban Chấp hành Trung ương", "47-QĐ/TW", null, "Ban Chấp hành Trung ương"],
    ["Thông báo số 22-TB/TWngày 15 tháng 3 năm 2019 của Bộ Chính trị", "22-TB/TW", "2019-03-15", "Bộ Chính trị"],
    ["Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017của Ban Chấp hành Trung ương", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương"],
    ["Chỉ thị số05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "05-CT/TW", "2016-05-15", "Bộ Chính trị"],
    ["Kế hoạch số 82-KH/TU ngày11/12/2018 của Ban Thường vụ Thành ủy", "82-KH/TU", "2018-12-11", "Ban Thường vụ Thành ủy"],
    ["Nghị định số 30/2020/NĐ-CP ngày 05/3/2020của Chính phủ", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ"],
  ])("%s", (text, symbol, date, issuer) => {
    const [c] = numbered(text);
    expect(c.symbol?.normalized).toBe(symbol);
    expect(c.date?.iso ?? null).toBe(date);
    expect(c.issuer?.canonical).toBe(issuer);
  });
});

describe("a missing hyphen or slash, or a space inside the symbol", () => {
  it.each([
    ["Chỉ thị số 35 CT/TW của Bộ Chính trị", "35-CT/TW"],
    ["Quyết định số 1123/QĐ TTg của Thủ tướng Chính phủ", "1123/QĐ-TTg"],
    ["Nghị quyết 33 NQ/TW của Ban Chấp hành Trung ương", "33-NQ/TW"],
    ["Kế hoạch số 12/KH UBND ngày 02/3/2021", "12/KH-UBND"],
    ["Kết luận số 05 - KL/TU của Ban Thường vụ", "05-KL/TU"],
    ["Nghị quyết số 128/NQ - HĐND", "128/NQ-HĐND"],
  ])("%s", (text, symbol) => {
    const [c] = numbered(text);
    expect(c.symbol?.normalized).toBe(symbol);
    expect(c.symbol?.variants.some((v) => v === "separator" || v === "spacing")).toBe(true);
  });
});

describe("T.Ư and TƯ for TW", () => {
  it.each([
    ["Nghị quyết số 35-NQ/TƯ của Bộ Chính trị", "35-NQ/TW"],
    ["Chỉ thị số 05-CT/T.Ư ngày 15/5/2016", "05-CT/TW"],
    ["Kết luận số 01-KL/TƯ của Bộ Chính trị", "01-KL/TW"],
    ["Quy định số 66-QĐ/T.Ư", "66-QĐ/TW"],
    ["Hướng dẫn số 36-HD/VPTƯ ngày 03/4/2018", "36-HD/VPTW"],
  ])("%s", (text, symbol) => {
    const [c] = numbered(text);
    expect(c.symbol?.normalized).toBe(symbol);
    expect(c.symbol?.variants).toContain("tu");
    expect(c.symbol?.system).toBe("party");
  });
});

describe("letter-suffixed numbers", () => {
  it.each([
    ["Quyết định số 1600a/QĐ-UBND ngày 12/6/2020", "1600a/QĐ-UBND", "1600a"],
    ["Công văn số 25b/UBND-VX", "25b/UBND-VX", "25b"],
    ["Kế hoạch số 12a-KH/TU của Tỉnh ủy", "12a-KH/TU", "12a"],
    ["Quyết định số 345c/QĐ-UBND", "345c/QĐ-UBND", "345c"],
    ["Thông báo số 7a-TB/HU của Huyện ủy", "7a-TB/HU", "7a"],
  ])("%s", (text, symbol, number) => {
    const [c] = numbered(text);
    expect(c.symbol?.normalized).toBe(symbol);
    expect(c.symbol?.number).toBe(number);
  });
});

describe("agency codes with digits and several parts", () => {
  it.each([
    ["Công văn số 1234/BCA-C06 ngày 02/6/2023 của Bộ Công an", "1234/BCA-C06"],
    ["Kế hoạch số 57/KH-C04-P3 ngày 10/3/2024", "57/KH-C04-P3"],
    ["Hướng dẫn số 26/HD-BCA-C04 ngày 29/4/2025", "26/HD-BCA-C04"],
    ["Kế hoạch số 114/KH-CAT-PC04 ngày 22/3/2024", "114/KH-CAT-PC04"],
    ["Kế hoạch số 107/KHPH-CA-GD&ĐT ngày 20/3/2024", "107/KHPH-CA-GD&ĐT"],
    ["Công văn số 4756/BTP-KTVB&QLXLVPHC ngày 05/8/2025", "4756/BTP-KTVB&QLXLVPHC"],
  ])("%s", (text, symbol) => {
    expect(symbols(text)).toEqual([symbol]);
  });
});

describe("Party codes with a slash inside, and old forms without an issuer code", () => {
  it.each([
    ["Quy định số 217/QĐ/QUTW của Quân ủy Trung ương", "217/QĐ/QUTW", "217-QĐ/QUTW"],
    ["Nghị quyết số 12/NQ/TU của Tỉnh ủy", "12/NQ/TU", "12-NQ/TU"],
    ["Chỉ thị số 3/CT/HU của Huyện ủy", "3/CT/HU", "3-CT/HU"],
    ["Kết luận số 9/KL/ĐU của Đảng ủy", "9/KL/ĐU", "9-KL/ĐU"],
    ["Kế hoạch số 44/KH/BTGTU", "44/KH/BTGTU", "44-KH/BTGTU"],
  ])("%s", (text, written, partyStyle) => {
    const [c] = numbered(text);
    expect(c.symbol?.normalized).toBe(written);
    expect(c.symbol?.system).toBe("party");
    expect(c.symbol?.typeCode).not.toBeNull();
    expect(`${c.symbol?.number}-${c.symbol?.typeCode}/${c.symbol?.issuerCode}`).toBe(partyStyle);
  });

  it.each([
    ["Thông báo số 88-TB ngày 12/3/1998", "88-TB"],
    ["Chỉ thị số 15-CT của Ban Bí thư", "15-CT"],
    ["Nghị quyết số 8-NQ ngày 10/3/1990", "8-NQ"],
    ["Quyết định số 77-QĐ ngày 2/4/1996", "77-QĐ"],
    ["Kết luận số 21-KL", "21-KL"],
  ])("old form %s", (text, symbol) => {
    expect(symbols(text)).toEqual([symbol]);
  });
});

describe("numbered references without a symbol", () => {
  it.each([
    ["Nghị quyết số 29 ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI", "29", "2013-11-04", "Ban Chấp hành Trung ương Đảng khóa XI"],
    ["Chỉ thị số 08 ngày 20/3/2022 của Ban Bí thư", "08", "2022-03-20", "Ban Bí thư"],
    ["Chỉ thị số 27 đã được quán triệt", "27", null, null],
    ["Quyết định số 1357 ngày 08/11/2019 của Thủ tướng Chính phủ", "1357", "2019-11-08", "Thủ tướng Chính phủ"],
    ["Kế hoạch số 45 của Ủy ban nhân dân tỉnh", "45", null, "Ủy ban nhân dân tỉnh"],
  ])("%s", (text, number, date, issuer) => {
    const [c] = numbered(text);
    expect(c.number).toBe(number);
    expect(c.date?.iso ?? null).toBe(date);
    expect(c.issuer?.canonical ?? null).toBe(issuer);
  });
});

describe("elided lists with commas, và, hoặc", () => {
  it.each([
    ["Chỉ thị 12, 13, 14 của Thủ tướng Chính phủ", ["12", "13", "14"], "Thủ tướng Chính phủ"],
    ["Nghị quyết 18, Nghị quyết 19 hoặc Nghị quyết 20 của Ban Chấp hành Trung ương", ["18", "19", "20"], "Ban Chấp hành Trung ương"],
    ["Quyết định 217, 218 của Bộ Chính trị", ["217", "218"], "Bộ Chính trị"],
    ["Kết luận 01 và 02 của Bộ Chính trị", ["01", "02"], "Bộ Chính trị"],
    ["Chỉ thị số 05-CT/TW và 06 của Bộ Chính trị", ["05", "06"], "Bộ Chính trị"],
    ["Quyết định 99 hoặc 100 của Ủy ban nhân dân tỉnh", ["99", "100"], "Ủy ban nhân dân tỉnh"],
  ])("%s", (text, numbers, issuer) => {
    const found = numbered(text);
    expect(found.map((c) => c.symbol?.number ?? c.number)).toEqual(numbers);
    expect(found.every((c) => c.issuer?.canonical === issuer)).toBe(true);
  });

  it("completes Party symbols from the central issuer", () => {
    expect(symbols("Nghị quyết 18, Nghị quyết 19 hoặc Nghị quyết 20 của Ban Chấp hành Trung ương")).toEqual(["18-NQ/TW", "19-NQ/TW", "20-NQ/TW"]);
  });
});

describe("issuers that run to the end of the name", () => {
  it.each([
    ["Quyết định số 28/2025/QĐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ phê duyệt Đề án", "Thủ tướng Chính phủ"],
    ["Nghị quyết số 201/2023/NQ-HĐND của Hội đồng nhân dân tỉnh quy định mức chi", "Hội đồng nhân dân tỉnh"],
    ["Thông tư số 18/2021/TT-BYT ngày 16/11/2021 của Bộ Y tế quy định tiêu chuẩn", "Bộ Y tế"],
    ["Công văn số 359/STTTT-TTBCXB của Sở Thông tin và Truyền thông về việc tuyên truyền", "Sở Thông tin và Truyền thông"],
    ["Thông tư số 05/2021/TT-BGDĐT của Bộ Giáo dục và Đào tạo về", "Bộ Giáo dục và Đào tạo"],
    ["Nghị quyết số 10-NQ/TU ngày 13/11/2017 của Ban thường vụ Tỉnh ủy ban hành về tăng cường", "Ban thường vụ Tỉnh ủy"],
    ["Hướng dẫn số 26/HD-BCA-C04 của Bộ Công an và Dự án “Hợp tác”", "Bộ Công an"],
    ["Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII) về đẩy mạnh", "Bộ Chính trị (khóa XII)"],
    ["Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương, khóa XI về đổi mới", "Ban Chấp hành Trung ương, khóa XI"],
  ])("%s", (text, issuer) => {
    const [c] = numbered(text);
    expect(c.issuer?.text).toBe(issuer);
  });

  it.each([
    ["Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 02/3/2021 về triển khai", "Ủy ban nhân dân tỉnh"],
    ["Đảng ủy phường xây dựng Kế hoạch số 05-KH/ĐU triển khai thực hiện", "Đảng ủy phường"],
    ["Trên cơ sở đó, Ban Thường vụ Tỉnh ủy Lâm Đồng đã ban hành Kế hoạch số 117-KH/TU ngày 07/01/2020", "Ban Thường vụ Tỉnh ủy Lâm Đồng"],
    ["UBND tỉnh ban hành Quyết định số 1619/QĐ-UBND ngày 08/10/2025", "UBND tỉnh"],
    ["Thành ủy đã ban hành Chương trình hành động số 20-CTr/TU", "Thành ủy"],
  ])("the issuer as the sentence's subject: %s", (text, issuer) => {
    const [c] = numbered(text);
    expect(c.issuer?.text).toBe(issuer);
    expect(c.issuer?.role).toBe("subject");
  });

  it("an issuer shared by two references of a list", () => {
    const text = "Kết luận số 05-KL/TW ngày 15/7/2016, Kết luận số 13-KL/TW ngày 16/8/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 48-CT/TW";
    const [first, second] = numbered(text);
    expect(first.issuer?.canonical).toBe("Ban Bí thư");
    expect(first.issuer?.role).toBe("shared");
    expect(second.issuer?.role).toBe("of");
    expect(first.summary?.text).toBe("về tiếp tục thực hiện Chỉ thị số 48-CT/TW");
  });
});

describe("the summary, captured as text", () => {
  it.each([
    ["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.", "về tăng cường bảo vệ nền tảng tư tưởng của Đảng"],
    ["Chỉ thị số 05-CT/TW của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”;", "“Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"],
    ["Quyết định số 199/QĐ-TTg ngày 14/02/2017 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện Kết luận số 05-KL/TW; tiếp đó", "phê duyệt Chương trình thực hiện Kết luận số 05-KL/TW"],
    ["Kế hoạch số 7353/KH-UBND ngày 14/10/2021 về triển khai Chương trình phòng, chống ma túy, Công an tỉnh đã chủ trì", "về triển khai Chương trình phòng, chống ma túy"],
    ["Chỉ thị số 07/CT-TTg ngày 14/3/2025 về việc đẩy mạnh triển khai Đề án 06 và Chỉ thị số 24/CT-TTg ngày 13/9/2025", "về việc đẩy mạnh triển khai Đề án 06"],
    ["Nghị quyết số 10-NQ/TU của Ban thường vụ Tỉnh ủy ban hành về tăng cường sự lãnh đạo của Đảng", "về tăng cường sự lãnh đạo của Đảng"],
  ])("%s", (text, summary) => {
    const [c] = numbered(text);
    expect(c.summary?.text).toBe(summary);
    expect(slice(text, c.summary)).toBe(summary);
  });
});

describe("negatives stay negative", () => {
  it.each([
    "đạt 8/10 điểm, xếp loại 45/50 đơn vị",
    "liên hệ số điện thoại 0233-3852-555 hoặc 0912 345 678",
    "bản đồ tỷ lệ 1/500, 1/2000 và 1/10.000",
    "phòng, chống dịch Covid-19 và biến chủng Covid-19 mới",
    "ngày 22/10/2018, ngày 05-3-2020 và ngày 02.9.2021",
    "chi 150.000.000 đồng, tức 150 triệu đ/người",
    "đạt chuẩn ISO 9001:2015 và ISO 9001:2008",
    "theo TCVN 5574:2018 và QCVN 01:2021/BXD",
    "Kế hoạch 5 năm 2021-2025 và Chương trình 2 buổi/ngày",
    "nhiệm kỳ 2020 - 2025, tăng 2,5% so với cùng kỳ",
  ])("%s", (text) => {
    expect(numbered(text)).toEqual([]);
  });
});

describe("short forms linked to their document", () => {
  const records = (lines: string[]) => analyzeCitations(lines.map((l) => normalizeParagraph(l)), PROFILES["party-2018"], CitationRegistry.withBundled()).records;

  it("a later short form is linked to the full mention", () => {
    const found = records(["Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.", "Việc quán triệt Nghị quyết 35 được chú trọng; Nghị quyết này đi vào cuộc sống."]);
    expect(found.map((c) => c.kind)).toEqual(["numbered", "numbered", "demonstrative"]);
    expect(new Set(found.map((c) => c.document)).size).toBe(1);
    expect(found[0].document).not.toBeNull();
  });

  it.each([
    ["Chỉ thị 05", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập"],
    ["Kết luận 21", "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"],
    ["Nghị quyết 29", "Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương"],
    ["Chỉ thị 27", "Chỉ thị số 27-CT/TW ngày 10/01/2019 của Bộ Chính trị"],
    ["Quyết định 1357", "Quyết định số 1357/QĐ-TTg ngày 08/11/2019 của Thủ tướng Chính phủ"],
  ])("%s after its full mention", (short, full) => {
    const found = records([`Triển khai ${full}.`, `Kết quả thực hiện ${short} của tỉnh.`]);
    expect(found).toHaveLength(2);
    expect(found[1].document).toBe(found[0].document);
  });

  it("a short form before any full mention is the document's first mention", () => {
    const found = records(["Quán triệt Nghị quyết 35 của Bộ Chính trị.", "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị được triển khai."]);
    expect(found[0].document).toBe(found[1].document);
  });

  it("a short form that fits two documents is not linked, and says so", () => {
    const found = records(["Quyết định số 12/QĐ-UBND ngày 02/3/2021 và Quyết định số 12/QĐ-TTg ngày 05/4/2021.", "Theo Quyết định 12, các đơn vị triển khai."]);
    expect(found[2].document).toBeNull();
    expect(found[2].ambiguousWith).toEqual([found[0].document, found[1].document]);
  });

  it("`Nghị quyết này` with no resolution cited before is the writer's own document, not a reference", () => {
    expect(records(["Nghị quyết này có hiệu lực kể từ ngày ký."])).toEqual([]);
  });

  it("a Party number of another term is another document", () => {
    const found = records(["Nghị quyết số 25-NQ/TW ngày 12/3/2003 về công tác tôn giáo.", "Nghị quyết số 25-NQ/TW ngày 03/6/2013 về công tác dân vận."]);
    expect(found[0].document).not.toBe(found[1].document);
  });
});

describe("Party bodies with composite codes are not State bodies", () => {
  it.each(["Kế hoạch số 12-KH/KDV ngày 02/3/2021", "Hướng dẫn số 13-HD/BTGTU ngày 10/5/2020", "Thông báo số 45-TB/UBKTTU", "Kế hoạch số 7-KH/ĐUK", "Báo cáo số 21-BC/BDVTU"])("%s", (text) => {
    const [c] = numbered(text);
    expect(c.symbol?.system).toBe("party");
  });

  it("a State body's code in Party style stays a State symbol (symbol-system reports it)", () => {
    expect(numbered("Quyết định số 01-QĐ/UBND")[0].symbol?.system).toBe("state");
  });
});

describe("named documents keep their proper names and every part", () => {
  it.each([
    ["Nghị quyết Đại hội Đảng bộ huyện Đức Phổ lần thứ XX", "Nghị quyết Đại hội Đảng bộ huyện Đức Phổ lần thứ XX", "congress:local:XX:đức phổ"],
    ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ XVII", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ XVII", "congress:province:XVII:quảng trị"],
    ["Nghị quyết Đại hội Đảng bộ thành phố Đông Hà lần thứ XIII", "Nghị quyết Đại hội Đảng bộ thành phố Đông Hà lần thứ XIII", "congress:local:XIII:đông hà"],
    ["Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Trung ương 4 khóa XII", "tw:4:XII"],
    ["Luật phòng, chống ma túy", "Luật Phòng, chống ma túy", "law:phòng chống ma túy"],
    ["Nghị quyết Đại hội đại biểu Đảng bộ huyện Đức Phổ lần thứ XXI, nhiệm kỳ 2020 - 2025", "Nghị quyết Đại hội đại biểu Đảng bộ huyện Đức Phổ lần thứ XXI, nhiệm kỳ 2020 - 2025", "congress:local:XXI:đức phổ"],
    ["Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ngãi lần thứ XX (nhiệm kỳ 2020-2025)", "Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ngãi lần thứ XX, nhiệm kỳ 2020 - 2025", "congress:province:XX:quảng ngãi"],
    ["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, nhiệm kỳ 2021 – 2026", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, nhiệm kỳ 2021 - 2026", "congress:national:XIII"],
  ])("%s", (text, label, key) => {
    const [c] = detectCitations(text, 0);
    expect(c.named?.label).toBe(label);
    expect(c.named?.key).toBe(key);
  });
});

describe("the canonical form of a first mention", () => {
  const records = (lines: string[], profile: "party-2018" | "state") => analyzeCitations(lines.map((l) => normalizeParagraph(l)), PROFILES[profile], CitationRegistry.withBundled()).records;

  it("is type, số, symbol, date, issuer and the summary as written", () => {
    const [first, later] = records(["Thực hiện Quyết định 199/QĐ-TTg ngày 14/02/2017 của Thủ tướng Chính phủ phê duyệt Chương trình.", "Kết quả thực hiện Quyết định số 199/QĐ-TTg."], "state");
    expect(first.canonical).toBe("Quyết định số 199/QĐ-TTg ngày 14/02/2017 của Thủ tướng Chính phủ phê duyệt Chương trình");
    expect(later.canonical).toBe("Quyết định số 199/QĐ-TTg ngày 14/02/2017 của Thủ tướng Chính phủ");
  });

  it("takes the summary from the registry when the text gives none", () => {
    const [c] = records(["Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị."], "party-2018");
    // party-2018 accepts either comma style and follows the document, which writes none.
    expect(c.canonical).toBe("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
  });
});
