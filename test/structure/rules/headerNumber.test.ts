import { testRule } from "../../support/ruleTester";
import { headerNumber } from "../../../src/structure/rules/headerNumber";
import { partyDoc, stateDoc, PARTY_HEADER, STATE_HEADER, withLine } from "./blocks.fixtures";

testRule(headerNumber, {
  valid: [{ name: "Số 125-BC/TU", doc: partyDoc() }, { name: "Số: 68/BC-UBND", doc: stateDoc() }],
  invalid: [
    {
      name: "blank number in a draft is a reminder",
      doc: partyDoc(withLine(PARTY_HEADER, 3, "Số       -BC/TU")),
      errors: [{ paragraph: 3, severity: "info", text: "Số       -BC/TU" }],
    },
    {
      name: "blank number before signing is still a reminder",
      doc: partyDoc(withLine(PARTY_HEADER, 3, "Số       -BC/TU")),
      check: { mode: "final" },
      errors: [{ paragraph: 3, severity: "info" }],
    },
    {
      name: "blank number in an issued document is an error",
      doc: partyDoc(withLine(PARTY_HEADER, 3, "Số       -BC/TU")),
      check: { mode: "issued" },
      errors: [{ paragraph: 3, severity: "error" }],
    },
    {
      name: "Party number with a colon",
      doc: partyDoc(withLine(PARTY_HEADER, 3, "Số: 125-BC/TU")),
      errors: [{ paragraph: 3, text: "Số" }],
      output: partyDoc(),
    },
    {
      name: "State number without a colon",
      doc: stateDoc(withLine(STATE_HEADER, 3, "Số 68/BC-UBND")),
      errors: [{ paragraph: 3, text: "Số" }],
      output: stateDoc(),
    },
  ],
});
