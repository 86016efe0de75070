import { testRule } from "../../support/ruleTester";
import { typeCode } from "../../../src/citations/rules/typeCode";

const check = { profile: "party-2018" as const };
testRule(typeCode, {
  valid: [
    { name: "QĐi is a Quy định code: the issued symbol stands", doc: ["Quy định số 10-QĐi/TU, ngày 10/5/2019 của Thành ủy."], check },
    { doc: ["Kết luận số 18-KL/TW của Ban Bí thư; Chương trình hành động số 14-CTr/TU."], check },
  ],
  invalid: [
    { name: "swapped letters are fixed", doc: ["Kết luận số 66-LK/TW, ngày 04/3/2010 của Ban Bí thư."], check, errors: [{ paragraph: 0, text: "Kết luận số 66-LK/TW", messageIncludes: "LK" }], output: ["Kết luận số 66-KL/TW, ngày 04/3/2010 của Ban Bí thư."] },
    { name: "a real code that contradicts the word is only reported", doc: ["Quyết định số 687-KH/TU ngày 05/7/2019."], check, errors: [{ paragraph: 0, text: "Quyết định số 687-KH/TU", messageIncludes: "KH" }] },
    { doc: ["Chương trình hành động số 14-CT/TU của Thành ủy."], check, errors: [{ paragraph: 0, messageIncludes: "CTr" }] },
  ],
});
