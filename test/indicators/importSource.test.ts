import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { importSource, organisationKey, SCALE_LIMIT } from "../../src/indicators/importSource";
import { addValues, emptyStore, serializeStore, type IndicatorStore } from "../../src/indicators/store";

const bytes = (text: string) => new TextEncoder().encode(text);
const seedBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../seeds/${name}`, import.meta.url)));
const SEED_000 = "000_e6240ef1ee1503f8.txt";
const SEED_001 = "001_87ee4238b5bec2d9.txt";
const csv = (rows: string[]) => bytes(["Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại", ...rows].join("\n"));

describe("importSource: organisation", () => {
  it("reads the issuer of a report from its header, and a store without one takes it", async () => {
    const outcome = await importSource(emptyStore(), SEED_001, seedBytes(SEED_001));
    expect(outcome.sourceOrganisation).toBe("THÀNH ỦY ĐÔNG HÀ");
    expect(outcome.questions).toBeNull();
    expect(outcome.store.organisation).toBe("THÀNH ỦY ĐÔNG HÀ");
  });

  it("asks before importing another organisation's report, and imports only once confirmed", async () => {
    const store: IndicatorStore = { ...emptyStore(), organisation: "UBND HUYỆN HẢI LĂNG" };
    const asked = await importSource(store, SEED_000, seedBytes(SEED_000));
    expect(asked.questions?.organisation).toEqual({ store: "UBND HUYỆN HẢI LĂNG", source: "THÀNH UỶ ĐÔNG HÀ" });
    expect(asked.store).toBe(store);
    expect(asked.added).toBe(0);
    const confirmed = await importSource(store, SEED_000, seedBytes(SEED_000), { confirm: { organisation: true } });
    expect(confirmed.questions).toBeNull();
    expect(confirmed.added).toBeGreaterThan(0);
    expect(confirmed.store.organisation).toBe("UBND HUYỆN HẢI LĂNG");
  });

  it("takes the organisation given by the caller over the store's, and compares names as written in any case or tone placement", async () => {
    expect(organisationKey("THÀNH UỶ ĐÔNG HÀ")).toBe(organisationKey("Thành ủy  Đông Hà"));
    const asked = await importSource(emptyStore(), SEED_000, seedBytes(SEED_000), { organisation: "Thành ủy Đông Hà" });
    expect(asked.questions).toBeNull();
    const other = await importSource(emptyStore(), SEED_000, seedBytes(SEED_000), { organisation: "Huyện ủy Cam Lộ" });
    expect(other.questions?.organisation?.store).toBe("Huyện ủy Cam Lộ");
  });

  it("has no organisation to compare for a spreadsheet", async () => {
    const store: IndicatorStore = { ...emptyStore(), organisation: "UBND HUYỆN HẢI LĂNG" };
    const outcome = await importSource(store, "tk.csv", csv(["Thu ngân sách;tỷ đồng;năm 2020;120;thực hiện"]));
    expect(outcome).toMatchObject({ questions: null, sourceOrganisation: null, added: 1 });
  });
});

describe("importSource: scale", () => {
  const base = addValues(emptyStore(), [
    { name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", unit: "tỷ đồng", period: "6 tháng đầu năm 2020", kind: "actual", value: 15654, source: { file: "a.csv", row: 2, text: "…" } },
  ]).store;

  it(`asks when a value is more than ${SCALE_LIMIT}× off the stored figure of the same indicator, in any period`, async () => {
    const source = csv(["Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ;tỷ đồng;6 tháng đầu năm 2019;1.400;thực hiện", "Thu ngân sách;tỷ đồng;năm 2020;120;thực hiện"]);
    const asked = await importSource(base, "b.csv", source);
    expect(asked.questions?.scale).toHaveLength(1);
    expect(asked.questions?.scale[0]).toMatchObject({ value: { value: 1400 }, matched: { value: 15654 } });
    expect(asked.questions!.scale[0].ratio).toBeCloseTo(11.18, 2);
    expect(serializeStore(asked.store)).toBe(serializeStore(base));
    const skipped = await importSource(base, "b.csv", source, { confirm: { scale: "skip" } });
    expect(skipped).toMatchObject({ added: 1, skipped: 1, questions: null });
    const taken = await importSource(base, "b.csv", source, { confirm: { scale: "import" } });
    expect(taken).toMatchObject({ added: 2, skipped: 0 });
  });

  it("does not ask for a value within ten times, nor when the units make the figures comparable", async () => {
    const source = csv(["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ;triệu đồng;6 tháng đầu năm 2019;14.000.000;thực hiện"]);
    expect((await importSource(base, "c.csv", source)).questions).toBeNull();
  });

  it("compares with the figure of the report being written, matched as the table matches it", async () => {
    const current = checkDocument(readText(seedBytes(SEED_000), SEED_000)).indicators;
    // The report states 17.592 for 2021 and, in a footnote, 15.654 for 2020: 1.400 is more than ten times off both.
    const source = csv(["Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ;tỷ đồng;6 tháng đầu năm 2020;1.400;thực hiện"]);
    const asked = await importSource(emptyStore(), "other.csv", source, { current });
    expect(asked.questions?.scale[0]).toMatchObject({ value: { value: 1400 }, matched: { value: 15654 } });
    expect((await importSource(emptyStore(), "other.csv", source)).questions).toBeNull();
  });
});
