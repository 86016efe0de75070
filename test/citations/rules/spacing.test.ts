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

testRule(citationSpacing as never, {
  valid: [],
  invalid: [
    { name: "số glued to the number", doc: ["Theo Quy định số47-QĐ/TW của Ban Chấp hành Trung ương."], check: { profile: "party-2018" as const }, errors: [{ paragraph: 0 }], output: ["Theo Quy định số 47-QĐ/TW của Ban Chấp hành Trung ương."] },
    { name: "ngày glued to the symbol", doc: ["Thông báo số 22-TB/TWngày 15 tháng 3 năm 2019 của Bộ Chính trị."], check: { profile: "party-2018" as const }, errors: [{ paragraph: 0 }], output: ["Thông báo số 22-TB/TW ngày 15 tháng 3 năm 2019 của Bộ Chính trị."] },
    { name: "của glued to the year", doc: ["Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017của Ban Chấp hành Trung ương."], check: { profile: "party-2018" as const }, errors: [{ paragraph: 0 }], output: ["Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương."] },
  ],
});
