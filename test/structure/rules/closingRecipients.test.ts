import { testRule } from "../../support/ruleTester";
import { closingRecipients } from "../../../src/structure/rules/closingRecipients";
import { partyDoc, stateDoc, PARTY_CLOSING, STATE_CLOSING, withLine } from "./blocks.fixtures";

testRule(closingRecipients, {
  valid: [
    { name: "Party items with commas", doc: partyDoc() },
    { name: "State items with semicolons and “- Lưu: VT.”", doc: stateDoc() },
    {
      name: "an item continued on the next line",
      doc: partyDoc(undefined, [...PARTY_CLOSING.slice(0, 2), "- Đ/c Phan Văn Bình, Ủy viên Ban Thường vụ,", "Giám đốc Công an tỉnh (b/c),", ...PARTY_CLOSING.slice(2)]),
    },
  ],
  invalid: [
    {
      name: "State item with a comma, last item without the colon",
      doc: stateDoc(undefined, [...STATE_CLOSING.slice(0, 2), "- UBND tỉnh,", "- Lưu VT.", ...STATE_CLOSING.slice(4)]),
      errors: [{ paragraph: 17, text: "," }, { paragraph: 18, text: "Lưu" }],
      output: stateDoc(),
    },
    {
      name: "the last item is not “- Lưu …”",
      doc: partyDoc(undefined, [...PARTY_CLOSING.slice(0, 2), "- Ban Thường vụ Tỉnh ủy.", ...PARTY_CLOSING.slice(4)]),
      errors: [{ paragraph: 18, messageIncludes: "Lưu" }],
    },
    {
      name: "“Nơi nhận” without its colon",
      doc: partyDoc(undefined, withLine(PARTY_CLOSING, 1, "Nơi nhận ")),
      errors: [{ paragraph: 17, text: "Nơi nhận" }],
      output: partyDoc(undefined, withLine(PARTY_CLOSING, 1, "Nơi nhận: ")),
    },
  ],
});
