import { describe, expect, it } from "vitest";
import { snapshotFromLines, type Snapshot } from "../../src/document/snapshot";
import { OUTLINE } from "../../src/structure/analysis";
import { checkDocument, createContext } from "../../src/engine/check";

const outlineOf = (doc: string[] | Snapshot) => createContext(Array.isArray(doc) ? snapshotFromLines(doc) : doc).ctx.get(OUTLINE);

describe("outline recovery from typed markers", () => {
  it("reads every marker kind with its level, number and original offsets", () => {
    const outline = outlineOf(["PHẦN THỨ NHẤT", "I. Kết quả", "1. Kinh tế", "1.1. Nông nghiệp", "1.1.1. Trồng trọt", "a) Lúa", "Phần thứ hai", "II- Hạn chế"]);
    expect(outline.map((e) => [e.marker, e.level, e.number])).toEqual([
      ["PHẦN THỨ NHẤT", 0, 1], ["I.", 1, 1], ["1.", 2, 1], ["1.1.", 3, 1], ["1.1.1.", 4, 1], ["a)", 4, 1], ["Phần thứ hai", 0, 2], ["II-", 1, 2],
    ]);
    expect(outline[3]).toMatchObject({ markerStart: 0, markerEnd: 4, title: "Nông nghiệp", source: "typed" });
  });

  it("keeps offsets in the original text when it is decomposed", () => {
    const [entry] = outlineOf(["  II.  " + "Hạn chế".normalize("NFD")]);
    expect(entry).toMatchObject({ markerStart: 2, markerEnd: 5, marker: "II." });
  });

  it("ignores bullets, figures and dates at the start of a line", () => {
    expect(outlineOf(["I. Kết quả", "- Một ý", "+ Ý nhỏ", "17.592 tỷ đồng", "2021 là năm đầu", "12.05.2021 họp"]).map((e) => e.marker)).toEqual(["I."]);
  });

  it("reads markdown-decorated headings", () => {
    expect(outlineOf(["## **II. ĐÁNH GIÁ CHUNG**", "### **1. Ưu điểm**", "**2.** Phát huy vai trò."]).map((e) => [e.marker, e.title])).toEqual([
      ["II.", "ĐÁNH GIÁ CHUNG"], ["1.", "Ưu điểm"], ["2.", "Phát huy vai trò."],
    ]);
  });
});

describe("confidence rule: numbered body lists are not headings", () => {
  it("drops a list of targets restarting at 1 under “Một số chỉ tiêu”", () => {
    const outline = outlineOf(["I. Phương hướng", "1. Mục tiêu chung", "2. Một số chỉ tiêu chủ yếu", "1. Tăng trưởng 7%", "2. Thu ngân sách 300 tỷ", "3. Nhiệm vụ, giải pháp"]);
    expect(outline.map((e) => [e.paragraph, e.marker])).toEqual([[0, "I."], [1, "1."], [2, "2."], [5, "3."]]);
  });

  it("drops a restarting run of sentences", () => {
    const outline = outlineOf(["I. Kết quả", "1. Kinh tế", "1. Sản xuất ổn định. Thu ngân sách đạt kế hoạch.", "2. Thương mại phục hồi. Giá cả ổn định.", "2. Xã hội"]);
    expect(outline.map((e) => e.paragraph)).toEqual([0, 1, 4]);
  });

  it("keeps a restart of short headings, which is a numbering defect", () => {
    expect(outlineOf(["I. Kết quả", "1. Kinh tế", "1. Xã hội"]).map((e) => e.paragraph)).toEqual([0, 1, 2]);
  });
});

describe("outline recovery from Word list numbering and heading styles", () => {
  const word = (paragraphs: Snapshot["paragraphs"]): Snapshot => ({ source: "word", paragraphs });

  it("uses the rendered list marker", () => {
    const outline = outlineOf(word([
      { index: 0, text: "Kết quả đạt được", list: { level: 0, marker: "I." }, font: { bold: true } },
      { index: 1, text: "Kinh tế", list: { level: 1, marker: "1." }, font: { bold: true } },
    ]));
    expect(outline.map((e) => [e.marker, e.level, e.number, e.source, e.markerStart, e.markerEnd])).toEqual([["I.", 1, 1, "list", 0, 0], ["1.", 2, 1, "list", 0, 0]]);
  });

  it("numbers marker-less list items by level", () => {
    const outline = outlineOf(word([
      { index: 0, text: "Kết quả", list: { level: 0 }, styleBuiltIn: "Heading1" },
      { index: 1, text: "Kinh tế", list: { level: 1 }, styleBuiltIn: "Heading2" },
      { index: 2, text: "Xã hội", list: { level: 1 }, styleBuiltIn: "Heading2" },
      { index: 3, text: "Hạn chế", list: { level: 0 }, styleBuiltIn: "Heading1" },
    ]));
    expect(outline.map((e) => [e.level, e.number])).toEqual([[1, 1], [2, 1], [2, 2], [1, 2]]);
  });

  it("skips bullet lists and sentence-like list items", () => {
    const outline = outlineOf(word([
      { index: 0, text: "Kết quả", styleBuiltIn: "Heading1" },
      { index: 1, text: "Một ý gạch đầu dòng", list: { level: 0, marker: "-" } },
      { index: 2, text: "Tăng trưởng đạt 7%. Thu ngân sách vượt dự toán. Đầu tư công giải ngân đúng tiến độ.", list: { level: 0, marker: "1." } },
    ]));
    expect(outline.map((e) => [e.paragraph, e.source, e.marker])).toEqual([[0, "style", ""]]);
  });

  it("chains Word's list numbering with typed markers into one sequence", () => {
    const snapshot = word([
      { index: 0, text: "I. Kết quả", font: { bold: true } },
      { index: 1, text: "Kết quả đánh giá tổng hợp chung", list: { level: 0, marker: "a)" } },
      { index: 2, text: "Nội dung đánh giá." },
      { index: 3, text: "b) Kết quả đánh giá công khai, minh bạch" },
    ]);
    expect(outlineOf(snapshot).map((e) => e.marker)).toEqual(["I.", "a)", "b)"]);
    expect(checkDocument(snapshot).findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);
  });

  it("a long first list item still counts when a typed marker continues it", () => {
    const long = "Thống nhất tổ chức Hội nghị gặp mặt doanh nghiệp theo đề xuất của Trung tâm, giao Trung tâm chủ trì phối hợp với các sở, ngành liên quan tổ chức thực hiện. Thời gian hoàn thành trong quý I.";
    const snapshot = word([
      { index: 0, text: long, list: { level: 0, marker: "1." } },
      { index: 1, text: "2. Đối với tiến độ thu hút các dự án đầu tư" },
    ]);
    expect(outlineOf(snapshot).map((e) => e.marker)).toEqual(["1.", "2."]);
    expect(checkDocument(snapshot).findings.filter((f) => f.ruleId === "numbering/skipped")).toEqual([]);
  });
});
