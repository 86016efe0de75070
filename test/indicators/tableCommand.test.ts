import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const SEED = new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url).pathname;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("soanchuan table / data", () => {
  const dir = mkdtempSync(join(tmpdir(), "soanchuan-table-"));
  const data = join(dir, "prior.json");

  it("imports a CSV into a new data file and prints the comparison rows as JSON", async () => {
    const csv = join(dir, "kh.csv");
    writeFileSync(csv, "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại\nTổng mức bán lẻ hàng hoá và doanh thu dịch vụ;tỷ đồng;năm 2021;34.093;kế hoạch\n");
    expect((await run(["data", "import", csv, "--data", data])).code).toBe(0);

    const result = await run(["table", "--data", data, "--period", "6 tháng đầu năm 2021", SEED, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.rows[0]).toEqual({
      tt: "1",
      name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
      unit: "tỷ đồng",
      prior: "15.654",
      current: "17.592",
      compare: "112,4",
      plan: "34.093",
      planPct: "51,6",
    });
    expect(json.rows[1]).toMatchObject({ name: "Giá trị sản xuất công nghiệp cá thể", prior: "514,823", current: "560,538", plan: null });
    expect(json.checks.filter((c: { ok: boolean }) => c.ok).map((c: { computation: string }) => c.computation)).toContain(
      "17.592 / 15.654 − 1 = 12,38 % → 12,4 % ✓",
    );
  });

  it("prints a human table without --json", async () => {
    const result = await run(["table", SEED, "--period", "6 tháng đầu năm 2021"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Thực hiện cùng kỳ 6 tháng đầu năm 2020 \| Thực hiện 6 tháng đầu năm 2021/);
    expect(result.out).toContain("✓ Giá trị sản xuất công nghiệp cá thể: 560,538 / 514,823 − 1 = 8,88 % → 8,9 % ✓");
  });

  it("exits 2 with a bilingual error on a corrupt spreadsheet and leaves the data file unchanged", async () => {
    const before = readFileSync(data, "utf8");
    const bad = join(dir, "hong.xlsx");
    writeFileSync(bad, "not a workbook");
    const result = await run(["data", "import", bad, "--data", data]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Lỗi: .*không phải tệp Excel/m);
    expect(result.err).toMatch(/^Error: .*not a valid Excel/m);
    expect(readFileSync(data, "utf8")).toBe(before);
  });

  it("exits 2 on a bad period or a missing data file", async () => {
    expect((await run(["table", SEED, "--period", "hôm qua"])).code).toBe(2);
    const missing = join(dir, "none.json");
    const result = await run(["table", SEED, "--data", missing]);
    expect(result.code).toBe(2);
    expect(existsSync(missing)).toBe(false);
  });

  it("counts added, updated and conflicting values, shows a disagreement side by side and uses neither figure until the user picks", async () => {
    const own = join(dir, "own.json");
    const first = join(dir, "kh.csv");
    writeFileSync(first, "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại\nTổng mức bán lẻ hàng hoá và doanh thu dịch vụ;tỷ đồng;năm 2021;34.093;kế hoạch\nThu ngân sách;tỷ đồng;năm 2020;120;thực hiện\n");
    expect((await run(["data", "import", first, "--data", own])).out).toContain("2 added, 0 updated, 0 conflicting, 0 unchanged");
    const second = join(dir, "kh2.csv");
    writeFileSync(second, "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại\nTổng mức bán lẻ hàng hoá và doanh thu dịch vụ;tỷ đồng;năm 2021;34.000;kế hoạch\nThu ngân sách;tỷ đồng;năm 2020;120;thực hiện\nThu ngân sách;tỷ đồng;năm 2019;110;thực hiện\n");
    const imported = await run(["data", "import", second, "--data", own]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("1 added, 0 updated, 1 conflicting, 1 unchanged");
    expect(imported.out).toMatch(/stored: +34\.093 tỷ đồng \(kh\.csv, dòng\/row 2\)\n +incoming: 34\.000 tỷ đồng \(kh2\.csv, dòng\/row 2\)/);

    const table = async () => JSON.parse((await run(["table", "--data", own, "--period", "6 tháng đầu năm 2021", SEED, "--json"])).out).rows[0];
    expect(await table()).toMatchObject({ plan: null, planPct: null });
    expect((await run(["data", "conflicts", "--data", own])).out).toContain("[1] Tổng mức bán lẻ");
    expect((await run(["data", "pick", "1", "incoming", "--data", own])).code).toBe(0);
    expect(await table()).toMatchObject({ plan: "34.000", planPct: "51,7" });
    expect((await run(["data", "conflicts", "--data", own])).out).toContain("No conflicts");
  });

  it("refuses another organisation's report unless confirmed, and a table against another organisation's data", async () => {
    const own = join(dir, "hai-lang.json");
    const refused = await run(["data", "import", SEED, "--data", own, "--organisation", "Huyện ủy Hải Lăng"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("the source is THÀNH UỶ ĐÔNG HÀ's but the data belongs to Huyện ủy Hải Lăng; add --confirm-organisation");
    expect(existsSync(own)).toBe(false);
    expect((await run(["data", "import", SEED, "--data", own, "--organisation", "Huyện ủy Hải Lăng", "--confirm-organisation"])).code).toBe(0);
    const table = await run(["table", SEED, "--data", own]);
    expect(table.code).toBe(2);
    expect(table.err).toContain("is issued by THÀNH UỶ ĐÔNG HÀ but the data");
    expect((await run(["table", SEED, "--data", own, "--confirm-organisation"])).code).toBe(0);
  });

  it("checks a report against plans only in its own organisation's data, unless confirmed", async () => {
    const own = join(dir, "plans-hai-lang.json");
    const plan = join(dir, "kh-hai-lang.csv");
    writeFileSync(plan, "Chỉ tiêu;Đơn vị tính;Kỳ;Giá trị;Loại\nTổng mức bán lẻ hàng hoá và doanh thu dịch vụ;tỷ đồng;năm 2021;30.000;kế hoạch\n");
    expect((await run(["data", "import", plan, "--data", own, "--organisation", "Huyện ủy Hải Lăng"])).code).toBe(0);
    const planFindings = (out: string) => JSON.parse(out).findings.filter((f: { ruleId: string }) => f.ruleId === "indicator/plan-share-mismatch");
    const other = await run(["check", SEED, "--json", "--data", own]);
    expect(other.err).toContain("issued by THÀNH UỶ ĐÔNG HÀ, the --data belongs to Huyện ủy Hải Lăng: not used");
    expect(planFindings(other.out)).toEqual([]);
    const confirmed = await run(["check", SEED, "--json", "--data", own, "--confirm-organisation"]);
    expect(planFindings(confirmed.out)).toHaveLength(1);
  });
});
