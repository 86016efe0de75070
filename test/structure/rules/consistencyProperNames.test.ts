import { describe, expect, it } from "vitest";
import { runRule, testRule } from "../../support/ruleTester";
import { consistencyProperNames } from "../../../src/structure/rules/consistencyProperNames";

testRule(consistencyProperNames, {
  valid: [
    { name: "one spelling, any case", doc: ["THÀNH ỦY ĐÔNG HÀ", "BÁO CÁO", "tình hình năm 2021", "I. Kết quả", "Thành phố Đông Hà phát triển."] },
    { name: "tone placement is not a misspelling", doc: ["BÁO CÁO", "năm 2021", "I. Kết quả", "Huyện Hòa Vang và huyện Hoà Vang."] },
    { name: "different names", doc: ["BÁO CÁO", "năm 2021", "I. Kết quả", "Huyện Hải Lăng và huyện Triệu Phong."] },
  ],
  invalid: [
    {
      name: "a minority spelling in the body",
      doc: ["BÁO CÁO", "năm 2021", "I. Kết quả", "Huyện Hải Lăng, xã Hải Lăng.", "Huyện Hải Lắng hoàn thành."],
      errors: [{ paragraph: 4, text: "Hải Lắng", severity: "warning" }],
    },
    {
      name: "a misspelt name in the header, in capitals",
      doc: ["THÀNH ỦY ĐÔNG HẢ", "BÁO CÁO", "năm 2021", "I. Kết quả", "Thành phố Đông Hà, Đông Hà."],
      errors: [{ paragraph: 0, text: "ĐÔNG HẢ", messageIncludes: "“Đông Hà” × 2" }],
    },
  ],
});

describe("the suggestion keeps the writer's case", () => {
  it("proposes ĐÔNG HÀ in capitals for the header line", () => {
    const [finding] = runRule(consistencyProperNames, ["THÀNH ỦY ĐÔNG HẢ", "BÁO CÁO", "năm 2021", "I. Kết quả", "Thành phố Đông Hà, Đông Hà."]);
    expect(finding.suggestions[0].edits.map((e) => e.text)).toEqual(["ĐÔNG HÀ"]);
  });
});

describe("a body paragraph in capitals", () => {
  it("is not read as names (CỘNG / CÔNG are different words there)", () => {
    const doc = ["BÁO CÁO", "năm 2021", "I. Kết quả", "CÔNG AN THÀNH PHỐ VÀ CỘNG ĐỒNG DÂN CƯ PHỐI HỢP.", "Công an thành phố phối hợp."];
    expect(runRule(consistencyProperNames, doc)).toEqual([]);
  });
});
