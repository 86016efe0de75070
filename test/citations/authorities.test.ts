import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readText } from "../../src/document/readText";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { authorityTableCells, tableOfAuthorities } from "../../src/citations/index";
import { main } from "../../src/cli/main";

const LINES = [
  "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.",
  "Quyết định số 1357/QĐ-TTg ngày 08/11/2019 của Thủ tướng Chính phủ phê duyệt Đề án.",
  "Kế hoạch số 82-KH/TU ngày 11/12/2018 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết 35.",
  "Kế hoạch số 45/KH-UBND ngày 02/3/2021 của Ủy ban nhân dân tỉnh về triển khai.",
  "Công văn số 12/UBND-VX ngày 05/3/2021 của Ủy ban nhân dân huyện về tuyên truyền.",
  "Quán triệt Nghị quyết Trung ương 4 khóa XII và Luật Căn cước.",
];

describe("table of cited documents", () => {
  const sections = () => tableOfAuthorities(checkDocument(snapshotFromLines(LINES)).citations);

  it("groups by issuer level, Party before State within a level", () => {
    expect(sections().map((s) => `${s.level}/${s.system}`)).toEqual(["central/party", "central/state", "province/party", "province/state", "local/state"]);
  });

  it("gives type, number-symbol, date, issuer, summary and every citing paragraph", () => {
    const row = sections()[0].rows.find((r) => r.numberSymbol === "35-NQ/TW")!;
    expect(row).toMatchObject({ type: "Nghị quyết", date: "2018-10-22", issuer: "Bộ Chính trị", summary: "về tăng cường bảo vệ nền tảng tư tưởng của Đảng", paragraphs: [0, 2], mentions: 2 });
  });

  it("lists a document with no number and no date under its name, never as an empty row", () => {
    const rows = sections().flatMap((s) => s.rows);
    const named = rows.filter((r) => r.numberSymbol === null);
    expect(named.map((r) => r.name)).toEqual(["Nghị quyết Trung ương 4 khóa XII", "Luật Căn cước"]);
    const cells = authorityTableCells(sections(), "vi");
    expect(cells.filter((row) => row.length > 1).every((row) => row[2] !== "")).toBe(true);
  });

  it("never counts the add-in's own inserted table", () => {
    const snapshot = snapshotFromLines([...LINES, "Nghị quyết số 35-NQ/TW", "Kế hoạch số 82-KH/TU"]);
    snapshot.paragraphs[6] = { ...snapshot.paragraphs[6], ownedByAddin: true };
    snapshot.paragraphs[7] = { ...snapshot.paragraphs[7], ownedByAddin: true };
    const result = checkDocument(snapshot);
    expect(result.citations.some((c) => c.paragraph >= 6)).toBe(false);
    expect(result.documents.find((d) => d.symbol === "35-NQ/TW")?.mentions).toBe(2);
  });

  it("on a seed: every row has a level, and the first Central Party row is a Central document", () => {
    const path = "seeds/001_87ee4238b5bec2d9.txt";
    const table = tableOfAuthorities(checkDocument(readText(readFileSync(path), path)).citations);
    expect(table[0]).toMatchObject({ level: "central", system: "party" });
    expect(table[0].rows.every((r) => r.numberSymbol === null || /\/(TW|BTCTW|BCĐTW|VPTW)$|TW$/u.test(r.numberSymbol))).toBe(true);
  });
});

describe("soanchuan authorities", () => {
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out, err };
  }

  it("--json prints one object per file with the sections", async () => {
    const { code, out } = await run("authorities", "seeds/000_e6240ef1ee1503f8.txt", "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(out[0]);
    expect(parsed.file).toBe("seeds/000_e6240ef1ee1503f8.txt");
    expect(parsed.sections[0].rows.length).toBeGreaterThan(0);
  });

  it("--csv prints the heading row first", async () => {
    const { out } = await run("authorities", "seeds/000_e6240ef1ee1503f8.txt", "--csv");
    expect(out[0].split(/\r?\n/u)[0]).toBe('TT,Loại văn bản,"Số, ký hiệu",Ngày ban hành,Cơ quan ban hành,Trích yếu,Đoạn viện dẫn');
  });

  it("refuses --json with --csv", async () => {
    const { code } = await run("authorities", "seeds/000_e6240ef1ee1503f8.txt", "--json", "--csv");
    expect(code).toBe(2);
  });
});
