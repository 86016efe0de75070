import { testRule } from "../../support/ruleTester";
import { namedForm } from "../../../src/citations/rules/namedForm";

const check = { profile: "party-2018" as const };
testRule(namedForm, {
  valid: [
    { doc: ["Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Gắn với Nghị quyết Trung ương 4 khóa XII."], check },
    { name: "the term years given once, left out later", doc: ["Nghị quyết Đại hội đại biểu Đảng bộ huyện Đức Phổ lần thứ XXI, nhiệm kỳ 2020 - 2025.", "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Đức Phổ lần thứ XXI."], check },
    { name: "two documents, each written one way", doc: ["Nghị quyết Trung ương 4 khóa XII và Nghị quyết Trung ương 4 khóa XI.", "Nghị quyết Trung ương 4 khóa XI."], check },
  ],
  invalid: [
    {
      doc: ["Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Gắn với Nghị quyết TW4 (khóa XII)."],
      check,
      errors: [{ paragraph: 1, text: "Nghị quyết TW4 (khóa XII)", messageIncludes: "× 1" }],
      output: ["Thực hiện Nghị quyết Trung ương 4 khóa XII.", "Gắn với Nghị quyết Trung ương 4 khóa XII."],
    },
    {
      name: "three forms of one document: one finding, the most frequent form suggested first",
      doc: [
        "Thực hiện Nghị quyết Trung ương 4, khóa XII và Nghị quyết Trung ương 4 khóa XII.",
        "Nghị quyết TW 4 khóa XII được quán triệt; Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị số 05-CT/TW.",
        "Tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XII).",
      ],
      check,
      errors: [{ paragraph: 0, text: "Nghị quyết Trung ương 4, khóa XII", messageIncludes: "“Nghị quyết Trung ương 4 khóa XII” × 2" }],
      output: [
        "Thực hiện Nghị quyết Trung ương 4 khóa XII và Nghị quyết Trung ương 4 khóa XII.",
        "Nghị quyết Trung ương 4 khóa XII được quán triệt; Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị số 05-CT/TW.",
        "Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII.",
      ],
    },
    {
      name: "a law's name with and without its capital",
      doc: ["Luật phòng, chống ma túy năm 2021.", "Thi hành Luật Phòng, chống ma túy và Luật Phòng, chống ma túy."],
      check,
      errors: [{ paragraph: 0, text: "Luật phòng, chống ma túy" }],
      output: ["Luật Phòng, chống ma túy năm 2021.", "Thi hành Luật Phòng, chống ma túy và Luật Phòng, chống ma túy."],
    },
  ],
});
