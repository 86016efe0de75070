import { testRule } from "../../support/ruleTester";
import { headerMissing } from "../../../src/structure/rules/headerMissing";
import { partyDoc, TITLE, BODY } from "./blocks.fixtures";

testRule(headerMissing, {
  valid: [{ name: "a full Party header", doc: partyDoc() }],
  invalid: [{ name: "an export without header: one finding", doc: ["", ...TITLE, ...BODY], errors: [{ paragraph: 1 }] }],
});
