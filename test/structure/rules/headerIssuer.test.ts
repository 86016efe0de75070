import { testRule } from "../../support/ruleTester";
import { headerIssuer } from "../../../src/structure/rules/headerIssuer";
import { partyDoc, stateDoc, PARTY_HEADER } from "./blocks.fixtures";

testRule(headerIssuer, {
  valid: [
    { name: "Party issuer with *", doc: partyDoc() },
    { name: "State issuer (no * expected)", doc: stateDoc() },
  ],
  invalid: [
    { name: "Party issuer without the * line", doc: partyDoc(PARTY_HEADER.filter((l) => l !== "*")), errors: [{ paragraph: 1, text: "THÀNH ỦY ĐÔNG HÀ" }] },
    { name: "no issuer line", doc: partyDoc(PARTY_HEADER.slice(3)), errors: [{ paragraph: 0 }] },
  ],
});
