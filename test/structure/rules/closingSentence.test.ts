import { testRule } from "../../support/ruleTester";
import { closingSentence } from "../../../src/structure/rules/closingSentence";
import { partyDoc, PARTY_HEADER, TITLE, BODY } from "./blocks.fixtures";

testRule(closingSentence, {
  valid: [
    { name: "with “Trên đây là báo cáo …”", doc: partyDoc() },
    { name: "conclusions have none", doc: ["KẾT LUẬN", "CỦA THỊ ỦY", "", ...BODY] },
  ],
  invalid: [{ name: "report without it", doc: [...PARTY_HEADER, "", ...TITLE, ...BODY], errors: [{ paragraph: 15 }] }],
});
