import { testRule } from "../../support/ruleTester";
import { numberingLevelJump } from "../../../src/structure/rules/numberingLevelJump";

testRule(numberingLevelJump, {
  valid: [
    { name: "1.1. under 1.", doc: ["I. Kết quả", "1. Kinh tế", "1.1. Nông nghiệp"] },
    { name: "a) under 1. is a normal sub-item", doc: ["I. Kết quả", "1. Kinh tế", "a) Nông nghiệp"] },
  ],
  invalid: [
    {
      name: "1.1. directly under I.",
      doc: ["I. Kết quả", "1.1. Nông nghiệp", "1.2. Công nghiệp"],
      errors: [{ paragraph: 1, text: "1.1." }, { paragraph: 2, text: "1.2." }],
    },
  ],
});
