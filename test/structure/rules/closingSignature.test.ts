import { testRule } from "../../support/ruleTester";
import { closingSignature } from "../../../src/structure/rules/closingSignature";
import { partyDoc, stateDoc, PARTY_CLOSING, STATE_CLOSING, withLine } from "./blocks.fixtures";

testRule(closingSignature, {
  valid: [{ doc: partyDoc() }, { doc: stateDoc() }],
  invalid: [
    {
      name: "State “TM.” on a Party document",
      doc: partyDoc(undefined, withLine(PARTY_CLOSING, 4, "TM. BAN THƯỜNG VỤ")),
      errors: [{ paragraph: 20, text: "TM.", severity: "error" }],
      output: partyDoc(),
    },
    {
      name: "Party “K/T” on a State document",
      doc: stateDoc(undefined, withLine(STATE_CLOSING, 4, "K/T CHỦ TỊCH")),
      errors: [{ paragraph: 19, text: "K/T" }],
      output: stateDoc(undefined, withLine(STATE_CLOSING, 4, "KT. CHỦ TỊCH")),
    },
    {
      name: "no signer name: a reminder in a draft",
      doc: partyDoc(undefined, PARTY_CLOSING.slice(0, 6)),
      errors: [{ paragraph: 21, severity: "info" }],
    },
    {
      name: "no signer name: an error once issued",
      doc: partyDoc(undefined, PARTY_CLOSING.slice(0, 6)),
      check: { mode: "issued" },
      errors: [{ paragraph: 21, severity: "error" }],
    },
  ],
});
