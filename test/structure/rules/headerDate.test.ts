import { testRule } from "../../support/ruleTester";
import { headerDate } from "../../../src/structure/rules/headerDate";
import { partyDoc, PARTY_HEADER, withLine } from "./blocks.fixtures";

testRule(headerDate, {
  valid: [
    { name: "ngày 05 tháng 7", doc: partyDoc() },
    { name: "ngày 15 tháng 02", doc: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày 15 tháng 02 năm 2021")) },
  ],
  invalid: [
    {
      name: "blank day in a draft",
      doc: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày   tháng 6 năm 2021")),
      errors: [{ paragraph: 5, severity: "info" }],
    },
    {
      name: "blank day in an issued document",
      doc: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày   tháng 6 năm 2021")),
      check: { mode: "issued" },
      errors: [{ paragraph: 5, severity: "error" }],
    },
    {
      name: "day and month without zero padding",
      doc: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày 5 tháng 1 năm 2021")),
      errors: [{ paragraph: 5, text: "5" }, { paragraph: 5, text: "1" }],
      output: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày 05 tháng 01 năm 2021")),
    },
    {
      name: "month 6 needs no zero",
      doc: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày 15 tháng 06 năm 2021")),
      errors: [{ paragraph: 5, text: "06" }],
      output: partyDoc(withLine(PARTY_HEADER, 5, "Đông Hà, ngày 15 tháng 6 năm 2021")),
    },
    {
      name: "number and place-date on one line, tab-separated (a cited date in the number is not the day)",
      doc: partyDoc(withLine(PARTY_HEADER, 5, "Số 125-BC/TU\tĐông Hà, ngày 5 tháng 1 năm 2021")),
      errors: [{ paragraph: 5, text: "5" }, { paragraph: 5, text: "1" }],
      output: partyDoc(withLine(PARTY_HEADER, 5, "Số 125-BC/TU\tĐông Hà, ngày 05 tháng 01 năm 2021")),
    },
  ],
});
