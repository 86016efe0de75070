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
});
