import type { Paragraph, Snapshot } from "../../../src/document/snapshot";
import { describe, expect, it } from "vitest";
import { runRule, testRule } from "../../support/ruleTester";
import { presentationFont } from "../../../src/structure/rules/presentationFontFamily";
import { presentationSize } from "../../../src/structure/rules/presentationFontSize";
import { presentationHeadingBold } from "../../../src/structure/rules/presentationHeadingBold";
import { presentationAlignment } from "../../../src/structure/rules/presentationAlignment";
import { presentationHeadingCaps } from "../../../src/structure/rules/presentationHeadingCaps";

const BODY_TEXT = "Sáu tháng đầu năm, kinh tế thành phố tiếp tục phục hồi, thu ngân sách bảo đảm tiến độ, an sinh xã hội được quan tâm thực hiện.";

/** A small formatted Party report: motto, title, one heading, one body paragraph. */
function formatted(change: (p: Paragraph) => Paragraph = (p) => p): Snapshot {
  const tnr = { name: "Times New Roman", size: 14 };
  const paragraphs: Paragraph[] = [
    { index: 0, text: "ĐẢNG CỘNG SẢN VIỆT NAM", font: { ...tnr, bold: true }, alignment: "Centered" },
    { index: 1, text: "BÁO CÁO", font: { ...tnr, bold: true }, alignment: "Centered" },
    { index: 2, text: "tình hình 6 tháng đầu năm 2021", font: { ...tnr, bold: true }, alignment: "Centered" },
    { index: 3, text: "", font: tnr },
    { index: 4, text: "I. Kết quả đạt được", font: { ...tnr, bold: true }, alignment: "Justified" },
    { index: 5, text: BODY_TEXT, font: { ...tnr, bold: false }, alignment: "Justified" },
  ];
  return { source: "word", paragraphs: paragraphs.map(change) };
}

const PLAIN = ["I. Kết quả đạt được", BODY_TEXT];

testRule(presentationFont, {
  valid: [
    { doc: formatted() },
    { name: "plain text has no formatting: silent", doc: PLAIN },
    { name: "a face name is its family: Times New Roman Bold", doc: formatted((p) => (p.index === 4 ? { ...p, font: { ...p.font, name: "Times New Roman Bold" } } : p)) },
    { name: "PostScript name of the family", doc: formatted((p) => (p.index === 5 ? { ...p, font: { ...p.font, name: "TimesNewRomanPS-BoldMT" } } : p)) },
  ],
  invalid: [
    { name: "Arial body", doc: formatted((p) => (p.index === 5 ? { ...p, font: { ...p.font, name: "Arial" } } : p)), errors: [{ paragraph: 5, messageIncludes: "Arial" }] },
    {
      name: "the same wrong font on many paragraphs is one finding",
      doc: formatted((p) => (p.index >= 1 ? { ...p, font: { ...p.font, name: "Arial" } } : p)),
      errors: [{ paragraph: 1, messageIncludes: "(4 paragraph(s))" }],
    },
  ],
});

describe("a property over many paragraphs", () => {
  it("relates every other paragraph", () => {
    const [finding] = runRule(presentationFont, formatted((p) => (p.index >= 1 ? { ...p, font: { ...p.font, name: "Arial" } } : p)));
    expect(finding.related?.map((r) => r.paragraph)).toEqual([2, 4, 5]);
  });
});

testRule(presentationSize, {
  valid: [{ doc: formatted() }, { doc: PLAIN }],
  invalid: [{ name: "12 pt body in a Party report", doc: formatted((p) => (p.index === 5 ? { ...p, font: { ...p.font, size: 12 } } : p)), errors: [{ paragraph: 5, messageIncludes: "14–15" }] }],
});

testRule(presentationHeadingBold, {
  valid: [{ doc: formatted() }, { doc: PLAIN }],
  invalid: [{ name: "heading I. not bold", doc: formatted((p) => (p.index === 4 ? { ...p, font: { ...p.font, bold: false } } : p)), errors: [{ paragraph: 4 }] }],
});

testRule(presentationAlignment, {
  valid: [{ doc: formatted() }, { doc: PLAIN }],
  invalid: [{ name: "left-aligned body paragraph", doc: formatted((p) => (p.index === 5 ? { ...p, alignment: "Left" } : p)), errors: [{ paragraph: 5 }] }],
});

/** The same small report as a State document, where Roman-numbered headings are in capitals. */
const asState = (p: Paragraph): Paragraph =>
  p.index === 0 ? { ...p, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" } : p;

testRule(presentationHeadingCaps, {
  valid: [
    { name: "Party: a Roman heading may be in lower case", doc: formatted() },
    { name: "State: Roman heading in capitals", doc: formatted((p) => asState(p.index === 4 ? { ...p, text: "I. KẾT QUẢ ĐẠT ĐƯỢC" } : p)) },
    { name: "State: Word's all-caps formatting counts as capitals", doc: formatted((p) => asState(p.index === 4 ? { ...p, font: { ...p.font, allCaps: true } } : p)) },
    { name: "State: All Caps unknown (mixed, or Word cannot say) is not \"not capitals\"", doc: formatted((p) => asState(p.index === 4 ? { ...p, font: { ...p.font, allCaps: null } } : p)) },
    { name: "plain text has no formatting: silent", doc: PLAIN },
  ],
  invalid: [
    { name: "State: Roman heading in lower case", doc: formatted(asState), errors: [{ paragraph: 4, severity: "info", messageIncludes: "in hoa" }] },
    {
      name: "State: Roman heading in lower case, All Caps known to be off",
      doc: formatted((p) => asState(p.index === 4 ? { ...p, font: { ...p.font, allCaps: false } } : p)),
      errors: [{ paragraph: 4, severity: "info", messageIncludes: "in hoa" }],
    },
    {
      name: "Party: a part heading in lower case",
      doc: formatted((p) => (p.index === 4 ? { ...p, text: "PHẦN THỨ NHẤT Kết quả thực hiện" } : p)),
      errors: [{ paragraph: 4, messageIncludes: "in hoa" }],
    },
  ],
});

describe("one finding per heading level", () => {
  const tnr = { name: "Times New Roman", size: 14 };
  const state = (headings: Paragraph[]): Snapshot => ({
    source: "word",
    paragraphs: [
      { index: 0, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font: { ...tnr, bold: true }, alignment: "Centered" },
      { index: 1, text: "BÁO CÁO", font: { ...tnr, bold: true }, alignment: "Centered" },
      { index: 2, text: "tình hình 6 tháng đầu năm 2021", font: { ...tnr, bold: true }, alignment: "Centered" },
      { index: 3, text: "", font: tnr },
      ...headings.map((h, k) => ({ ...h, index: 4 + k })),
    ],
  });
  const heading = (text: string, bold = false): Paragraph => ({ index: 0, text, font: { ...tnr, bold }, alignment: "Justified" });

  it("headings of one level not bold, or not in capitals, are one finding each with the others related", () => {
    const snapshot = state([heading("I. Kết quả đạt được"), heading(BODY_TEXT), heading("1. Kinh tế"), heading("II. Hạn chế"), heading("III. Nhiệm vụ")]);
    const bold = runRule(presentationHeadingBold, snapshot);
    expect(bold.map((f) => [f.paragraph, f.related?.map((r) => r.paragraph) ?? []])).toEqual([[4, [7, 8]], [6, []]]);
    expect(bold[0].message.en).toContain("3 headings of this level");
    const caps = runRule(presentationHeadingCaps, snapshot);
    expect(caps.map((f) => [f.paragraph, f.related?.map((r) => r.paragraph) ?? []])).toEqual([[4, [7, 8]]]);
  });

  it("a part's title on the next line is where its capitals are read", () => {
    const lower = runRule(presentationHeadingCaps, state([heading("PHẦN THỨ NHẤT", true), heading("Kết quả thực hiện nhiệm vụ", true), heading("I. KẾT QUẢ", true)]));
    expect(lower.map((f) => f.paragraph)).toEqual([5]);
    expect(runRule(presentationHeadingCaps, state([heading("Phần thứ nhất", true), heading("KẾT QUẢ THỰC HIỆN NHIỆM VỤ", true), heading("I. KẾT QUẢ", true)]))).toEqual([]);
  });
});
