import { testRule } from "../../support/ruleTester";
import { symbolSpacing } from "../../../src/citations/rules/symbolSpacing";

const check = { profile: "party-2018" as const };
testRule(symbolSpacing, {
  valid: [{ doc: ["Kết luận số 05-KL/TU ngày 30/11/2016 của Thành ủy."], check }],
  invalid: [
    { doc: ["Kết luận số 05 - KL/TU ngày 30/11/2016 của Thành ủy."], check, errors: [{ paragraph: 0, text: "05 - KL/TU" }], output: ["Kết luận số 05-KL/TU ngày 30/11/2016 của Thành ủy."] },
    { doc: ["Nghị quyết số 128/NQ - HĐND ngày 16/12/2020 của HĐND thành phố."], check, errors: [{ paragraph: 0, text: "128/NQ - HĐND" }], output: ["Nghị quyết số 128/NQ-HĐND ngày 16/12/2020 của HĐND thành phố."] },
    { doc: ["Nghị quyết số 25- NQ/TW của Ban Chấp hành Trung ương."], check, errors: [{ paragraph: 0, text: "25- NQ/TW" }], output: ["Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương."] },
  ],
});
