import { testRule } from "../../support/ruleTester";
import { citationSpacing } from "../../../src/citations/rules/spacing";

const check = { profile: "party-2018" as const };
testRule(citationSpacing, {
  valid: [{ doc: ["Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị “Về đẩy mạnh học tập”."], check }],
  invalid: [
    { doc: ["Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị“Về đẩy mạnh học tập”."], check, errors: [{ paragraph: 0 }], output: ["Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị “Về đẩy mạnh học tập”."] },
    { doc: ["Thực hiện tốt vàChỉ thị số 05-CT/TW của Bộ Chính trị."], check, errors: [{ paragraph: 0 }], output: ["Thực hiện tốt và Chỉ thị số 05-CT/TW của Bộ Chính trị."] },
  ],
});
