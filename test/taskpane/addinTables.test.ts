import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import type { Snapshot } from "../../src/document/snapshot";
import { emptyStore } from "../../src/indicators/index";
import { FakeWordHost } from "../../addin/word/fakeWord";
import { WordGateway, type TableRequest } from "../../addin/word/gateway";
import { runCheck } from "../../addin/taskpane/engine/runCheck";
import { documentsTable } from "../../addin/taskpane/documentsTable";
import { buildTable, tablePeriod, toTableRequest } from "../../addin/taskpane/indicatorTable";
import { translator } from "../../addin/taskpane/i18n";

const SEED_000 = readText(new Uint8Array(readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url))), "000.txt");
const check = (snapshot: Snapshot) => runCheck({ snapshot, profile: "auto", kind: "auto", mode: "draft", config: {}, indicatorData: null });

/** What a check says, independent of where paragraphs moved to. */
function summary(snapshot: Snapshot) {
  const result = check(snapshot);
  return {
    findings: result.findings.map((f) => `${f.ruleId}|${f.severity}|${f.text}`).sort(),
    documents: result.documents.map((d) => `${d.symbol}|${d.mentions}`).sort(),
    citations: result.citations.length,
    indicators: result.indicators.map((r) => `${r.name}|${r.value}`).sort(),
  };
}

/** Inserts `table` the way the pane does: after the paragraph holding the selection, in the fake Word. */
async function insertAfter(paragraph: number, table: (checked: Snapshot) => TableRequest) {
  const host = new FakeWordHost(SEED_000);
  const gateway = new WordGateway(host);
  const checked = await gateway.readSnapshot();
  host.state.selection = { paragraph: host.paragraphs()[paragraph]!, start: 0, end: 0 };
  const request = table(checked);
  await gateway.insertTable(request);
  return { before: checked, after: await gateway.readSnapshot(), request };
}

describe("the add-in's own tables are not checked", () => {
  const t = translator("vi");

  it("the table of cited documents adds no mention, citation or finding", async () => {
    const { before, after, request } = await insertAfter(20, (checked) => documentsTable(check(checked).documents, t));
    expect(request.rows.length).toBeGreaterThan(2);
    const owned = after.paragraphs.filter((p) => p.ownedByAddin);
    expect(owned.length).toBe((request.rows.length + 1) * 6);
    expect(summary(after)).toEqual(summary(before));
    // Read without the add-in's tag, the same table is counted as new mentions.
    const untagged: Snapshot = { ...after, paragraphs: after.paragraphs.map(({ ownedByAddin: _, ...p }) => p) };
    expect(summary(untagged).citations).toBeGreaterThan(summary(before).citations);
  });

  it("the indicator table adds no indicator or finding", async () => {
    const { before, after, request } = await insertAfter(20, (checked) => {
      const indicators = check(checked).indicators;
      const chosen = indicators.filter((r) => r.priorValue !== null);
      const spec = { period: tablePeriod(chosen)!, indicators: chosen.map((r) => ({ name: r.name, unit: r.unit })) };
      return toTableRequest(buildTable(spec, indicators, emptyStore(), ""), t("indicatorTableTitle"), spec);
    });
    expect(request.rows.length).toBeGreaterThan(1);
    // The cells and every line of the note under the table (sources, reasons for empty cells).
    const lines = request.note!.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    const owned = after.paragraphs.filter((p) => p.ownedByAddin).map((p) => p.text);
    expect(owned).toEqual([...request.headerRows, ...request.rows].flat().concat(lines));
    expect(summary(after)).toEqual(summary(before));
  });

  it("a refreshed table keeps one note, the add-in's, and the writer's text around it", async () => {
    const host = new FakeWordHost(SEED_000);
    const gateway = new WordGateway(host);
    host.state.selection = { paragraph: host.paragraphs()[20]!, start: 0, end: 0 };
    const table = (note: string): TableRequest => ({ title: "Bảng", headerRows: [["A", "B"]], rows: [["1", "2"]], note });
    const { tag } = await gateway.insertTable(table("(1) Hàng 1: chưa có số liệu.\nNguồn số liệu: báo cáo năm trước."));
    expect(await gateway.refreshTable(tag, table("Nguồn số liệu: thống kê quý II."))).toBe(true);
    const after = await gateway.readSnapshot();
    expect(after.paragraphs.filter((p) => p.ownedByAddin).map((p) => p.text)).toEqual(["A", "B", "1", "2", "Nguồn số liệu: thống kê quý II."]);
    expect(after.paragraphs.filter((p) => !p.ownedByAddin).map((p) => p.text)).toEqual(SEED_000.paragraphs.map((p) => p.text));
  });
});
