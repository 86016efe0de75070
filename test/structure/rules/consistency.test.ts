import { testRule } from "../../support/ruleTester";
import { consistencyToneStyle } from "../../../src/structure/rules/consistencyToneStyle";
import { consistencyUnicode } from "../../../src/structure/rules/consistencyUnicode";
import { consistencySpacing } from "../../../src/structure/rules/consistencySpacing";
import { consistencyDecimal } from "../../../src/structure/rules/consistencyDecimalPoint";
import { consistencyNumberSpacing } from "../../../src/structure/rules/consistencyNumberSpacing";
import { consistencyUnitSpacing } from "../../../src/structure/rules/consistencyUnitSpacing";
import { consistencyYearRange } from "../../../src/structure/rules/consistencyYearRange";
import { consistencyAbbreviation } from "../../../src/structure/rules/consistencyAbbreviation";

testRule(consistencyToneStyle, {
  valid: [
    { name: "old style only", doc: ["Thành ủy chỉ đạo hòa giải.", "Ban Thường vụ Thành ủy."] },
    { name: "new style only", doc: ["Thành uỷ chỉ đạo hoà giải.", "Ban Thường vụ Thành uỷ."] },
    { name: "house style met", doc: ["Thành uỷ chỉ đạo hoà giải."], options: { preferred: "new" } },
    { name: "quý has one placement", doc: ["Thành ủy họp quý II.", "Hòa giải."] },
  ],
  invalid: [
    {
      name: "THÀNH UỶ among Thành ủy",
      doc: ["THÀNH UỶ ĐÔNG HÀ", "Thành ủy chỉ đạo hòa giải ở cơ sở.", "Ban Thường vụ Thành ủy."],
      errors: [{ paragraph: 0, text: "UỶ" }],
      output: ["THÀNH ỦY ĐÔNG HÀ", "Thành ủy chỉ đạo hòa giải ở cơ sở.", "Ban Thường vụ Thành ủy."],
    },
    {
      name: "a tie goes to the form met first",
      doc: ["văn hoá", "hòa giải"],
      errors: [{ paragraph: 1, text: "hòa", severity: "info" }],
      output: ["văn hoá", "hoà giải"],
    },
    {
      name: "house style fixes the old placement",
      doc: ["Thành uỷ chỉ đạo hoà giải.", "Ban Thường vụ Thành uỷ."],
      options: { preferred: "old" },
      errors: [{ paragraph: 0, text: "uỷ", messageIncludes: "house style" }],
      output: ["Thành ủy chỉ đạo hòa giải.", "Ban Thường vụ Thành ủy."],
    },
  ],
});

testRule(consistencyUnicode, {
  valid: [{ doc: ["Đảng bộ thành phố."] }],
  invalid: [
    {
      name: "decomposed accents",
      doc: ["Cấp ủy đảng".normalize("NFD") + " thành phố."],
      errors: [{ paragraph: 0, messageIncludes: "3 từ có dấu gõ tách rời khỏi chữ" }],
      output: ["Cấp ủy đảng thành phố."],
    },
    { name: "Ð look-alike", doc: ["Ðảng bộ thành phố."], errors: [{ paragraph: 0, text: "Ðảng" }], output: ["Đảng bộ thành phố."] },
  ],
});

testRule(consistencySpacing, {
  valid: [
    { name: "decimals, abbreviations, addresses", doc: ["Tăng 12,4% so với cùng kỳ; TP.HCM; Đ/c Bình; xem www.quangtri.gov.vn nhé. Kết thúc."] },
    { name: "end mark", doc: ["Trên đây là báo cáo./."] },
  ],
  invalid: [
    {
      name: "glued after a full stop and a comma",
      doc: ["Tập trung phòng, chống dịch.Tập trung sản xuất,đảm bảo an toàn."],
      errors: [{ paragraph: 0, text: ".", messageIncludes: "2 places" }],
      output: ["Tập trung phòng, chống dịch. Tập trung sản xuất, đảm bảo an toàn."],
    },
    { name: "space before a semicolon", doc: ["Bảo vệ chính trị nội bộ ; tiếp tục rà soát."], errors: [{ paragraph: 0, text: " ;" }], output: ["Bảo vệ chính trị nội bộ; tiếp tục rà soát."] },
    { name: "doubled space", doc: ["Công tác  cán bộ."], errors: [{ paragraph: 0, severity: "info", messageIncludes: "Hai khoảng trắng liền nhau. | Doubled space." }], output: ["Công tác cán bộ."] },
    {
      name: "doubled spaces in many paragraphs are one finding",
      doc: ["Công tác  cán bộ.", "Công tác  tổ chức.", "Công tác  kiểm tra."],
      errors: [{ paragraph: 0, severity: "info", messageIncludes: "3" }],
      output: ["Công tác cán bộ.", "Công tác tổ chức.", "Công tác kiểm tra."],
    },
  ],
});

testRule(consistencyDecimal, {
  valid: [
    { name: "decimal comma, thousands point, version numbers", doc: ["Đạt 95,5%, thu 17.592 tỷ đồng, cách mạng công nghiệp 4.0 và mục 1.5 Thực hiện."] },
    {
      name: "an item number before words that start like a unit, however it is spaced",
      doc: ["1.2 tỷ lệ hộ nghèo giảm còn 2,5%.", "1.2  Tỷ lệ hộ nghèo giảm.", "  2.1\tTấn công tội phạm.", "3.4 ha đất lúa chuyển đổi mục đích."],
    },
  ],
  invalid: [
    { name: "95.5%", doc: ["Tỷ lệ đạt 95.5% kế hoạch."], errors: [{ paragraph: 0, text: "95.5" }], output: ["Tỷ lệ đạt 95,5% kế hoạch."] },
    { name: "spaced before the unit, one space or several", doc: ["Tăng 12.4  % và 3.5 %."], errors: [{ paragraph: 0, text: "12.4" }], output: ["Tăng 12,4  % và 3,5 %."] },
    { name: "a table cell that is only a figure", doc: ["95.5 %", "12.25 ha"], errors: [{ paragraph: 0, text: "95.5" }], output: ["95,5 %", "12,25 ha"] },
    { name: "58.53 tạ/ha", doc: ["Năng suất 58.53 tạ/ha."], errors: [{ paragraph: 0, text: "58.53" }], output: ["Năng suất 58,53 tạ/ha."] },
  ],
});

testRule(consistencyNumberSpacing, {
  valid: [
    { name: "spaced units, clock times, codes", doc: ["Thu 174,2 tỷ đồng lúc 15h30, mạng 5G, F0 và m2."] },
    { name: "unit symbols glued to the figure are a choice (consistency/unit-spacing)", doc: ["Trồng mới 25ha rừng, làm 10km đường, thu 150.000.000đ."] },
  ],
  invalid: [
    { name: "174,2tỷ", doc: ["Thu ngân sách đạt 174,2tỷ đồng."], errors: [{ paragraph: 0, text: "174,2tỷ", messageIncludes: "đơn vị" }], output: ["Thu ngân sách đạt 174,2 tỷ đồng."] },
    { name: "năm 2020của", doc: ["Nhiệm vụ năm 2020của tập thể."], errors: [{ paragraph: 0, text: "2020của" }], output: ["Nhiệm vụ năm 2020 của tập thể."] },
  ],
});

const BODY = ["BÁO CÁO", "kết quả công tác năm 2025", "", "I. Kết quả"];

testRule(consistencyUnitSpacing, {
  valid: [
    { name: "always spaced", doc: [...BODY, "Hỗ trợ 150.000.000 đồng cho 12 hộ.", "Trồng mới 25 ha rừng, làm 10 km đường."] },
    { name: "always glued", doc: [...BODY, "Hỗ trợ 150.000.000đ cho 12 hộ.", "Trồng mới 25ha rừng, làm 10km đường, thu 2,5kg."] },
    {
      name: "units without a symbol and longer spellings are not the symbol's",
      doc: [...BODY, "Hỗ trợ 150.000.000đ; thu ngân sách 174,2 tỷ đồng, 300 triệu đồng; 5 đồng chí được khen thưởng; 12 người."],
    },
    { name: "a glued word is number-spacing's, not a choice", doc: [...BODY, "Hỗ trợ 150.000.000đồng và 200.000.000 đồng."] },
    { name: "the house style met", doc: [...BODY, "Trồng mới 25ha rừng."], options: { preferred: "glued" } },
    { name: "a non-breaking space is a space; m², VNĐ and USD are units", doc: [...BODY, "Xây 1.200\u00a0m² nhà, hỗ trợ 5.000.000 VNĐ và 2.000 USD; 3,5 km đường."] },
    {
      name: "tables are compact by design",
      doc: {
        source: "word",
        paragraphs: [
          ...BODY.map((text, index) => ({ index, text })),
          { index: 4, text: "Trồng mới 25ha rừng, hỗ trợ 150.000.000đ." },
          { index: 5, text: "25 ha", tableNesting: 1 },
          { index: 6, text: "150.000.000 đồng", tableNesting: 1 },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "150.000.000đ beside 200.000.000 đồng and 25 ha: one finding at the minority form",
      doc: [...BODY, "Hỗ trợ 200.000.000 đồng cho 12 hộ.", "Trồng mới 25 ha rừng; hỗ trợ thêm 150.000.000đ.", "Làm mới 10 km đường."],
      errors: [{ paragraph: 5, text: "150.000.000đ", severity: "info", messageIncludes: "× 3" }],
      output: [...BODY, "Hỗ trợ 200.000.000 đồng cho 12 hộ.", "Trồng mới 25 ha rừng; hỗ trợ thêm 150.000.000 đ.", "Làm mới 10 km đường."],
    },
    {
      name: "the house style wants symbols glued",
      doc: [...BODY, "Hỗ trợ 150.000.000 đồng, trồng 25 ha rừng."],
      options: { preferred: "glued" },
      errors: [{ paragraph: 4, text: "150.000.000 đồng", messageIncludes: "house style" }],
      output: [...BODY, "Hỗ trợ 150.000.000đ, trồng 25ha rừng."],
    },
  ],
});

testRule(consistencyYearRange, {
  valid: [{ doc: ["Nhiệm kỳ 2021 - 2026 và giai đoạn 2021 - 2025."] }, { name: "dates are not ranges", doc: ["Ngày 30/11/2016-2021 không phải khoảng năm; nhiệm kỳ 2020-2025."] }],
  invalid: [
    {
      name: "one tight range among spaced ones",
      doc: ["Nhiệm kỳ 2021 - 2026.", "Giai đoạn 2021 - 2025.", "Bầu cử nhiệm kỳ 2021-2026."],
      errors: [{ paragraph: 2, text: "2021-2026" }],
      output: ["Nhiệm kỳ 2021 - 2026.", "Giai đoạn 2021 - 2025.", "Bầu cử nhiệm kỳ 2021 - 2026."],
    },
  ],
});

testRule(consistencyAbbreviation, {
  valid: [
    { name: "allow-listed and defined abbreviations, symbols, Roman numerals", doc: ["UBND và HĐND; giải phóng mặt bằng (GPMB) rồi GPMB; Nghị quyết số 05-NQ/TU; khóa XIII."] },
    { name: "allow option", doc: ["Công tác GPMB."], options: { allow: ["GPMB"] } },
  ],
  invalid: [
    { name: "GPMB never defined", doc: ["Công tác GPMB còn chậm.", "GPMB các công trình."], errors: [{ paragraph: 0, text: "GPMB", severity: "info" }] },
    { name: "used before the definition", doc: ["Công tác GPMB.", "Giải phóng mặt bằng (GPMB)."], errors: [{ paragraph: 0, text: "GPMB" }] },
  ],
});
