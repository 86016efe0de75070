import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { emptyStore } from "../../src/indicators/index";
import { snapshotFromLines } from "../../src/document/snapshot";
import { FakeWordHost } from "../../addin/word/fakeWord";
import { WordGateway } from "../../addin/word/gateway";
import { buildTable, listSources, matchPriorValues, periodInEnglish, previewText, sourcePlace, tablePeriod, toTableRequest } from "../../addin/taskpane/indicatorTable";

const seed = readText(new Uint8Array(readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url))), "000.txt");
const indicators = checkDocument(seed).indicators;

describe("indicator table in the task pane", () => {
  it("lists where each value of the table came from, the prior figure from its footnote", () => {
    const chosen = indicators.filter((r) => r.priorValue !== null);
    const spec = { period: tablePeriod(chosen)!, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
    const lines = listSources(buildTable(spec, indicators, emptyStore(), "000.txt"), { paragraph: "đoạn", footnote: "chú thích", row: "dòng" });
    const prior = lines.find((l) => l.value === "15.654");
    expect(prior?.column).toMatch(/cùng kỳ/);
    expect(prior?.where.map((w) => w.text)).toEqual(["000.txt, đoạn 18, chú thích 2: “Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng năm 2020 đạt 15.654 tỷ đồng”"]);
    expect(lines.find((l) => l.value === "17.592")?.where[0]?.text).toMatch(/^000\.txt, đoạn 18: “Tổng mức bán lẻ/);
    // Without the open document, no source is a place to jump to.
    expect(lines.every((l) => l.where.every((w) => w.place === null))).toBe(true);
  });

  it("places the sources that are in the open document, and a jump selects them in Word", async () => {
    const chosen = indicators.filter((r) => r.priorValue !== null);
    const spec = { period: tablePeriod(chosen)!, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
    const labels = { paragraph: "đoạn", footnote: "chú thích", row: "dòng" };
    const lines = listSources(buildTable(spec, indicators, emptyStore(), ""), labels, { file: "", snapshot: seed });
    const current = lines.find((l) => l.value === "17.592")!.where[0]!.place!;
    expect(seed.paragraphs[current.paragraph]!.text.slice(current.start, current.end)).toBe(current.text);
    expect(current.text).toMatch(/^Tổng mức bán lẻ/);
    // The prior figure's note is written inline in a .txt: the place is its sentence.
    const prior = lines.find((l) => l.value === "15.654")!.where[0]!.place!;
    expect(seed.paragraphs[prior.paragraph]!.text.slice(prior.start, prior.end)).toBe(prior.text);
    expect(prior.text).toMatch(/15\.654 tỷ đồng$/);
    const host = new FakeWordHost(seed);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    for (const place of [current, prior]) expect(await gateway.select(place, checked)).toBeNull();
    // A source in another file is text only.
    const imported = listSources(buildTable(spec, indicators, emptyStore(), "last-year.docx"), labels, { file: "", snapshot: seed });
    expect(imported.flatMap((l) => l.where).every((w) => w.place === null)).toBe(true);
  });

  it("places a source in a Word footnote at its reference mark, and a changed sentence at its paragraph", () => {
    const snapshot = snapshotFromLines(["Doanh thu đạt 120 tỷ đồng, tăng 20%.", "Doanh thu năm trước đạt 100 tỷ đồng."]);
    snapshot.paragraphs[0]!.footnoteRefs = [{ id: "1", offset: 36 }];
    const note = { file: "", paragraph: 0, footnote: "1", text: "Doanh thu năm trước đạt 100 tỷ đồng." };
    expect(sourcePlace(note, snapshot)).toEqual({ paragraph: 0, start: 36, end: 36, text: "" });
    expect(sourcePlace({ file: "", paragraph: 0, text: "Doanh thu đạt 150 tỷ đồng" }, snapshot)).toEqual({ paragraph: 0, start: 0, end: 36, text: snapshot.paragraphs[0]!.text });
    expect(sourcePlace({ file: "", paragraph: 9, text: "x" }, snapshot)).toBeNull();
  });

  it("previews the table in English with English column titles, periods and reasons, and inserts it as written", () => {
    const chosen = indicators.filter((r) => r.priorValue !== null);
    const spec = { period: tablePeriod(chosen)!, indicators: [...chosen, { name: "Chỉ tiêu không có số liệu", unit: null }].map((r) => ({ name: r.name, unit: r.unit })) };
    const table = buildTable(spec, indicators, emptyStore(), "");
    const request = toTableRequest(table, "Bảng", spec);
    const english = previewText(table, request, "en");
    const vietnamese = /[ạảãàáậầấẩẫăắằặẳẵệếềểễêọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữịỉĩìíỵỷỹỳýđ]/i;
    expect(english.headerRows[0]).toEqual(["No.", "Indicator", "Unit", "Same period, first 6 months of 2020", "first 6 months of 2021", "Change (%)", "Plan, year 2021", "% of plan"]);
    expect(english.headerRows[1]).toEqual(request.headerRows[1]);
    expect(english.notes).toMatch(/^\(1\) Row \d+ \(.+\): /);
    for (const line of english.notes.split("\n")) expect(line.replace(/\(.+?\): /, ""), line).not.toMatch(vietnamese);
    expect(previewText(table, request, "vi")).toEqual({ headerRows: request.headerRows, notes: request.note });
    expect(request.headerRows[0]![1]).toBe("Chỉ tiêu");
    expect(["quý II/2021", "đến 30/6/2021", "6 tháng cuối năm 2020", "năm 2022"].map(periodInEnglish)).toEqual(["Q2/2021", "to 30/6/2021", "last 6 months of 2020", "year 2022"]);
  });

  it("pairs the seed's indicators with their footnoted prior values", () => {
    const rows = matchPriorValues(indicators, emptyStore(), "footnote");
    const retail = rows.find((r) => r.record.value === 17592);
    expect(retail?.prior).toEqual({ value: 15654, source: "footnote" });
    expect(retail?.change).toBeCloseTo(12.38, 2);
  });

  it("builds a refreshable Word table request from the engine's comparison table", () => {
    const chosen = indicators.filter((r) => r.priorValue !== null);
    const period = tablePeriod(chosen);
    expect(period).not.toBeNull();
    const spec = { period: period!, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
    const request = toTableRequest(buildTable(spec, indicators, emptyStore(), "000.txt"), "Bảng", spec);
    expect(request.headerRows[0]?.[0]).toBe("TT");
    expect(request.rows).toHaveLength(chosen.length);
    expect(request.align?.[0]).toContain("Right");
    expect(request.spec).toEqual(spec);
  });

  it("inserts the table into the document and refreshes it from its stored spec", async () => {
    const host = new FakeWordHost(snapshotFromLines(["Mở đầu"]));
    const gateway = new WordGateway(host);
    const chosen = indicators.filter((r) => r.priorValue !== null);
    const spec = { period: tablePeriod(chosen)!, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
    const { tag } = await gateway.insertTable(toTableRequest(buildTable(spec, indicators, emptyStore(), ""), "Bảng", spec));
    const [stored] = await gateway.listTables();
    expect(stored).toMatchObject({ tag, spec });
    const fewer = { ...spec, indicators: spec.indicators.slice(0, 1) };
    expect(await gateway.refreshTable(tag, toTableRequest(buildTable(fewer, indicators, emptyStore(), ""), "Bảng", fewer))).toBe(true);
    const table = host.state.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("table missing");
    expect(table.table.rows.length).toBe(table.table.headerRowCount + 1);
  });
});
