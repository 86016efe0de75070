/**
 * The outline of real .docx packages: body text that Word formats as a heading (a heading style,
 * a direct outline level) is not a heading without a marker; a long first item "a) …" over
 * several lines still counts as "a)"; a heading whose marker is empty never repeats itself.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/document/read";
import { OUTLINE, STRUCTURE } from "../../src/structure/analysis";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument, createContext } from "../../src/engine/check";
import { buildDocx, para } from "../support/docxBuilder";

const STYLES = `
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`;

const NUMBERING = `
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;

const HEADER = [
  para("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "", "<w:b/>"),
  para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "<w:b/>"),
  para("Độc lập - Tự do - Hạnh phúc", "", "<w:b/>"),
  para("Số: 120/BC-UBND"),
  para("Quảng Trị, ngày 10 tháng 7 năm 2025"),
  para("BÁO CÁO", '<w:jc w:val="center"/>', "<w:b/>"),
  para("Tình hình kinh tế - xã hội 6 tháng đầu năm 2025", '<w:jc w:val="center"/>', "<w:b/>"),
  para(""),
];
const CLOSING = [
  para("Trên đây là báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2025 của Ủy ban nhân dân tỉnh./."),
  para("Nơi nhận:"), para("- Thường trực Tỉnh ủy;"), para("- Lưu: VT."), para("TM. ỦY BAN NHÂN DÂN"), para("CHỦ TỊCH"), para("Nguyễn Văn An"),
];
const BOLD = "<w:b/>";
const num = (id: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
const SENTENCE = "Trong 6 tháng đầu năm, Ủy ban nhân dân tỉnh đã tập trung chỉ đạo các ngành, địa phương triển khai đồng bộ các nhiệm vụ, giải pháp; kinh tế tiếp tục phục hồi, an sinh xã hội được bảo đảm.";

async function check(body: string[]) {
  const xml = [...HEADER, ...body, ...CLOSING].join("");
  const snapshot = await readDocument("report.docx", await buildDocx({ body: xml, styles: STYLES, numbering: NUMBERING }));
  const { ctx } = createContext(snapshot, {});
  const outline = ctx.get(OUTLINE);
  return { snapshot, outline, markers: outline.map((e) => e.marker || `[${e.source}]`), findings: checkDocument(snapshot).findings };
}

describe("body text formatted as a heading", () => {
  it.each([
    ["a heading style", '<w:pStyle w:val="Heading2"/>', SENTENCE],
    ["a direct outline level", '<w:outlineLvl w:val="1"/>', SENTENCE],
    ["both, in bold", '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="0"/>', SENTENCE],
    ["a heading style (a short sentence)", '<w:pStyle w:val="Heading2"/>', "Kinh tế tiếp tục phục hồi."],
  ])("a sentence in %s is body text, not a heading", async (_name, pPr, text) => {
    const { outline, markers, findings } = await check([
      para("I. KẾT QUẢ ĐẠT ĐƯỢC", "", BOLD),
      para(text, pPr),
      para("1. Về kinh tế", "", BOLD),
      para("Tổng sản phẩm trên địa bàn tăng 7,2% so với cùng kỳ."),
      para("2. Về văn hóa - xã hội", "", BOLD),
      para("II. HẠN CHẾ, KHÓ KHĂN", "", BOLD),
      para("III. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM", "", BOLD),
    ]);
    expect(markers).toEqual(["I.", "1.", "2.", "II.", "III."]);
    expect(outline[1]).toMatchObject({ marker: "1.", level: 2 });
    expect(findings.filter((f) => f.ruleId.startsWith("numbering/") || f.ruleId.startsWith("presentation/heading") || f.ruleId === "heading/punctuation")).toEqual([]);
  });

  it("a heading style with a marker typed in is a numbered heading", async () => {
    const { markers } = await check([
      para("I. KẾT QUẢ ĐẠT ĐƯỢC", '<w:pStyle w:val="Heading1"/>'),
      para("1. Về kinh tế", '<w:pStyle w:val="Heading2"/>'),
      para(SENTENCE),
      para("II. HẠN CHẾ", '<w:pStyle w:val="Heading1"/>'),
    ]);
    expect(markers).toEqual(["I.", "1.", "II."]);
  });

  it("a short title in a heading style, without any number, is still a heading of the outline", async () => {
    const { outline } = await check([
      para("Kết quả đạt được", '<w:pStyle w:val="Heading1"/>'),
      para(SENTENCE),
      para("Phương hướng, nhiệm vụ", '<w:pStyle w:val="Heading1"/>'),
    ]);
    expect(outline.map((e) => [e.source, e.title])).toEqual([["style", "Kết quả đạt được"], ["style", "Phương hướng, nhiệm vụ"]]);
  });
});

describe("a long first item", () => {
  const longItem = (marker: string) =>
    `<w:p><w:r><w:t xml:space="preserve">${marker}Sản xuất nông nghiệp tiếp tục phát triển ổn định, diện tích gieo trồng đạt 100% kế hoạch.</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Năng suất lúa bình quân đạt 55 tạ/ha, tăng 2 tạ/ha so với cùng kỳ; chăn nuôi phát triển, dịch bệnh được kiểm soát.</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Giá trị sản xuất toàn ngành tăng 3,5%.</w:t></w:r></w:p>`;

  it("typed “a) …” over several lines still counts as a)", async () => {
    const { markers, findings } = await check([
      para("I. KẾT QUẢ ĐẠT ĐƯỢC", "", BOLD), para("1. Về kinh tế", "", BOLD),
      longItem("a) "), para("b) Công nghiệp - xây dựng"), para("c) Thương mại - dịch vụ"),
      para("2. Về văn hóa - xã hội", "", BOLD),
    ]);
    expect(markers).toEqual(["I.", "1.", "a)", "b)", "c)", "2."]);
    expect(findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);
  });

  it("“a)” rendered by Word over several lines chains with a typed “b)”", async () => {
    const listed = longItem("").replace("<w:p>", `<w:p><w:pPr>${num(1)}</w:pPr>`);
    const { markers, findings } = await check([
      para("I. KẾT QUẢ ĐẠT ĐƯỢC", "", BOLD), para("1. Về kinh tế", "", BOLD),
      listed, para("b) Công nghiệp - xây dựng"),
      para("2. Về văn hóa - xã hội", "", BOLD),
    ]);
    expect(markers).toEqual(["I.", "1.", "a)", "b)", "2."]);
    expect(findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);
  });
});

describe("a heading whose marker is empty", () => {
  it("never reports a repeat pointing at itself, nor a number nobody wrote", async () => {
    const styled = (text: string, level: number) => para(text, `<w:pStyle w:val="Heading${level + 1}"/>${num(2, level)}`);
    const { findings } = await check([
      styled("Kết quả đạt được", 0), styled("Về kinh tế", 1), para(SENTENCE), styled("Về xã hội", 1),
      para("1. Về quốc phòng, an ninh", "", BOLD),
      styled("Hạn chế", 0), styled("Nhiệm vụ, giải pháp", 0),
    ]);
    for (const f of findings.filter((f) => f.ruleId.startsWith("numbering/"))) {
      expect(f.message.en).not.toMatch(/""/u);
      for (const r of f.related ?? []) expect(r.paragraph).not.toBe(f.paragraph);
    }
    expect(findings.filter((f) => f.ruleId === "numbering/duplicate")).toEqual([]);
  });
});

describe("the summary under the type line", () => {
  it("is found past a blank line when Word centres it, however long it is", async () => {
    const long = "Tổng kết thực hiện Chiến lược quốc gia phòng, chống và kiểm soát ma túy đến năm 2020 và định hướng đến năm 2030, gắn với tổng kết thực hiện Chương trình giai đoạn 2021 - 2025";
    const body = [...HEADER.slice(0, 6), para(""), para(long, '<w:jc w:val="center"/>', BOLD), para(""), para("I. KẾT QUẢ", "", BOLD), para(SENTENCE), ...CLOSING].join("");
    const snapshot = await readDocument("report.docx", await buildDocx({ body, styles: STYLES, numbering: NUMBERING }));
    const { layout } = createContext(snapshot, {}).ctx.get(STRUCTURE);
    expect(layout.summary).toEqual([7]);
    expect(checkDocument(snapshot).findings.filter((f) => f.ruleId === "header/title" || f.ruleId === "presentation/alignment")).toEqual([]);
  });

  it("in plain text, only a phrase past the blank is the summary, not the first sentence of the body", () => {
    const lines = (after: string) => ["ỦY BAN NHÂN DÂN TỈNH", "Số: 12/BC-UBND", "BÁO CÁO", "", after, "", "I. Kết quả"];
    const summaryOf = (after: string) => createContext(snapshotFromLines(lines(after))).ctx.get(STRUCTURE).layout.summary;
    expect(summaryOf("Kết quả công tác cải cách hành chính năm 2025")).toEqual([4]);
    expect(summaryOf("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo như sau:")).toEqual([]);
  });
});
