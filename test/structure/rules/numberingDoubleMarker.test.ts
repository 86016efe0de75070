import { describe, expect, it } from "vitest";
import { testRule, runRule } from "../../support/ruleTester";
import { numberingDoubleMarker } from "../../../src/structure/rules/numberingDoubleMarker";
import type { Snapshot } from "../../../src/document/snapshot";

const INTRO = ["BÁO CÁO", "kết quả công tác 6 tháng đầu năm 2025", "", "I. Kết quả đạt được"];

testRule(numberingDoubleMarker, {
  valid: [
    { name: "one marker per item", doc: [...INTRO, "- Kinh tế tăng trưởng khá;", "+ Nông nghiệp ổn định;", "a) Công nghiệp", "1. Thương mại"] },
    { name: "dashes inside the text, ranges and negative figures", doc: [...INTRO, "- Giai đoạn 2021 - 2025 - tăng trưởng bình quân 7%.", "a) Nhiệt độ - 2 độ C", "- -2% so với cùng kỳ", "7.30 - 11.30: họp"] },
    { name: "a rule line", doc: [...INTRO, "- - - - -", "Nội dung."] },
  ],
  invalid: [
    {
      name: "a bullet after a letter: the bullet goes",
      doc: [...INTRO, "a) - Tăng cường công tác tuyên truyền", "b) Kiện toàn tổ chức bộ máy"],
      errors: [{ paragraph: 4, text: "a) -", severity: "warning" }],
      output: [...INTRO, "a) Tăng cường công tác tuyên truyền", "b) Kiện toàn tổ chức bộ máy"],
    },
    {
      name: "a bullet after a number, glued to it",
      doc: [...INTRO, "1.- Về kinh tế"],
      errors: [{ paragraph: 4, text: "1.-" }],
      output: [...INTRO, "1. Về kinh tế"],
    },
    {
      name: "“- +” among items written “+”: the dash goes",
      doc: [...INTRO, "+ Trồng trọt đạt kế hoạch;", "- + Chăn nuôi phát triển;", "+ Thủy sản ổn định."],
      errors: [{ paragraph: 5, text: "- +" }],
      output: [...INTRO, "+ Trồng trọt đạt kế hoạch;", "+ Chăn nuôi phát triển;", "+ Thủy sản ổn định."],
    },
    {
      name: "“+ -” among items written “-”: the plus goes",
      doc: [...INTRO, "- Công tác tuyên truyền;", "+ - Công tác kiểm tra, giám sát;"],
      errors: [{ paragraph: 5, text: "+ -" }],
      output: [...INTRO, "- Công tác tuyên truyền;", "- Công tác kiểm tra, giám sát;"],
    },
    {
      name: "a letter then two bullets",
      doc: [...INTRO, "a) - - Công tác dân vận"],
      errors: [{ paragraph: 4, text: "a) - -" }],
      output: [...INTRO, "a) Công tác dân vận"],
    },
    {
      name: "the same bullet twice",
      doc: [...INTRO, "- - Công tác dân vận"],
      errors: [{ paragraph: 4 }],
      output: [...INTRO, "- Công tác dân vận"],
    },
  ],
});

describe("numbering/double-marker beyond single items", () => {
  it("a habit is one finding with every item related; without evidence no fix is offered", () => {
    const findings = runRule(numberingDoubleMarker, [...INTRO, "- + Trồng trọt;", "- + Chăn nuôi;", "- + Thủy sản;", "a) - Công nghiệp"]);
    expect(findings.map((f) => [f.paragraph, f.related?.length ?? 0])).toEqual([[4, 2], [7, 0]]);
    expect(findings[0].message.en).toContain("3 items");
    expect(findings[0].suggestions).toEqual([]);
    expect(findings[1].suggestions).toHaveLength(1);
  });

  it("neighbours that disagree leave the choice to the writer", () => {
    const [finding] = runRule(numberingDoubleMarker, [...INTRO, "- Trồng trọt;", "- + Chăn nuôi;", "+ Thủy sản."]);
    expect(finding.suggestions).toEqual([]);
  });

  it("a bullet typed into an item Word already marks", () => {
    const snapshot: Snapshot = {
      source: "word",
      paragraphs: [
        { index: 0, text: "BÁO CÁO" },
        { index: 1, text: "kết quả công tác năm 2025" },
        { index: 2, text: "" },
        { index: 3, text: "I. Kết quả" },
        { index: 4, text: "- Công tác tuyên truyền được đẩy mạnh;", list: { level: 0, marker: "•" } },
        { index: 5, text: "- Công tác kiểm tra được tăng cường.", list: { level: 0, marker: "•" } },
        { index: 6, text: "Một ý được Word đánh số.", list: { level: 0, marker: "a)" } },
        { index: 7, text: "- - Công tác dân vận.", list: { level: 0, marker: "PHẦN THỨ NHẤT" } },
      ],
    };
    const findings = runRule(numberingDoubleMarker, snapshot);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ paragraph: 4, text: "-", related: [{ paragraph: 5 }] });
    expect(findings[0].suggestions[0].edits.map((e) => [e.paragraph, e.expected, e.text])).toEqual([[4, "- ", ""], [5, "- ", ""]]);
    expect(findings[1].suggestions[0].edits.map((e) => [e.paragraph, e.expected, e.text])).toEqual([[7, "- - ", ""]]);
  });
});

describe("numbering/double-marker never uncovers a heading", () => {
  it("bullets in front of a typed marker are reported without a fix", () => {
    const [typed] = runRule(numberingDoubleMarker, [...INTRO, "- + II. Hạn chế"]);
    expect(typed.suggestions).toEqual([]);
    const snapshot: Snapshot = { source: "word", paragraphs: [{ index: 0, text: "I. Kết quả" }, { index: 1, text: "- II. Hạn chế", list: { level: 0, marker: "•" } }] };
    const [rendered] = runRule(numberingDoubleMarker, snapshot);
    expect(rendered.suggestions).toEqual([]);
  });
});
