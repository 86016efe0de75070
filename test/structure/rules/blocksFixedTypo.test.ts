import { testRule } from "../../support/ruleTester";
import { fixedBlockTypo } from "../../../src/structure/rules/blocksFixedTypo";
import { partyDoc, PARTY_HEADER, PARTY_CLOSING, withLine } from "./blocks.fixtures";

testRule(fixedBlockTypo, {
  valid: [
    { doc: partyDoc() },
    { name: "old tone placement (THÀNH UỶ) is style, not a typo", doc: partyDoc(withLine(PARTY_HEADER, 1, "THÀNH UỶ ĐÔNG HÀ")) },
  ],
  invalid: [
    {
      name: "ĐÀNG ỦY in the header",
      doc: partyDoc(withLine(PARTY_HEADER, 1, "ĐÀNG ỦY PHƯỜNG 1")),
      errors: [{ paragraph: 1, text: "ĐÀNG ỦY" }],
      output: partyDoc(withLine(PARTY_HEADER, 1, "ĐẢNG ỦY PHƯỜNG 1")),
    },
    {
      name: "T/M ĐÀNG ỦY in the signature",
      doc: partyDoc(undefined, withLine(PARTY_CLOSING, 4, "T/M ĐÀNG ỦY")),
      errors: [{ paragraph: 20, text: "ĐÀNG ỦY" }],
      output: partyDoc(undefined, withLine(PARTY_CLOSING, 4, "T/M ĐẢNG ỦY")),
    },
    {
      name: "PHẦN THÚ NHẤT",
      doc: ["BÁO CÁO", "sơ kết giữa nhiệm kỳ", "", "PHẦN THÚ NHẤT", "KẾT QUẢ THỰC HIỆN", "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG"],
      errors: [{ paragraph: 3, text: "PHẦN THÚ NHẤT" }],
      output: ["BÁO CÁO", "sơ kết giữa nhiệm kỳ", "", "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN", "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG"],
    },
  ],
});
