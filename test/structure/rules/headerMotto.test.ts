import { testRule } from "../../support/ruleTester";
import { headerMotto } from "../../../src/structure/rules/headerMotto";
import { partyDoc, stateDoc, STATE_HEADER, PARTY_HEADER, withLine } from "./blocks.fixtures";

testRule(headerMotto, {
  valid: [{ doc: partyDoc() }, { doc: stateDoc() }],
  invalid: [
    {
      name: "tagline with en dashes",
      doc: stateDoc(withLine(STATE_HEADER, 2, "Độc lập – Tự do – Hạnh phúc")),
      errors: [{ paragraph: 2, text: "Độc lập – Tự do – Hạnh phúc" }],
      output: stateDoc(),
    },
    {
      name: "State national name on a document checked as Party",
      doc: stateDoc(),
      check: { profile: "party-2018" },
      errors: [{ paragraph: 1, severity: "error" }],
    },
    { name: "Party header without its motto line", doc: partyDoc(PARTY_HEADER.filter((l) => !l.includes("CỘNG SẢN"))), errors: [{ paragraph: 0 }] },
  ],
});
