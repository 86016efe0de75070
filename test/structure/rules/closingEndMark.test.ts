import { testRule } from "../../support/ruleTester";
import { closingEndMark } from "../../../src/structure/rules/closingEndMark";
import { partyDoc, stateDoc, PARTY_CLOSING, STATE_CLOSING, withLine } from "./blocks.fixtures";

const PARTY_NO_MARK = withLine(PARTY_CLOSING, 0, "Trên đây là báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021.");
const STATE_NO_MARK = withLine(STATE_CLOSING, 0, "Trên đây là báo cáo công tác 6 tháng đầu năm 2021");

testRule(closingEndMark, {
  valid: [
    { doc: partyDoc() },
    { name: "Party “/.” without the dot", doc: partyDoc(undefined, withLine(PARTY_CLOSING, 0, "Trên đây là báo cáo tình hình 6 tháng/.")) },
    { doc: stateDoc() },
  ],
  invalid: [
    // At the very end of a paragraph no edit can be made safe to apply twice: reported without a fix.
    { name: "Party sentence ending with a plain dot", doc: partyDoc(undefined, PARTY_NO_MARK), errors: [{ paragraph: 16, text: "." }] },
    { name: "State sentence with no punctuation", doc: stateDoc(undefined, STATE_NO_MARK), errors: [{ paragraph: 15 }] },
    {
      name: "with a trailing space the mark goes in before it",
      doc: partyDoc(undefined, withLine(PARTY_CLOSING, 0, "Trên đây là báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021. ")),
      errors: [{ paragraph: 16 }],
      output: partyDoc(undefined, withLine(PARTY_CLOSING, 0, "Trên đây là báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2021./. ")),
    },
  ],
});
