import { describe, expect, it } from "vitest";
import { snapshotFromLines, type Paragraph, type Snapshot } from "../../src/document/snapshot";
import { createContext } from "../../src/engine/check";
import { placeOf, shortHeading } from "../../src/structure/place";

const REPORT = [
  "ĐẢNG BỘ TỈNH BÌNH ĐỊNH",
  "Số 12-BC/TU",
  "BÁO CÁO",
  "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021",
  "",
  "I. KẾT QUẢ ĐẠT ĐƯỢC TRONG SÁU THÁNG ĐẦU NĂM",
  "1. Về kinh tế",
  "1.1. Nông nghiệp",
  "- Tổng sản phẩm trên địa bàn tăng 6,5% so với cùng kỳ.",
  "2. Về xã hội",
  "Công tác giáo dục được quan tâm.",
  "II. PHƯƠNG HƯỚNG, NHIỆM VỤ",
  "Tiếp tục thực hiện các chỉ tiêu.",
  "Trên đây là báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021.",
  "Nơi nhận:",
];

function place(snapshot: Snapshot, paragraph: number) {
  return placeOf(createContext(snapshot, { profile: "party-2018" }).ctx, paragraph);
}

describe("placeOf: a place a Word user can see", () => {
  const report = snapshotFromLines(REPORT);

  it("names a body paragraph by the headings above it (a multi-level number stands for its parent) and its first words", () => {
    expect(place(report, 8)).toEqual({
      vi: "mục I › 1.1, “Tổng sản phẩm trên địa bàn…”",
      en: "section I › 1.1, “Tổng sản phẩm trên địa bàn…”",
    });
    expect(place(report, 10).vi).toBe("mục I › 2, “Công tác giáo dục được quan…”");
    expect(place(report, 12).vi).toBe("mục II, “Tiếp tục thực hiện các chỉ…”");
  });

  it("names a heading by its number and the first words of its title, never by a paragraph number", () => {
    expect(place(report, 5)).toEqual({ vi: "mục “I. KẾT QUẢ ĐẠT ĐƯỢC TRONG…”", en: "heading “I. KẾT QUẢ ĐẠT ĐƯỢC TRONG…”" });
    expect(place(report, 11).vi).toBe("mục “II. PHƯƠNG HƯỚNG, NHIỆM VỤ”");
  });

  it("names the header and the closing as such", () => {
    expect(place(report, 1)).toEqual({ vi: "phần đầu văn bản, “Số 12-BC/TU”", en: "the header, “Số 12-BC/TU”" });
    expect(place(report, 14).vi).toBe("phần cuối văn bản, “Nơi nhận:”");
    // An appendix after the signature is not the closing.
    const appendix = snapshotFromLines([...REPORT.slice(0, -1), "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A", "Nơi nhận:", "- Như trên,", "- Lưu VPTU.", "PHỤ LỤC", "Số liệu giải ngân vốn đầu tư công"]);
    expect(place(appendix, 21)).toEqual({ vi: "sau phần chữ ký, “Số liệu giải ngân vốn đầu…”", en: "after the signature, “Số liệu giải ngân vốn đầu…”" });
  });

  it("says a table cell and a footnote are one, and quotes an unnumbered style heading by its title", () => {
    const paragraphs: Paragraph[] = [
      { index: 0, text: "Kết quả thực hiện", styleBuiltIn: "Heading1" },
      { index: 1, text: "Thu ngân sách", tableNesting: 1 },
      { index: 2, text: "Số liệu ước tính đến ngày 15/6.", footnoteId: "2" },
    ];
    const word: Snapshot = { source: "word", paragraphs };
    expect(place(word, 1)).toEqual({ vi: "mục “Kết quả thực hiện”, bảng, “Thu ngân sách”", en: "section “Kết quả thực hiện”, table, “Thu ngân sách”" });
    expect(place(word, 2).vi).toBe("chú thích 2, “Số liệu ước tính đến ngày…”");
  });

  it("a paragraph with no heading above and no words is still named", () => {
    const bare = snapshotFromLines(["Nội dung thứ nhất của văn bản.", ""]);
    expect(place(bare, 0).vi).toBe("“Nội dung thứ nhất của văn…”");
    expect(place(bare, 1)).toEqual({ vi: "một đoạn trống", en: "an empty paragraph" });
  });

  it("quotes the normalised text: decomposed accents and invisible characters do not reach the message", () => {
    const disguised = snapshotFromLines(REPORT.map((line) => line.normalize("NFD").replace("Tổng", "T\u200Bổng")));
    expect(place(disguised, 8)).toEqual(place(report, 8));
  });

  it("shortHeading keeps the marker and drops punctuation left at the cut", () => {
    expect(shortHeading({ marker: "2.", title: "Về công tác xây dựng, chỉnh đốn Đảng" })).toBe("2. Về công tác xây dựng…");
  });
});
