import { testRule } from "../../support/ruleTester";
import { registryConflict } from "../../../src/citations/rules/registryConflict";

const check = { profile: "party-2018" as const };
testRule(registryConflict, {
  valid: [{ doc: ["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."], check }],
  invalid: [
    { name: "date differs from the bundled registry", doc: ["Chỉ thị số 05-CT/TW ngày 15/6/2016 của Bộ Chính trị."], check, errors: [{ paragraph: 0, text: "15/6/2016", messageIncludes: "15/5/2016" }] },
    { name: "issuer differs from the bundled registry", doc: ["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Ban Bí thư."], check, errors: [{ paragraph: 0, text: "Ban Bí thư", messageIncludes: "Bộ Chính trị" }] },
  ],
});
