import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { testRule } from "../support/ruleTester";
import { shareMismatch } from "../../src/indicators/rules/shareMismatch";
import { componentsTotal } from "../../src/indicators/rules/componentsTotal";
import { duplicateStatement } from "../../src/indicators/rules/duplicateStatement";
import { planShareMismatch } from "../../src/indicators/rules/planShareMismatch";
import type { Rule } from "../../src/lint/rule";

// A share against its fraction: written as x/y, as "x trên tổng số y", or as a count with
// "(chiếm p%)" after a total stated just before. Rounded at the precision written; a truncated
// figure and one off by a factor of ten are named as such.
testRule(shareMismatch as Rule<never>, {
  valid: [
    { name: "fraction and share agree", doc: ["Năm 2020 có 42/49 TCCS đảng hoàn thành tốt nhiệm vụ trở lên (chiếm 85,7%)."] },
    { name: "share of a total stated in the previous sentence", doc: ["Năm 2020 Đảng bộ có 49 TCCS đảng. Trong đó 06 TCCS đảng hoàn thành nhiệm vụ (chiếm 12,2%)."] },
    { name: "one of two stated totals gives the share", doc: ["Tổng số chi bộ là 183 chi bộ; số chi bộ được đánh giá là 181 chi bộ, trong đó 38 chi bộ HTXSNV (chiếm 20,8%)."] },
    { name: "x trên tổng số y", doc: ["Năm 2025 đã phát sinh 3.065 hồ sơ trên tổng số 3.416 hồ sơ tiếp nhận, đạt tỷ lệ 89,7%."] },
    { name: "peers in a list are not each other's total", doc: ["Trong đó, nữ 57 đảng viên (chiếm 66,3%); Đoàn thanh niên 45 đảng viên (chiếm 52,3%)."] },
    { name: "a count without any total stated", doc: ["Năm 2020 kết nạp 24 đảng viên ở khu dân cư (chiếm 27,9%)."] },
  ],
  invalid: [
    {
      name: "truncated instead of rounded",
      doc: ["Năm 2020 có 42/49 TCCS đảng hoàn thành tốt nhiệm vụ (chiếm 85,7%), trong đó có 09 TCCS đảng hoàn thành xuất sắc nhiệm vụ (chiếm 18,3%)."],
      errors: [{ paragraph: 0, text: "18,3", messageIncludes: "9 / 49 = 18,37 % → 18,4 % ≠ 18,3 % ✗" }],
      output: ["Năm 2020 có 42/49 TCCS đảng hoàn thành tốt nhiệm vụ (chiếm 85,7%), trong đó có 09 TCCS đảng hoàn thành xuất sắc nhiệm vụ (chiếm 18,4%)."],
    },
    {
      name: "off by a factor of ten",
      doc: ["Năm 2020 có 01/49 đơn vị không hoàn thành nhiệm vụ (chiếm 0,2%)."],
      errors: [{ paragraph: 0, text: "0,2", messageIncludes: "1 / 49 = 2,04 % → 2,0 % ≠ 0,2 % ✗" }],
      output: ["Năm 2020 có 01/49 đơn vị không hoàn thành nhiệm vụ (chiếm 2,0%)."],
    },
    {
      name: "a wrong share of a stated total",
      doc: ["Năm 2025 toàn tỉnh đã vận động 45.122/96.733 cán bộ, đảng viên thực hiện góp ý, đạt tỷ lệ 46,5%."],
      errors: [{ paragraph: 0, text: "46,5", messageIncludes: "45.122 / 96.733 = 46,65 % → 46,6 % ≠ 46,5 % ✗" }],
    },
  ],
});

describe("share-mismatch messages", () => {
  it("state the rounding rule and name truncation and a factor of ten", async () => {
    const { runRule } = await import("../support/ruleTester");
    const [truncated] = runRule(shareMismatch as Rule<never>, ["Có 09/49 TCCS đảng hoàn thành xuất sắc nhiệm vụ (chiếm 18,3%)."]);
    expect(truncated.message.vi).toContain("làm tròn (không cắt bỏ) đến 1 chữ số thập phân");
    expect(truncated.message.en).toContain("truncated, not rounded");
    const [tenfold] = runRule(shareMismatch as Rule<never>, ["Có 01/49 đơn vị không hoàn thành nhiệm vụ (chiếm 0,2%)."]);
    expect(tenfold.message.en).toContain("off by a factor of 10");
  });
});

testRule(componentsTotal as Rule<never>, {
  valid: [
    { name: "parts add up", doc: ["Năm 2021 chi thường xuyên 70.250 triệu đồng, bao gồm chi ngân sách cấp huyện là 59.233 triệu đồng, ngân sách cấp xã là 11.017 triệu đồng."] },
    { name: "parts add up within their rounding", doc: ["Dự toán chi đầu tư phát triển năm 2025 là 22.143 tỷ đồng (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; vốn năm 2024 chuyển sang là 2.548 tỷ đồng), đã giải ngân 9.400 tỷ đồng."] },
    { name: "parts in another unit are converted", doc: ["Năm 2021 tổng chi 1,5 tỷ đồng, gồm chi đầu tư 500 triệu đồng và chi thường xuyên 1 tỷ đồng."] },
    { name: "count nouns of one kind", doc: ["Đảng bộ thành phố có 49 tổ chức cơ sở đảng (gồm 17 đảng bộ, 32 chi bộ cơ sở)."] },
    { name: "trong đó lists a part, not all parts", doc: ["Năm 2021 tiếp nhận 71 đơn, trong đó 01 đơn khiếu nại, 60 đơn kiến nghị."] },
  ],
  invalid: [
    {
      name: "parts do not add up (seed 004)",
      doc: ["Chi thường xuyên 6 tháng đầu năm 2021 là 70.067 triệu đồng đạt 51,8% dự toán, bao gồm chi ngân sách cấp huyện là 59.233 triệu đồng, ngân sách cấp xã là 11.017 triệu đồng."],
      errors: [{ paragraph: 0, text: "70.067", messageIncludes: "59.233 + 11.017 = 70.250 ≠ 70.067" }],
    },
    {
      name: "bracketed parts beyond their rounding",
      doc: ["Đảng bộ thành phố có 49 tổ chức cơ sở đảng (gồm 17 đảng bộ, 30 chi bộ cơ sở)."],
      errors: [{ paragraph: 0, text: "49", messageIncludes: "17 + 30 = 47 ≠ 49" }],
    },
  ],
});

testRule(duplicateStatement as Rule<never>, {
  valid: [
    { name: "one figure stated twice", doc: ["6 tháng đầu năm 2021 ước giải ngân 52,122 tỷ đồng, đạt 28,42% kế hoạch.", "Tỷ lệ giải ngân 6 tháng đầu năm 2021 đạt 28,42% kế hoạch vốn."] },
    { name: "different periods", doc: ["Tổng thu ngân sách năm 2020 đạt 300 tỷ đồng.", "Tổng thu ngân sách năm 2021 đạt 372 tỷ đồng."] },
    { name: "plan shares against different bases", doc: ["Tổng chi ngân sách năm 2025 là 40.554 tỷ đồng, bằng 89,9% dự toán Trung ương.", "Tổng chi ngân sách năm 2025 bằng 84,52% kế hoạch."] },
    {
      name: "a bare measure word is no indicator name",
      doc: ["Năm 2025, tỷ lệ đạt 100% thủ tục hành chính thuộc thẩm quyền.", "Kiến nghị xử lý tài chính năm 2025: Tỷ lệ thực hiện: 78%."],
    },
    {
      name: "each unit's own rate in one paragraph, items separated by semicolons",
      doc: ["Năm 2025, Ban quản lý rừng phòng hộ: tỷ lệ đảm bảo chi thường xuyên 11%; Trung tâm quan trắc: tỷ lệ đảm bảo chi thường xuyên 85,42%; Công ty hạ tầng: tỷ lệ đảm bảo chi thường xuyên 31,4%."],
    },
    {
      name: "each commune's own rate in a bulleted list",
      doc: ["Kết quả năm 2025:", "- Xã Tân Lập: tỷ lệ hộ nghèo năm 2025 giảm còn 3,2%.", "- Xã Hòa Bình: tỷ lệ hộ nghèo năm 2025 giảm còn 4,1%."],
    },
  ],
  invalid: [
    {
      name: "the same share of plan stated with two values (seed 000)",
      doc: ["6 tháng đầu năm 2021 ước giải ngân 52,122 tỷ đồng, đạt 28,42% kế hoạch.", "Tiến độ giải ngân đạt thấp, tỷ lệ giải ngân 6 tháng đầu năm 2021 chỉ đạt 24,9% kế hoạch vốn."],
      errors: [{ paragraph: 1, text: "24,9", messageIncludes: "28,42 %" }],
    },
    {
      name: "the same rate in two sentences of one paragraph",
      doc: ["Tỷ lệ giải ngân vốn đầu tư công năm 2025 đạt 42,5%. Đến cuối năm, tỷ lệ giải ngân vốn đầu tư công năm 2025 đạt 45,2%."],
      errors: [{ paragraph: 0, text: "45,2", messageIncludes: "42,5 %" }],
    },
    {
      name: "the same amount stated with two values",
      doc: ["Tổng thu ngân sách trên địa bàn năm 2021 đạt 372,5 tỷ đồng.", "Năm 2021 tổng thu ngân sách trên địa bàn đạt 375 tỷ đồng."],
      errors: [{ paragraph: 1, text: "375", messageIncludes: "372,5 tỷ đồng" }],
    },
    {
      name: "the earlier figure is placed by its heading and first words",
      doc: ["I. Kết quả", "1. Kinh tế", "Tổng thu ngân sách trên địa bàn năm 2021 đạt 372,5 tỷ đồng.", "II. Hạn chế", "Năm 2021 tổng thu ngân sách trên địa bàn đạt 375 tỷ đồng."],
      errors: [{ paragraph: 4, text: "375", messageIncludes: "phía trên ghi 372,5 tỷ đồng (mục I › 1, “Tổng thu ngân sách trên địa…”)" }],
    },
  ],
});

// A share of plan against the plan the report itself states just before (no data needed).
testRule(planShareMismatch as Rule<never>, {
  valid: [
    { name: "share of the plan stated before", doc: ["Dự toán chi đầu tư phát triển năm 2025 là 22.143 tỷ đồng, đã giải ngân được 9.400 tỷ đồng, đạt 42,5% kế hoạch."] },
    { name: "share of the fraction's whole", doc: ["Lũy kế giải ngân đến ngày 10/12/2025 đạt 9.037/17.454 tỷ đồng, đạt 51,8% kế hoạch năm 2025."] },
    { name: "no plan stated", doc: ["Tổng chi ngân sách năm 2025 là 40.554 tỷ đồng, bằng 89,9% dự toán Trung ương."] },
  ],
  invalid: [
    {
      name: "share does not match the plan stated before",
      doc: ["Kế hoạch vốn đầu tư công năm 2025 là 22.143 tỷ đồng, đã giải ngân được 9.400 tỷ đồng, đạt 45,2% kế hoạch."],
      errors: [{ paragraph: 0, text: "45,2", messageIncludes: "9.400 / 22.143 = 42,45 % → 42,5 % ≠ 45,2 % ✗" }],
    },
    {
      name: "share does not match its fraction's whole",
      doc: ["Lũy kế giải ngân đến ngày 10/12/2025 đạt 9.037/17.454 tỷ đồng, đạt 58,1% kế hoạch năm 2025."],
      errors: [{ paragraph: 0, text: "58,1", messageIncludes: "9.037 / 17.454 = 51,78 % → 51,8 % ≠ 58,1 % ✗" }],
    },
  ],
});

describe("soanchuan check seeds/001 --json", () => {
  it("flags the two stated shares in paragraph 45 that contradict their fractions, with the computation", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    let out = "";
    try {
      out = execFileSync(process.execPath, ["bin/soanchuan.mjs", "check", "seeds/001_87ee4238b5bec2d9.txt", "--json"], { cwd: root, encoding: "utf8" });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const result = JSON.parse(out) as { findings: { ruleId: string; paragraph: number; text: string; message: { vi: string } }[] };
    const shares = result.findings.filter((f) => f.ruleId === "indicator/share-mismatch" && f.paragraph === 45);
    expect(shares.map((f) => f.text)).toEqual(["18,3", "0,2"]);
    expect(shares[0].message.vi).toContain("9 / 49 = 18,37 % → 18,4 % ≠ 18,3 % ✗");
    expect(shares[1].message.vi).toContain("1 / 49 = 2,04 % → 2,0 % ≠ 0,2 % ✗");
  });
});
