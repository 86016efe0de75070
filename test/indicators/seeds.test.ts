import { INDICATORS } from "../../src/indicators/analysis";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { checkDocument, createContext } from "../../src/engine/check";
import { changeCheck } from "../../src/indicators/rules/changeMismatch";

const SEED_000 = new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url);
const SEED_004 = new URL("../../seeds/004_eaaba1bef0b0e863.txt", import.meta.url);
const load = (url: URL, edit: (text: string) => string = (t) => t) =>
  readText(new TextEncoder().encode(edit(readFileSync(url, "utf8"))), "seed.txt");

describe("seed 000: retail sales and industrial output with footnoted prior values", () => {
  const indicators = createContext(load(SEED_000)).ctx.get(INDICATORS);
  const retail = indicators.find((r) => r.footnote === null && r.name === "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ");
  const industry = indicators.find((r) => r.footnote === null && r.name === "Giá trị sản xuất công nghiệp cá thể");

  it("extracts both statements with the prior values from footnotes 2 and 3", () => {
    expect(retail).toMatchObject({
      period: "6 tháng đầu năm 2021",
      qualifier: "ước thực hiện",
      value: 17592,
      unit: "tỷ đồng",
      planPct: 51.6,
      changePct: 12.4,
      priorValue: 15654,
      priorPeriod: "6 tháng đầu năm 2020",
      priorSource: { footnote: "2" },
    });
    expect(industry).toMatchObject({
      period: "6 tháng đầu năm 2021",
      value: 560.538,
      planPct: 49,
      changePct: 8.9,
      priorValue: 514.823,
      priorSource: { footnote: "3" },
    });
  });

  it("confirms both stated changes", () => {
    expect(changeCheck(retail!)).toMatchObject({ ok: true, computation: "17.592 / 15.654 − 1 = 12,38 % → 12,4 % ✓" });
    expect(changeCheck(industry!)).toMatchObject({ ok: true, computation: "560,538 / 514,823 − 1 = 8,88 % → 8,9 % ✓" });
  });

  it("raises no indicator finding on the seed as written", () => {
    const findings = checkDocument(load(SEED_000)).findings.filter((f) => f.ruleId.startsWith("indicator/"));
    expect(findings).toEqual([]);
  });

  it("reports the mismatch when one figure is altered", () => {
    const altered = load(SEED_000, (t) => t.replace("17.592 tỷ đồng", "17.952 tỷ đồng"));
    const findings = checkDocument(altered).findings.filter((f) => f.ruleId === "indicator/change-mismatch");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ text: "12,4", severity: "warning" });
    expect(findings[0].message.vi).toContain("17.952 / 15.654 − 1 = 14,68 % → 14,7 % ≠ 12,4 % ✗");
    expect(findings[0].related?.[0].paragraph).toBe(17);
  });
});

describe("seed 004: absolute changes with their own comparison figures", () => {
  const indicators = createContext(load(SEED_004)).ctx.get(INDICATORS);

  it("reads giảm 05 lượt (08/13 lượt) and giảm 3 đơn (71/74 đơn) and finds them consistent", () => {
    const visits = indicators.find((r) => r.name === "Tổng số lượt tiếp");
    const letters = indicators.find((r) => r.name === "Tiếp nhận và chỉ đạo giải quyết");
    expect(visits).toMatchObject({ value: 8, unit: "lượt", changeAmount: -5, priorValue: 13 });
    expect(letters).toMatchObject({ value: 71, unit: "đơn", changeAmount: -3, priorValue: 74 });
    expect(changeCheck(visits!)?.ok).toBe(true);
    expect(changeCheck(letters!)?.ok).toBe(true);
  });

  it("reads <sup> footnote bodies as footnotes", () => {
    const rice = indicators.find((r) => r.name === "Sản lượng lúa");
    expect(rice).toMatchObject({ footnote: "1", value: 1605.77, unit: "tấn" });
    expect(indicators.find((r) => r.name === "sản lượng lương thực có hạt")).toMatchObject({ value: 2063.37, footnote: null });
  });
});
