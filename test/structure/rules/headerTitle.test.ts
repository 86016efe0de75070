import { testRule } from "../../support/ruleTester";
import { headerTitle } from "../../../src/structure/rules/headerTitle";
import { partyDoc, PARTY_HEADER, BODY } from "./blocks.fixtures";

testRule(headerTitle, {
  valid: [
    { name: "BÁO CÁO then a lower-case summary", doc: partyDoc() },
    { name: "a conclusion names its committee first", doc: ["KẾT LUẬN", "CỦA THỊ ỦY (KHÓA XXI)", "tình hình thực hiện nhiệm vụ", "", ...BODY] },
  ],
  invalid: [
    { name: "summary in capitals", doc: [...PARTY_HEADER, "BÁO CÁO", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG", "", ...BODY], errors: [{ paragraph: 7 }] },
    { name: "no type line after the header", doc: [...PARTY_HEADER, "", ...BODY], errors: [{ paragraph: 5 }] },
  ],
});
