import { testRule } from "../../support/ruleTester";
import { issuerAbbreviation } from "../../../src/citations/rules/issuerAbbreviation";

const check = { profile: "party-2018" as const };
testRule(issuerAbbreviation, {
  valid: [{ doc: ["Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI; Kế hoạch số 100-KH/TU của Ban Thường vụ Thành ủy."], check }],
  invalid: [
    { doc: ["Nghị quyết 33-NQ/TW của BCH Trung ương Đảng khóa XI về văn hóa."], check, errors: [{ paragraph: 0, text: "BCH" }], output: ["Nghị quyết 33-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về văn hóa."] },
    { doc: ["Kế hoạch số 100-KH/TU của BTV Thành ủy."], check, errors: [{ paragraph: 0, text: "BTV" }], output: ["Kế hoạch số 100-KH/TU của Ban Thường vụ Thành ủy."] },
    { doc: ["Kết luận số 01-KL/TU ngày 11/12/2020 của Ban chấp hành Đảng bộ thành phố."], check, errors: [{ paragraph: 0, text: "Ban chấp hành" }], output: ["Kết luận số 01-KL/TU ngày 11/12/2020 của Ban Chấp hành Đảng bộ thành phố."] },
  ],
});
