import { describe, expect, it } from "vitest";
import { runRule, testRule } from "../../support/ruleTester";
import { closingSentence } from "../../../src/structure/rules/closingSentence";
import { partyDoc, PARTY_HEADER, TITLE, BODY } from "./blocks.fixtures";

testRule(closingSentence, {
  valid: [
    { name: "with “Trên đây là báo cáo …”", doc: partyDoc() },
    { name: "conclusions have none", doc: ["KẾT LUẬN", "CỦA THỊ ỦY", "", ...BODY] },
  ],
  invalid: [{ name: "report without it", doc: [...PARTY_HEADER, "", ...TITLE, ...BODY], errors: [{ paragraph: 15 }] }],
});

describe("the closing sentence follows the document type", () => {
  const body = ["I. Kết quả", "Nội dung kết quả.", "II. Nhiệm vụ", "Nội dung nhiệm vụ."];
  const notice = ["THÔNG BÁO", "kết luận của Chủ tịch UBND tỉnh", "", ...body];
  const plan = ["KẾ HOẠCH", "triển khai nhiệm vụ năm 2026", "", ...body];

  it("a notice closes with Trân trọng thông báo", () => {
    expect(runRule(closingSentence as never, [...notice, "UBND tỉnh trân trọng thông báo để các cơ quan biết, thực hiện./."])).toEqual([]);
    expect(runRule(closingSentence as never, [...notice, "Trên đây là báo cáo kết luận./."])[0].message.vi).toContain("Trân trọng thông báo");
  });

  it("a plan needs no closing sentence, and not a report's", () => {
    expect(runRule(closingSentence as never, plan)).toEqual([]);
    expect(runRule(closingSentence as never, [...plan, "Trên đây là báo cáo kế hoạch năm 2026./."])[0].message.en).toContain("closes a report");
  });
});
