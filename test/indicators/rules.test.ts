import { describe, expect, it } from "vitest";
import { testRule, runRule } from "../support/ruleTester";
import { changeMismatch } from "../../src/indicators/rules/changeMismatch";
import { shareMismatch } from "../../src/indicators/rules/shareMismatch";
import { planShareMismatch } from "../../src/indicators/rules/planShareMismatch";
import { addValues, emptyStore } from "../../src/indicators/store";
import { checkChangeAmount, checkChangePct, checkPlanPct, checkSharePct } from "../../src/indicators/arithmetic";

const withPrior = (stated: string) =>
  `Doanh thu dịch vụ năm 2021 đạt 17.592 tỷ đồng, tăng ${stated}% so với cùng kỳ[footnoteRef:1]. [1:  Doanh thu dịch vụ năm 2020 đạt 15.654 tỷ đồng]`;

describe("arithmetic", () => {
  it("shows the computation at the precision written", () => {
    expect(checkChangePct(17592, 15654, 12.4, 1)?.computation).toBe("17.592 / 15.654 − 1 = 12,38 % → 12,4 % ✓");
    expect(checkChangePct(17592, 15654, 12, 0)?.computation).toBe("17.592 / 15.654 − 1 = 12,4 % → 12 % ✓");
    expect(checkChangePct(17592, 15654, 12.5, 1)).toMatchObject({ ok: false, computation: "17.592 / 15.654 − 1 = 12,38 % → 12,4 % ≠ 12,5 % ✗" });
    expect(checkChangePct(95, 100, -5, 0)?.ok).toBe(true);
    expect(checkChangeAmount(71, 74, -3, 0).ok).toBe(true);
    expect(checkPlanPct(17592, 34093, 51.6, 1)?.ok).toBe(true);
    expect(checkSharePct(40, 43, 93, 0)?.ok).toBe(true);
    expect(checkSharePct(40, 43, 95, 0)?.ok).toBe(false);
    expect(checkChangePct(1, 0, 5, 0)).toBeNull();
  });
});

testRule(changeMismatch, {
  valid: [
    { name: "stated change matches", doc: [withPrior("12,4")] },
    { name: "stated change matches at integer precision", doc: [withPrior("12")] },
    { name: "no prior figure known", doc: ["Doanh thu dịch vụ năm 2021 đạt 17.592 tỷ đồng, tăng 30% so với cùng kỳ."] },
    { name: "absolute change matches its figures", doc: ["Năm 2021 tiếp nhận 71 đơn, so với cùng kỳ năm trước giảm 3 đơn (71/74 đơn)."] },
  ],
  invalid: [
    {
      name: "stated change does not match",
      doc: [withPrior("12,7")],
      errors: [{ paragraph: 0, text: "12,7", severity: "warning", messageIncludes: "12,38 % → 12,4 % ≠ 12,7 % ✗" }],
      output: [withPrior("12,4")],
    },
    {
      name: "absolute change does not match",
      doc: ["Năm 2021 tiếp nhận 71 đơn, so với cùng kỳ năm trước giảm 5 đơn (71/74 đơn)."],
      errors: [{ paragraph: 0, text: "5", messageIncludes: "71 − 74 = -3,0 → -3 ≠ -5 ✗" }],
    },
  ],
});

testRule(shareMismatch, {
  valid: [{ doc: ["Năm 2021 điều tra làm rõ 40/43 vụ (93%)."] }, { doc: ["Năm 2021 điều tra làm rõ 40/43 vụ (93,0%)."] }],
  invalid: [
    {
      doc: ["Năm 2021 điều tra làm rõ 40/43 vụ (95%)."],
      errors: [{ paragraph: 0, text: "95", messageIncludes: "40 / 43 = 93,0 % → 93 % ≠ 95 % ✗" }],
      output: ["Năm 2021 điều tra làm rõ 40/43 vụ (93%)."],
    },
  ],
});

describe("indicator/plan-share-mismatch", () => {
  const data = addValues(emptyStore(), [
    { name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", unit: "tỷ đồng", period: "năm 2021", kind: "plan", value: 34093, source: { file: "kh.xlsx", text: "" } },
  ]).store;
  const doc = (pct: string) => [`Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ 6 tháng đầu năm 2021 ước thực hiện 17.592 tỷ đồng, đạt ${pct}% kế hoạch năm.`];

  it("checks nothing without data", () => {
    expect(runRule(planShareMismatch, doc("60"))).toEqual([]);
  });
  it("confirms a share that matches the plan in the data", () => {
    expect(runRule(planShareMismatch, doc("51,6"), undefined, { resources: { indicatorData: data } })).toEqual([]);
  });
  it("reports a share that does not match, with the computation", () => {
    const [finding] = runRule(planShareMismatch, doc("60"), undefined, { resources: { indicatorData: data } });
    expect(finding).toMatchObject({ text: "60", message: { vi: expect.stringContaining("17.592 / 34.093 = 51,6 % → 52 % ≠ 60 % ✗") } });
  });
  it("with two sources disagreeing on the plan, reports a share neither gives and accepts one either gives", () => {
    const disputed = addValues(data, [{ ...data.values[0], value: 30_000_000, unit: "triệu đồng", source: { file: "kh-tinh.csv", text: "" } }]).store;
    expect(disputed.conflicts).toHaveLength(1);
    const [finding] = runRule(planShareMismatch, doc("60"), undefined, { resources: { indicatorData: disputed } });
    expect(finding.message.vi).toContain('"kh.xlsx, kh-tinh.csv"');
    expect(runRule(planShareMismatch, doc("51,6"), undefined, { resources: { indicatorData: disputed } })).toEqual([]);
    expect(runRule(planShareMismatch, doc("58,6"), undefined, { resources: { indicatorData: disputed } })).toEqual([]);
  });
});
