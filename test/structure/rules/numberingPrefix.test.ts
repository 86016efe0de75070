import { testRule } from "../../support/ruleTester";
import { numberingPrefix } from "../../../src/structure/rules/numberingPrefix";

testRule(numberingPrefix, {
  valid: [{ name: "prefixes match", doc: ["1. Kinh tế", "1.1. Nông nghiệp", "2. Xã hội", "2.1. Giáo dục"] }],
  invalid: [
    {
      name: "2.1. under 1.",
      doc: ["1. Kinh tế", "2.1. Nông nghiệp", "1.2. Công nghiệp"],
      errors: [{ paragraph: 1, text: "2.1." }],
      output: ["1. Kinh tế", "1.1. Nông nghiệp", "1.2. Công nghiệp"],
    },
  ],
});
