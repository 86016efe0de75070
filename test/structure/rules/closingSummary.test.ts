import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { testRule } from "../../support/ruleTester";
import { closingSummary } from "../../../src/structure/rules/closingSummary";
import { readDocument } from "../../../src/document/read";
import { checkDocument } from "../../../src/engine/check";
import { reportScope, scopeConflicts } from "../../../src/structure/reportScope";
import { PARTY_HEADER } from "./blocks.fixtures";

const CLOSING_BLOCK = ["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy,", "- Lưu Văn phòng Thành ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"];
const BODY = ["I. Kết quả đạt được", "Nội dung kết quả.", "II. Hạn chế", "Nội dung hạn chế.", "III. Phương hướng, nhiệm vụ", "Nội dung phương hướng."];
const report = (summary: string[], closing: string) => [...PARTY_HEADER, "", "BÁO CÁO", ...summary, "-----", ...BODY, closing, ...CLOSING_BLOCK];
const CLOSING_AT = PARTY_HEADER.length + 2 + 1 + 1 + BODY.length;

testRule(closingSummary, {
  valid: [
    { name: "the closing repeats the summary", doc: report(["sơ kết 6 tháng đầu năm 2025"], "Trên đây là báo cáo sơ kết 6 tháng đầu năm 2025 của Ban Thường vụ Thành ủy./.") },
    { name: "paraphrase: the closing leaves the period out", doc: report(["sơ kết 6 tháng đầu năm 2025"], "Trên đây là báo cáo kết quả công tác của Ban Thường vụ Thành ủy./.") },
    { name: "paraphrase: other words, the same scope", doc: report(["tình hình thực hiện nhiệm vụ 6 tháng đầu năm;", "phương hướng, nhiệm vụ 6 tháng cuối năm 2021"], "Trên đây là báo cáo kết quả 06 tháng đầu năm và phương hướng 6 tháng cuối năm 2021 của Thành ủy./.") },
    { name: "a range covers the year", doc: report(["tổng kết Chương trình giai đoạn 2021 - 2025"], "Trên đây là báo cáo tổng kết Chương trình, trong đó năm 2025 hoàn thành 100% chỉ tiêu./.") },
    { name: "dates of cited documents are not the report's year", doc: report(["sơ kết 6 tháng đầu năm 2025"], "Trên đây là báo cáo sơ kết 6 tháng đầu năm thực hiện Kế hoạch số 12-KH/TU ngày 05/3/2024 và Chỉ thị ngày 5 tháng 3 năm 2023./.") },
    { name: "a month and its year", doc: report(["kết quả triển khai Đề án 06 tháng 11/2025"], "Trên đây là báo cáo kết quả thực hiện Đề án 06 tháng 11/2025./.") },
    { name: "not a report's closing", doc: report(["sơ kết 6 tháng đầu năm 2025"], "Báo cáo kết quả quý I năm 2024 gửi kèm./.") },
  ],
  invalid: [
    {
      name: "the brief's example: six months against the first quarter",
      doc: report(["sơ kết 6 tháng đầu năm 2025"], "Trên đây là báo cáo kết quả công tác quý I năm 2025 của Ban Thường vụ Thành ủy./."),
      errors: [{ paragraph: CLOSING_AT, severity: "warning", messageIncludes: "“6 tháng đầu năm”, câu kết ghi “quý I”" }],
    },
    {
      name: "last year's closing left in",
      doc: report(["tổng kết công tác xây dựng Đảng năm 2025"], "Trên đây là báo cáo tổng kết công tác xây dựng Đảng năm 2024./."),
      errors: [{ paragraph: CLOSING_AT, messageIncludes: "2024" }],
    },
    {
      name: "sơ kết against tổng kết",
      doc: report(["sơ kết giữa nhiệm kỳ 2020 - 2025"], "Trên đây là báo cáo tổng kết nhiệm kỳ 2020 - 2025 của Đảng ủy./."),
      errors: [{ paragraph: CLOSING_AT, messageIncludes: "sơ kết/tổng kết" }],
    },
  ],
});

describe("report scope", () => {
  it("reads periods, months, years and review kinds, and ignores dates", () => {
    const scope = reportScope("Sơ kết 6 tháng đầu năm và quý III/2025, tháng 11 năm 2025; giai đoạn 2021 – 2025; Kế hoạch ngày 22/10/2018");
    expect(scope.periods.map((p) => p.id)).toEqual(["first-half", "q3", "month-11"]);
    expect(scope.reviews.map((r) => r.id)).toEqual(["interim"]);
    expect(scope.years).toEqual([[2025, 2025], [2025, 2025], [2021, 2025]]);
    expect(scopeConflicts(reportScope("quý II năm 2025"), reportScope("quý III năm 2025")).map((c) => c.facet)).toEqual(["period"]);
  });
});

describe("closing/summary on real documents", () => {
  const seeds = new URL("../../../../shared/seeds/", import.meta.url);
  const corpus = new URL("../../../../shared/corpus/docx/", import.meta.url);
  const files = [...readdirSync(seeds).map((f) => new URL(f, seeds)), ...readdirSync(corpus).filter((f) => f.endsWith(".docx")).map((f) => new URL(f, corpus))];

  it.each(files.map((f) => [f.pathname.split("/").pop() as string, f] as const))("is quiet on %s, whose closing matches its summary", async (name, url) => {
    const result = checkDocument(await readDocument(name, new Uint8Array(readFileSync(url))));
    expect(result.findings.filter((f) => f.ruleId === "closing/summary")).toEqual([]);
  });
});
