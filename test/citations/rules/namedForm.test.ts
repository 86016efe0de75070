import { testRule } from "../../support/ruleTester";
import { namedForm } from "../../../src/citations/rules/namedForm";

const check = { profile: "party-2018" as const };
testRule(namedForm, {
  valid: [{ doc: ["Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Gắn với Nghị quyết Trung ương 4 khóa XII."], check }],
  invalid: [
    {
      doc: ["Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Gắn với Nghị quyết TW4 (khóa XII)."],
      check,
      errors: [{ paragraph: 1, text: "Nghị quyết TW4 (khóa XII)" }],
      output: ["Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Gắn với Nghị quyết Trung ương 4 khóa XII."],
    },
  ],
});
