import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { snapshotFromLines, type Snapshot } from "../../src/document/snapshot";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { fixAllEdits } from "../../src/lint/fix";
import type { Edit } from "../../src/core/types";
import { FakeWordHost, PropertyNotLoadedError } from "../../addin/word/fakeWord";
import { COMMENT_TAG, WordGateway, detectCapabilities, type CellAlignment } from "../../addin/word/gateway";
import { occurrenceIndex, planInsert } from "../../addin/word/locate";

function setup(lines: string[], sets?: Record<string, string>) {
  const host = new FakeWordHost(snapshotFromLines(lines), sets);
  return { host, gateway: new WordGateway(host) };
}

function texts(host: FakeWordHost): string[] {
  return host.paragraphs().map((p) => p.text);
}

function edit(paragraph: number, start: number, expected: string, text: string): Edit {
  return { paragraph, start, end: start + expected.length, expected, text };
}

describe("fake Word host proxy semantics", () => {
  it("throws when a property is read before load and sync", async () => {
    const { host } = setup(["một", "hai"]);
    await host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(PropertyNotLoadedError);
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(PropertyNotLoadedError);
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["một", "hai"]);
      expect(() => paragraphs.items[0]!.style).toThrow(PropertyNotLoadedError);
    });
  });

  it("applies queued edits only on sync", async () => {
    const { host } = setup(["abc"]);
    await host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      const found = paragraphs.items[0]!.search("b", { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[0]!.insertText("X", "Replace");
      expect(texts(host)).toEqual(["abc"]);
      await context.sync();
    });
    expect(texts(host)).toEqual(["aXc"]);
  });
});

describe("readSnapshot", () => {
  it("reads everything in one sync (two where the current text of tracked changes is read) whatever the document size", async () => {
    for (const size of [10, 2000]) {
      for (const [sets, syncs] of [[{ WordApi: "1.3" }, 1], [{ WordApi: "1.4" }, 2]] as const) {
        const { host, gateway } = setup(Array.from({ length: size }, (_, i) => `Đoạn ${i}`), sets);
        const snapshot = await gateway.readSnapshot();
        expect(snapshot.paragraphs).toHaveLength(size);
        expect(host.syncCount).toBe(syncs);
      }
    }
  });

  it("carries style, outline level, list, alignment and font", async () => {
    const source: Snapshot = {
      source: "t",
      paragraphs: [
        { index: 0, text: "I. Kết quả", outlineLevel: 1, alignment: "Justified", font: { bold: true } },
        { index: 1, text: "Mục", list: { level: 1, marker: "a)" } },
      ],
    };
    const host = new FakeWordHost(source);
    const snapshot = await new WordGateway(host).readSnapshot();
    expect(snapshot.paragraphs[0]).toMatchObject({ styleBuiltIn: "Heading1", outlineLevel: 1, alignment: "Justified", font: { bold: true } });
    expect(snapshot.paragraphs[0]!.list).toBeUndefined();
    expect(snapshot.paragraphs[1]).toMatchObject({ list: { level: 1, marker: "a)" } });
    expect(snapshot.paragraphs[1]!.outlineLevel).toBeUndefined();
  });

  it("adds footnote bodies only where WordApi 1.5 allows, still in one sync", async () => {
    const source: Snapshot = { source: "t", paragraphs: [{ index: 0, text: "Thân" }, { index: 1, text: "Chú thích", footnoteId: "1" }] };
    const modern = new FakeWordHost(source, { WordApi: "1.5" });
    const withNotes = await new WordGateway(modern).readSnapshot();
    expect(withNotes.paragraphs.map((p) => [p.text, p.footnoteId])).toEqual([["Thân", undefined], ["Chú thích", "1"]]);
    expect(modern.syncCount).toBe(2);
    const old = new FakeWordHost(source, { WordApi: "1.3" });
    expect((await new WordGateway(old).readSnapshot()).paragraphs).toHaveLength(1);
  });
});

describe("snapshot fidelity", () => {
  it("gives the engine the same findings through the fake host as from the text file", async () => {
    const bytes = readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url));
    const direct = readText(new Uint8Array(bytes), "000.txt");
    const viaWord = await new WordGateway(new FakeWordHost(direct)).readSnapshot();
    expect(viaWord.paragraphs.map((p) => p.text)).toEqual(direct.paragraphs.map((p) => p.text));
    expect(viaWord.paragraphs.every((p) => p.font === undefined && p.alignment === undefined)).toBe(true);
    const key = (f: { ruleId: string; paragraph: number; start: number }) => `${f.ruleId}@${f.paragraph}:${f.start}`;
    expect(checkDocument(viaWord).findings.map(key)).toEqual(checkDocument(direct).findings.map(key));
  });
});

describe("capabilities", () => {
  it("follows the requirement sets the host reports", () => {
    const old = detectCapabilities((name, v) => name === "WordApi" && Number(v) <= 1.3);
    expect(old).toMatchObject({ wordApi: "1.3", comments: false, trackChanges: false, refreshableTables: false, footnotes: false });
    const newer = detectCapabilities((name, v) => name === "WordApi" && Number(v) <= 1.4);
    expect(newer).toMatchObject({ wordApi: "1.4", comments: true, trackChanges: true, refreshableTables: true });
  });
});

describe("select", () => {
  it("selects the occurrence that starts at the finding's offset", async () => {
    const lines = ["II. Một", "Số 05 - KL/TU và 05 - KL/TU"];
    const { host, gateway } = setup(lines);
    const checked = snapshotFromLines(lines);
    const second = lines[1]!.lastIndexOf("05 - KL/TU");
    expect(await gateway.select({ paragraph: 1, start: second, end: second + 10, text: "05 - KL/TU" }, checked)).toBeNull();
    expect(host.state.selection).toMatchObject({ start: second, end: second + 10 });
    expect(host.syncCount).toBeLessThanOrEqual(4);
  });
});

describe("applyEdits", () => {
  it("applies all edits in at most four syncs, however many", async () => {
    const lines = Array.from({ length: 600 }, (_, i) => `Mục ${i}: Nghị quyết 01/NQ-TU và 01/NQ-TU`);
    const { host, gateway } = setup(lines);
    const checked = snapshotFromLines(lines);
    const edits = lines.flatMap((line, i) => [
      edit(i, line.indexOf("01/NQ-TU"), "01/NQ-TU", "01-NQ/TU"),
      edit(i, line.lastIndexOf("01/NQ-TU"), "01/NQ-TU", "01-NQ/TU"),
    ]);
    const outcome = await gateway.applyEdits(edits, checked);
    expect(outcome.refused).toEqual([]);
    expect(outcome.done).toHaveLength(1200);
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(texts(host)[599]).toBe("Mục 599: Nghị quyết 01-NQ/TU và 01-NQ/TU");
  });

  it("refuses edits whose paragraph changed since the check and applies the rest", async () => {
    const lines = ["1.2Tiếp tục", "Số 05 - KL/TU"];
    const { host, gateway } = setup(lines);
    const checked = snapshotFromLines(lines);
    host.paragraphs()[0]!.text = "1.2Tiếp tục thực hiện"; // the user typed after the check
    const stale = edit(0, 0, "1.2", "1.2. ");
    const fresh = edit(1, 3, "05 - KL/TU", "05-KL/TU");
    const outcome = await gateway.applyEdits([stale, fresh], checked);
    expect(outcome.refused).toEqual([{ item: stale, reason: "stale" }]);
    expect(outcome.done).toEqual([fresh]);
    expect(texts(host)).toEqual(["1.2Tiếp tục thực hiện", "Số 05-KL/TU"]);
  });

  it("finds the right match when the same text is in earlier paragraphs (one edited since the check) and a later table", async () => {
    const lines = ["01/NQ-TU", "Ghi chú", "Số 01/NQ-TU, 01/NQ-TU"];
    const { host, gateway } = setup(lines);
    const checked = snapshotFromLines(lines);
    await gateway.insertTable({ title: "Bảng", headerRows: [["01/NQ-TU"]], rows: [["01/NQ-TU 01/NQ-TU"]] });
    host.paragraphs()[1]!.text = "Ghi chú 01/NQ-TU"; // typed after the check, in another paragraph
    host.syncCount = 0;
    const second = lines[2]!.lastIndexOf("01/NQ-TU");
    const outcome = await gateway.applyEdits([edit(2, second, "01/NQ-TU", "01-NQ/TU")], checked);
    expect(outcome.refused).toEqual([]);
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(texts(host).filter((t) => t.includes("01-NQ/TU"))).toEqual(["Số 01/NQ-TU, 01-NQ/TU"]);
  });

  it("refuses text longer than Word can search, footnote edits and vanished paragraphs, and applies the rest", async () => {
    const long = "x".repeat(300);
    const source: Snapshot = {
      source: "t",
      paragraphs: [{ index: 0, text: `a ${long}` }, { index: 1, text: "Số 05 - KL/TU" }, { index: 2, text: "Chú thích", footnoteId: "1" }],
    };
    const host = new FakeWordHost(source, { WordApi: "1.5" });
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const tooLong = edit(0, 2, long, "y");
    const inFootnote = edit(2, 0, "Chú", "Ghi");
    const vanished = edit(7, 0, "a", "b");
    const fine = edit(1, 3, "05 - KL/TU", "05-KL/TU");
    const outcome = await gateway.applyEdits([tooLong, inFootnote, vanished, fine], checked);
    expect(outcome.refused).toEqual(
      expect.arrayContaining([
        { item: tooLong, reason: "too-long" },
        { item: inFootnote, reason: "footnote" },
        { item: vanished, reason: "missing-paragraph" },
      ]),
    );
    expect(outcome.refused).toHaveLength(3);
    expect(outcome.done).toEqual([fine]);
    expect(texts(host)).toEqual([`a ${long}`, "Số 05-KL/TU"]);
  });

  it("refuses an edit in a paragraph that was deleted since the check", async () => {
    const lines = ["Một", "Hai 01/NQ-TU"];
    const { host, gateway } = setup(lines);
    host.state.blocks.pop();
    const gone = edit(1, 4, "01/NQ-TU", "01-NQ/TU");
    expect(await gateway.applyEdits([gone], snapshotFromLines(lines))).toEqual({ done: [], refused: [{ item: gone, reason: "missing-paragraph" }] });
    expect(host.syncCount).toBeLessThanOrEqual(2);
  });

  it("handles insertions (empty expected text) and carets", async () => {
    const lines = ["1.2Tiếp tục", "a^b"];
    const { host, gateway } = setup(lines);
    const outcome = await gateway.applyEdits([edit(0, 3, "", " "), edit(0, 0, "", "» "), edit(1, 1, "^", "-")], snapshotFromLines(lines));
    expect(outcome.refused).toEqual([]);
    expect(texts(host)).toEqual(["» 1.2 Tiếp tục", "a-b"]);
  });

  it("tracks the fixes when asked and gives the user's tracking mode back afterwards", async () => {
    const lines = ["Thành uỷ"];
    const { host, gateway } = setup(lines);
    await gateway.applyEdits([edit(0, 6, "uỷ", "ủy")], snapshotFromLines(lines), { trackChanges: true });
    expect(host.state.changeTrackingMode).toBe("Off");
    expect(host.state.revisions).toMatchObject([{ removed: "uỷ", inserted: "ủy" }]);
    expect(host.currentTexts()).toEqual(["Thành ủy"]);
  });

  it("applies every fix-all edit on seed 000 without refusal, and re-checking finds fewer problems", async () => {
    const bytes = readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url));
    const snapshot = readText(new Uint8Array(bytes), "000.txt");
    const host = new FakeWordHost(snapshot);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const before = checkDocument(checked);
    const edits = fixAllEdits(before.findings);
    const outcome = await gateway.applyEdits(edits, checked);
    expect(outcome.refused).toEqual([]);
    expect(outcome.done.length).toBe(edits.length);
    expect(edits.length).toBeGreaterThan(0);
    const after = checkDocument(await gateway.readSnapshot());
    expect(after.findings.length).toBeLessThan(before.findings.length);
    // Every fixed place is gone: no finding of the same rule remains at a fixed paragraph offset.
    const fixedAt = new Set(edits.map((e) => `${e.paragraph}:${e.start}`));
    const fixedRules = new Set(before.findings.filter((f) => f.suggestions[0]?.edits.some((e) => fixedAt.has(`${e.paragraph}:${e.start}`))).map((f) => f.ruleId));
    expect(fixedRules.size).toBeGreaterThan(0);
  });
});

describe("addComments", () => {
  it("anchors one comment per finding in one batch", async () => {
    const lines = ["Nghị quyết số 01/NQ-TU", "khác"];
    const { host, gateway } = setup(lines);
    const outcome = await gateway.addComments(
      [{ paragraph: 0, start: 14, end: 22, text: "01/NQ-TU", message: "Sai kiểu số hiệu" }],
      snapshotFromLines(lines),
    );
    expect(outcome.done).toHaveLength(1);
    expect(host.state.comments).toMatchObject([{ start: 14, end: 22, content: COMMENT_TAG + "Sai kiểu số hiệu" }]);
    expect(host.syncCount).toBeLessThanOrEqual(5);
  });

  it("anchors a comment on an insertion point (an empty finding) on the character beside it", async () => {
    const lines = ["1.2Tiếp tục"];
    const { host, gateway } = setup(lines);
    const outcome = await gateway.addComments([{ paragraph: 0, start: 3, end: 3, text: "", message: "Thiếu dấu cách" }], snapshotFromLines(lines));
    expect(outcome.refused).toEqual([]);
    expect(host.state.comments).toMatchObject([{ start: 2, end: 3, content: COMMENT_TAG + "Thiếu dấu cách" }]);
    expect(texts(host)).toEqual(lines);
  });

  it("is refused on WordApi 1.3", async () => {
    const { gateway } = setup(["x"], { WordApi: "1.3" });
    await expect(gateway.addComments([], snapshotFromLines(["x"]))).rejects.toThrow(/1\.4/);
  });
});

describe("insertTable", () => {
  const table = {
    title: "Chỉ tiêu",
    headerRows: [["TT", "Chỉ tiêu", "Giá trị"]],
    rows: [
      ["1", "Tổng mức bán lẻ", "17.592"],
      ["2", "Công nghiệp", "560,538"],
    ],
    align: [
      ["Centered", "Left", "Right"],
      ["Centered", "Left", "Right"],
    ] as CellAlignment[][],
    note: "Nguồn: báo cáo 6 tháng 2020",
    spec: { indicators: ["a", "b"] },
  };

  it("inserts a formatted table after the selection in one sync and keeps its data on WordApi 1.4", async () => {
    const { host, gateway } = setup(["Mở đầu", "Sau"]);
    host.state.selection = { paragraph: host.paragraphs()[0]!, start: 0, end: 0 };
    const inserted = await gateway.insertTable(table);
    expect(host.syncCount).toBe(1);
    expect(inserted.refreshable).toBe(true);
    const block = host.state.blocks[1]!;
    if (block.kind !== "table") throw new Error("expected a table after the first paragraph");
    expect(block.table).toMatchObject({ styleBuiltIn: "TableGrid", headerRowCount: 1, contentControl: { tag: inserted.tag, title: "Chỉ tiêu" } });
    expect(block.table.rows.map((r) => r.map((p) => p.text))).toEqual([...table.headerRows, ...table.rows]);
    expect(block.table.alignments[1]).toEqual(["Centered", "Left", "Right"]);
    expect(block.table.alignments[0]).toEqual(["Centered", "Centered", "Centered"]);
    expect(host.state.blocks[2]).toMatchObject({ kind: "paragraph", paragraph: { text: table.note } });
    expect(await gateway.listTables()).toEqual([{ tag: inserted.tag, title: "Chỉ tiêu", spec: table.spec }]);
  });

  it("refreshes the rows of a table inserted earlier", async () => {
    const { host, gateway } = setup(["Mở đầu"]);
    const { tag } = await gateway.insertTable(table);
    host.syncCount = 0;
    const refreshed = await gateway.refreshTable(tag, { ...table, rows: [["1", "Tổng mức bán lẻ", "18.000"]], align: [["Left", "Left", "Right"]] });
    expect(refreshed).toBe(true);
    expect(host.syncCount).toBe(3);
    const block = host.state.blocks.find((b) => b.kind === "table");
    if (block?.kind !== "table") throw new Error("table missing");
    expect(block.table.rows.map((r) => r.map((p) => p.text))).toEqual([...table.headerRows, ["1", "Tổng mức bán lẻ", "18.000"]]);
    expect(block.table.alignments[1]).toEqual(["Left", "Left", "Right"]);
  });

  it("inserts without stored data on WordApi 1.3", async () => {
    const { host, gateway } = setup(["Mở đầu"], { WordApi: "1.3" });
    expect((await gateway.insertTable(table)).refreshable).toBe(false);
    expect(host.state.customXmlParts).toEqual([]);
    expect(await gateway.listTables()).toEqual([]);
  });
});

describe("edit location helpers", () => {
  it("counts Word's non-overlapping occurrences", () => {
    expect(occurrenceIndex("aaaa", "aa", 2)).toBe(1);
    expect(occurrenceIndex("aaaa", "aa", 1)).toBe(-1);
  });

  it("anchors an insertion on unique text just before it, else just after it, else the paragraph's edge", () => {
    expect(planInsert("1.2Tiếp", 3)).toEqual({ kind: "probe", probe: { window: { start: 2, end: 3 }, inner: { start: 2, end: 3 } }, location: "End" });
    expect(planInsert("ab ab c", 3)).toEqual({ kind: "probe", probe: { window: { start: 3, end: 7 }, inner: { start: 3, end: 7 } }, location: "Start" });
    expect(planInsert("1.2", 0)).toEqual({ kind: "paragraph", location: "Start" });
    expect(planInsert("aaaa", 2)).toBe("ambiguous");
  });
});
