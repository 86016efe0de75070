/**
 * Parts ("PHẦN THỨ NHẤT", "Phần I", "PHẦN II") whose title sits on the next line(s): the outline
 * joins the title to the part, required sections are matched inside parts, and a misspelt part
 * heading is still the part, its typo reported once, by the fixed-block rule.
 */
import { describe, expect, it } from "vitest";
import { snapshotFromLines, type Paragraph, type Snapshot } from "../../src/document/snapshot";
import { OUTLINE } from "../../src/structure/analysis";
import { checkDocument, createContext } from "../../src/engine/check";

const HEADER = ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "HUYỆN ỦY HẢI LĂNG", "*", "Số 12-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Lăng, ngày 10 tháng 7 năm 2025", "", "BÁO CÁO", "sơ kết 6 tháng đầu năm 2025", "-----"];
const CLOSING = ["Trên đây là báo cáo sơ kết 6 tháng đầu năm 2025 của Huyện ủy Hải Lăng./.", "Nơi nhận:", "- Tỉnh ủy,", "- Lưu VP.", "T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Văn An"];
const report = (body: string[]) => [...HEADER, ...body, ...CLOSING];
const outlineOf = (doc: string[] | Snapshot) => createContext(Array.isArray(doc) ? snapshotFromLines(doc) : doc).ctx.get(OUTLINE);
const findings = (lines: string[]) => checkDocument(snapshotFromLines(lines)).findings;

/** A six-month report in two parts: results (with its shortcomings inside) and direction. */
const twoParts = (first: string, second: string, firstTitle = ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025"], secondTitle = ["PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"]) =>
  report([
    first, ...firstTitle,
    "I. Kết quả đạt được", "Công tác xây dựng Đảng được chú trọng, đạt nhiều kết quả.",
    "II. Hạn chế, khuyết điểm và nguyên nhân", "Một số nhiệm vụ triển khai còn chậm.",
    second, ...secondTitle,
    "I. Mục tiêu", "Phấn đấu hoàn thành các chỉ tiêu năm 2025.",
    "II. Nhiệm vụ, giải pháp", "Tập trung lãnh đạo thực hiện các nhiệm vụ trọng tâm.",
  ]);

describe("a part's title on the next line(s)", () => {
  it.each([
    ["PHẦN THỨ NHẤT", "PHẦN THỨ HAI"],
    ["Phần thứ nhất", "Phần thứ hai"],
    ["PHẦN I", "PHẦN II"],
    ["Phần I", "Phần II"],
  ])("%s … %s: the title is the part's, and no line of it is a heading or body text", (first, second) => {
    const outline = outlineOf(twoParts(first, second));
    const parts = outline.filter((e) => e.level === 0);
    expect(parts.map((e) => [e.marker, e.number, e.title])).toEqual([
      [first, 1, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025"],
      [second, 2, "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"],
    ]);
    expect(outline.filter((e) => e.level === 1).map((e) => e.marker)).toEqual(["I.", "II.", "I.", "II."]);
  });

  it("joins a title in capitals wrapped over two lines, but not the body sentence after a one-line title", () => {
    const wrapped = outlineOf(twoParts("PHẦN THỨ NHẤT", "PHẦN THỨ HAI", ["TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT", "ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XVII"]));
    expect(wrapped[0].title).toBe("TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XVII");
    const sentenceCase = outlineOf(report(["Phần thứ nhất", "Kết quả thực hiện nhiệm vụ", "Sáu tháng qua, tình hình kinh tế - xã hội ổn định", "I. Kết quả"]));
    expect(sentenceCase[0].title).toBe("Kết quả thực hiện nhiệm vụ");
  });

  it("takes no title when the next line is a heading or a sentence", () => {
    expect(outlineOf(report(["PHẦN THỨ NHẤT", "I. Kết quả đạt được"])).map((e) => [e.marker, e.title])).toEqual([["PHẦN THỨ NHẤT", ""], ["I.", "Kết quả đạt được"]]);
    const sentence = "Sáu tháng đầu năm, Huyện ủy đã lãnh đạo toàn diện các mặt công tác. Kinh tế tăng trưởng khá, quốc phòng - an ninh được giữ vững, đời sống nhân dân ổn định.";
    expect(outlineOf(report(["PHẦN THỨ NHẤT", sentence]))[0].title).toBe("");
    expect(outlineOf(report(["PHẦN THỨ NHẤT", "Sáu tháng đầu năm, kinh tế tăng trưởng khá.", "I. Kết quả"]))[0].title).toBe("");
    const word = (second: Paragraph): Snapshot => ({ source: "word", paragraphs: [{ index: 0, text: "PHẦN THỨ NHẤT", alignment: "Centered", font: { bold: true } }, { ...second, index: 1 }] });
    expect(outlineOf(word({ index: 1, text: "Kết quả thực hiện nhiệm vụ", alignment: "Centered" }))[0].title).toBe("Kết quả thực hiện nhiệm vụ");
    expect(outlineOf(word({ index: 1, text: "Sáu tháng đầu năm, kinh tế tăng trưởng khá", alignment: "Justified", font: { bold: false } }))[0].title).toBe("");
  });

  it("keeps a title written on the part's own line, after a colon or a dash", () => {
    expect(outlineOf(report(["PHẦN THỨ NHẤT: KẾT QUẢ ĐẠT ĐƯỢC", "PHẦN II - PHƯƠNG HƯỚNG"])).map((e) => e.title)).toEqual(["KẾT QUẢ ĐẠT ĐƯỢC", "PHƯƠNG HƯỚNG"]);
  });

  it("reports nothing about a part line or its title line in a well-formed report", () => {
    const doc = twoParts("PHẦN THỨ NHẤT", "PHẦN THỨ HAI");
    const partLines = new Set([10, 11, 16, 17]);
    expect(findings(doc).filter((f) => partLines.has(f.paragraph))).toEqual([]);
  });
});

describe("required sections inside parts", () => {
  it("finds results, shortcomings and direction across the parts, each once and in order", () => {
    for (const [first, second] of [["PHẦN THỨ NHẤT", "PHẦN THỨ HAI"], ["PHẦN I", "PHẦN II"]]) {
      expect(findings(twoParts(first, second)).filter((f) => f.ruleId.startsWith("sections/"))).toEqual([]);
    }
  });

  it("still reports a section missing from every part", () => {
    const doc = report(["PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "I. Công tác xây dựng Đảng", "II. Phát triển kinh tế", "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, NHIỆM VỤ", "I. Nhiệm vụ trọng tâm"]);
    const missing = findings(doc).filter((f) => f.ruleId === "sections/missing");
    expect(missing.map((f) => f.message.vi)).toEqual([expect.stringContaining("Hạn chế")]);
  });
});

describe("a misspelt part heading", () => {
  it.each([
    ["PHẦN THỨ NHẦT", "PHẦN THỨ HAI", 10, "NHẦT"],
    ["PHẦN THỨ NHẤT", "PHẦN THÚ HAI", 16, "PHẦN THÚ"],
    ["Phần thư nhất", "Phần thứ hai", 10, "Phần thư"],
  ])("%s / %s is still the part, its typo reported once by the fixed-block rule", (first, second, paragraph, typo) => {
    const doc = twoParts(first, second);
    expect(outlineOf(doc).filter((e) => e.level === 0).map((e) => e.number)).toEqual([1, 2]);
    const all = findings(doc);
    const onPart = all.filter((f) => f.paragraph === paragraph);
    expect(onPart.map((f) => f.ruleId)).toEqual(["blocks/fixed-typo"]);
    expect(onPart[0].severity).toBe("error");
    expect(onPart[0].text).toContain(typo);
    expect(all.filter((f) => f.ruleId.startsWith("sections/") || f.ruleId.startsWith("numbering/"))).toEqual([]);
  });
});

describe("a People's Committee report in three parts", () => {
  const STATE = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 45/BC-UBND", "Lâm Đồng, ngày 12 tháng 3 năm 2026", "", "BÁO CÁO", "Tổng kết thực hiện Chiến lược phòng, chống ma túy", ""];
  const doc = [
    ...STATE,
    "Phần thứ nhất", "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC",
    "I. ĐẶC ĐIỂM TÌNH HÌNH", "Tình hình tội phạm diễn biến phức tạp.",
    "II. KẾT QUẢ THỰC HIỆN", "Đã triệt phá nhiều đường dây.",
    "III. ĐÁNH GIÁ CHUNG", "Công tác phòng, chống ma túy đạt kết quả tích cực.",
    "Phần thứ hai", "DỰ BÁO TÌNH HÌNH VÀ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
    "1. Dự báo tình hình", "Tình hình còn phức tạp.",
    "Phần thứ ba", "KIẾN NGHỊ, ĐỀ XUẤT",
    "1. Bộ Công an đề xuất Chính phủ có chế độ, chính sách ưu đãi phù hợp tính chất nhiệm vụ của lực lượng chuyên trách phòng, chống ma túy; đánh giá lại định mức chi cho công tác cai nghiện.",
    "Trên đây là báo cáo tổng kết thực hiện Chiến lược phòng, chống ma túy của Ủy ban nhân dân tỉnh./.",
    "Nơi nhận:", "- Bộ Công an;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh",
  ];

  it("matches results and assessment inside the first part, direction and recommendations as parts: no section finding", () => {
    expect(findings(doc).filter((f) => f.ruleId.startsWith("sections/"))).toEqual([]);
  });
});

describe("a part and its title in one paragraph", () => {
  it("reads the title after a manual line break", () => {
    const [part] = outlineOf(report(["PHẦN THỨ NHẤT\u000bKẾT QUẢ ĐẠT ĐƯỢC", "I. Kinh tế"]));
    expect([part.marker, part.title]).toEqual(["PHẦN THỨ NHẤT", "KẾT QUẢ ĐẠT ĐƯỢC"]);
  });
});
