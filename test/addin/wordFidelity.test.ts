/**
 * The gateway against a simulated Word that behaves like Word where Word is unkind: note marks in
 * paragraph text, deleted text kept under tracked changes, the 255-character search limit, no
 * search across marks or line breaks, addRows copying its template row. One test per case, each
 * asserting the document text that results or the reason of the refusal.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Paragraph, Snapshot } from "../../src/document/snapshot";
import { snapshotFromLines } from "../../src/document/snapshot";
import { readText } from "../../src/document/readText";
import { checkDocument } from "../../src/engine/check";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import type { Edit, Finding } from "../../src/core/types";
import { FakeWordHost, type FakeTable } from "../../addin/word/fakeWord";
import { COMMENT_TAG, WordGateway, type TableRequest } from "../../addin/word/gateway";
import { NOTE_MARK, fromWordText } from "../../addin/word/textModel";

const seed = readText(new Uint8Array(readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url))), "000.txt");
const SYMBOL_TW = /\d+-[A-ZĐ]+\/TW/gu;

function edit(paragraph: number, start: number, expected: string, text: string): Edit {
  return { paragraph, start, end: start + expected.length, expected, text };
}

/** Seed 000 as a .docx reader would give it with a footnote after every "…/TW" symbol. */
function seedWithFootnotes(): Snapshot {
  const body: Paragraph[] = seed.paragraphs.map((p) => {
    const refs = [...p.text.matchAll(SYMBOL_TW)].map((m) => m.index! + m[0].length);
    return refs.length === 0 ? { ...p } : { ...p, footnoteRefs: refs.map((offset) => ({ id: "", offset })) };
  });
  let n = 0;
  for (const p of body) for (const ref of p.footnoteRefs ?? []) ref.id = String(++n);
  const notes = Array.from({ length: n }, (_, i) => ({ index: body.length + i, text: ` Văn bản dẫn chiếu số ${i + 1}.`, footnoteId: String(i + 1) }));
  return { source: "000.docx", paragraphs: [...body, ...notes] };
}

/** Body paragraphs as the engine sees them after Word's edits: tracked deletions and marks left out. */
function engineTexts(host: FakeWordHost): string[] {
  return host.currentTexts().map((t) => fromWordText(t).text);
}

const key = (f: Finding) => `${f.ruleId}@${f.paragraph}:${f.start}:${f.text}`;

async function fixAllAndCompare(host: FakeWordHost, options: { trackChanges?: boolean } = {}) {
  const gateway = new WordGateway(host);
  const checked = await gateway.readSnapshot();
  const before = checkDocument(checked);
  const edits = fixAllEdits(before.findings);
  const outcome = await gateway.applyEdits(edits, checked, options);
  const engine = applyEdits(checked, outcome.done).snapshot;
  const after = await gateway.readSnapshot();
  return { checked, before, edits, outcome, engine, after };
}

describe("footnote marks", () => {
  it("fix-all on seed 000 with a footnote after every …/TW leaves the engine's own text, marks in place", async () => {
    const host = new FakeWordHost(seedWithFootnotes(), { WordApi: "1.5" });
    const marksBefore = host.paragraphs().map((p) => p.text.split(NOTE_MARK).length - 1);
    expect(marksBefore.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect(host.paragraphs().some((p) => p.text.includes(`/TW${NOTE_MARK}`))).toBe(true);

    const { checked, edits, outcome, engine, after } = await fixAllAndCompare(host);
    expect(checked.paragraphs.filter((p) => p.footnoteId === undefined).map((p) => p.text)).toEqual(seed.paragraphs.map((p) => p.text));
    expect(edits.length).toBeGreaterThan(0);
    // Refused only where an edit would delete a footnote reference.
    expect(new Set(outcome.refused.map((r) => r.reason))).toEqual(new Set(outcome.refused.length ? ["crosses-mark"] : []));
    expect(outcome.done.length + outcome.refused.length).toBe(edits.length);
    const body = engine.paragraphs.filter((p) => p.footnoteId === undefined).map((p) => p.text);
    expect(engineTexts(host)).toEqual(body);
    expect(host.paragraphs().map((p) => p.text.split(NOTE_MARK).length - 1)).toEqual(marksBefore);
    // The re-check sees what the engine sees on its own fixed text: nothing fixed comes back.
    expect(checkDocument(after).findings.map(key)).toEqual(checkDocument(engine).findings.map(key));
  });

  it("links footnote bodies to their references, so prior-period figures in footnotes work as in the CLI", async () => {
    const direct: Snapshot = {
      source: "t.docx",
      paragraphs: [
        { index: 0, text: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng đầu năm 2021 đạt 17.592 tỷ đồng, tăng 12,4% so với cùng kỳ năm trước.", footnoteRefs: [{ id: "7", offset: 83 }] },
        { index: 1, text: " Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng năm 2020 đạt 15.654 tỷ đồng.", footnoteId: "7" },
      ],
    };
    const viaWord = await new WordGateway(new FakeWordHost(direct, { WordApi: "1.5" })).readSnapshot();
    expect(viaWord.paragraphs[0]).toMatchObject({ text: direct.paragraphs[0]!.text, footnoteRefs: [{ id: "1", offset: 83 }] });
    expect(viaWord.paragraphs[1]).toMatchObject({ text: direct.paragraphs[1]!.text, footnoteId: "1" });
    const prior = (s: Snapshot) => checkDocument(s).indicators.map((r) => [r.value, r.priorValue]);
    expect(prior(viaWord)).toEqual(prior(direct));
    expect(prior(viaWord).some(([, p]) => p === 15654)).toBe(true);
  });

  it("refuses an edit that would delete a footnote reference, and applies its neighbours", async () => {
    const source: Snapshot = { source: "t", paragraphs: [{ index: 0, text: "Chỉ thị 45-CT/TW ngày 20/6/2020", footnoteRefs: [{ id: "1", offset: 16 }] }, { index: 1, text: " Ghi chú", footnoteId: "1" }] };
    const host = new FakeWordHost(source, { WordApi: "1.5" });
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const across = edit(0, 8, "45-CT/TW ngày", "số 45-CT/TW, ngày");
    const after = edit(0, 22, "20/6/2020", "20/06/2020");
    const outcome = await gateway.applyEdits([across, after], checked);
    expect(outcome.refused).toEqual([{ item: across, reason: "crosses-mark" }]);
    expect(host.paragraphs()[0]!.text).toBe(`Chỉ thị 45-CT/TW${NOTE_MARK} ngày 20/06/2020`);
  });
});

describe("tracked changes", () => {
  it("with tracking on, fix-all on seed 000 (footnotes too) leaves the engine's text and the re-check reads the current text", async () => {
    const host = new FakeWordHost(seedWithFootnotes(), { WordApi: "1.5" });
    host.state.changeTrackingMode = "TrackAll";
    const { before, outcome, engine, after } = await fixAllAndCompare(host);
    expect(outcome.done.length).toBeGreaterThan(0);
    expect(outcome.refused).toEqual([]);
    expect(host.state.changeTrackingMode).toBe("TrackAll");
    // Word keeps the deleted text in paragraph.text …
    expect(host.paragraphs().some((p) => p.changes.includes("-"))).toBe(true);
    // … and the snapshot leaves it out, so the re-check sees exactly the engine's fixed text.
    const body = engine.paragraphs.filter((p) => p.footnoteId === undefined).map((p) => p.text);
    expect(engineTexts(host)).toEqual(body);
    expect(after.paragraphs.filter((p) => p.footnoteId === undefined).map((p) => p.text)).toEqual(body);
    expect(checkDocument(after).findings.map(key)).toEqual(checkDocument(engine).findings.map(key));
    const fixed = before.findings.filter((f) => f.fix === "safe" && (f.suggestions[0]?.edits.length ?? 0) > 0);
    expect(fixed.length).toBeGreaterThan(0);
    const again = checkDocument(after).findings.filter((a) => fixed.some((f) => f.ruleId === a.ruleId && f.paragraph === a.paragraph && f.text === a.text));
    expect(again).toEqual([]);
  });

  it("\"track my fixes\" is a per-action choice and the user's mode comes back", async () => {
    const lines = ["Thành uỷ và Tỉnh uỷ"];
    const host = new FakeWordHost(snapshotFromLines(lines));
    const gateway = new WordGateway(host);
    host.state.changeTrackingMode = "TrackAll";
    await gateway.applyEdits([edit(0, 6, "uỷ", "ủy")], await gateway.readSnapshot(), { trackChanges: false });
    expect(host.state.revisions).toEqual([]);
    expect(host.state.changeTrackingMode).toBe("TrackAll");
    await gateway.applyEdits([edit(0, 17, "uỷ", "ủy")], await gateway.readSnapshot(), { trackChanges: true });
    expect(host.state.revisions).toMatchObject([{ removed: "uỷ", inserted: "ủy" }]);
    expect(host.currentTexts()).toEqual(["Thành ủy và Tỉnh ủy"]);
  });

  it("refuses a place whose only match holds deleted text, and locates one beside the deletion exactly", async () => {
    const host = new FakeWordHost(snapshotFromLines(["Nghị quyết số 35-NQ/TW và Kết luận 05/KL-TU"]));
    const p = host.paragraphs()[0]!;
    host.state.changeTrackingMode = "TrackAll";
    host.type(p, 11, 13, ""); // the writer deletes "số" with tracking on
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const seen = checked.paragraphs[0]!.text;
    expect(seen).toBe("Nghị quyết  35-NQ/TW và Kết luận 05/KL-TU");
    expect(p.text).toContain("số");
    const across = edit(0, 10, "  ", " số "); // Word's text has the deleted "số" between the two spaces
    const beside = edit(0, seen.indexOf("05/KL-TU"), "05/KL-TU", "05-KL/TU");
    const outcome = await gateway.applyEdits([across, beside], checked);
    expect(outcome.refused).toEqual([{ item: across, reason: "revisions" }]);
    expect(host.currentTexts()).toEqual(["Nghị quyết  35-NQ/TW và Kết luận 05-KL/TU"]);
  });
});

describe("long whole-paragraph findings", () => {
  it("every presentation finding on seed 000 (most paragraphs over 255 characters) can be jumped to and commented", async () => {
    const formatted: Snapshot = {
      ...seed,
      paragraphs: seed.paragraphs.map((p) => ({ ...p, alignment: "Left", font: { name: "Arial", size: 12, bold: false } })),
    };
    const host = new FakeWordHost(formatted);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    // One finding per wrong value, its other paragraphs as related places: every place must land.
    const findings = checkDocument(checked).findings.filter((f) => f.ruleId.startsWith("presentation/"));
    const presentation = findings.flatMap((f) => [
      f,
      ...(f.related ?? []).map((r) => ({ ...r, text: checked.paragraphs[r.paragraph].text.slice(r.start, r.end), message: f.message })),
    ]);
    expect(presentation.filter((f) => f.text.length > 255).length).toBeGreaterThan(20);
    for (const f of presentation) {
      expect(await gateway.select({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text }, checked)).toBeNull();
      const selection = host.state.selection!;
      expect(selection.paragraph.text.slice(selection.start, selection.end)).toBe(f.text);
    }
    const requests = presentation.map((f) => ({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, message: f.message.vi }));
    const outcome = await gateway.insertComments(requests, checked);
    expect(outcome.refused).toEqual([]);
    expect(outcome.done).toHaveLength(new Set(requests.map((r) => `${r.paragraph}:${r.start}:${r.end}:${r.message}`)).size);
    for (const c of host.state.comments) expect(c.paragraph.text.slice(c.start, c.end).length).toBeGreaterThan(0);
  });

  it("a jump does not read every paragraph's text", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Đoạn ${i}: Nghị quyết số ${i}-NQ/TU về phát triển kinh tế - xã hội.`);
    const host = new FakeWordHost(snapshotFromLines(lines));
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    host.textCharsRead = 0;
    expect(await gateway.select({ paragraph: 1500, start: 0, end: lines[1500]!.length, text: lines[1500]! }, checked)).toBeNull();
    expect(host.textCharsRead).toBeLessThan(3 * lines[1500]!.length);
  });
});

describe("carets", () => {
  it("escapes before measuring: a 250-character change with carets is located by its two ends, never sent over 255", async () => {
    const stretch = ("a^b ".repeat(62) + "xy").slice(0, 250);
    const lines = [`Mở đầu ${stretch} kết thúc`, "x^2 + y^2"];
    const host = new FakeWordHost(snapshotFromLines(lines));
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const outcome = await gateway.applyEdits([edit(0, 7, stretch, "[đã rút gọn]"), edit(1, 1, "^", "²")], checked);
    expect(outcome.refused).toEqual([]);
    expect(host.currentTexts()).toEqual(["Mở đầu [đã rút gọn] kết thúc", "x²2 + y^2"]);
  });
});

describe("overlapping widened insertions", () => {
  it("an insertion right after a replacement gives the engine's text, both reported done", async () => {
    const lines = ["Thực hiện Nghị quyet 35-NQ/TW của Bộ Chính trị"];
    const host = new FakeWordHost(snapshotFromLines(lines));
    const gateway = new WordGateway(host);
    const edits = [edit(0, 15, "quyet", "quyết"), edit(0, 20, "", " số")];
    const outcome = await gateway.applyEdits(edits, await gateway.readSnapshot());
    expect(outcome).toEqual({ done: edits, refused: [] });
    expect(host.currentTexts()).toEqual([applyEdits(snapshotFromLines(lines), edits).snapshot.paragraphs[0]!.text]);
    expect(host.currentTexts()).toEqual(["Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị"]);
  });
});

describe("repeated text in one paragraph", () => {
  it("changes exactly the occurrence the engine meant, and refuses what no unique string can reach", async () => {
    // Line breaks bound what one search can match: the second line repeats the first.
    const lines = ["Số 01/NQ-TU và 01/NQ-TU, rồi 01/NQ-TU", "01/NQ-TU\u000b01/NQ-TU"];
    const host = new FakeWordHost(snapshotFromLines(lines));
    const gateway = new WordGateway(host);
    const second = lines[0]!.indexOf("01/NQ-TU", 5);
    const ambiguous = edit(1, 0, "01/NQ-TU", "01-NQ/TU");
    const outcome = await gateway.applyEdits([edit(0, second, "01/NQ-TU", "01-NQ/TU"), ambiguous], await gateway.readSnapshot());
    expect(outcome.refused).toEqual([{ item: ambiguous, reason: "ambiguous" }]);
    expect(host.currentTexts()).toEqual(["Số 01/NQ-TU và 01-NQ/TU, rồi 01/NQ-TU", lines[1]]);
  });
});

describe("NFD text", () => {
  it("locates edits in text with decomposed tone marks by its own code units", async () => {
    const nfd = "Nghị quyết số 35 và Nghị quyết 36 của Thành ủy".normalize("NFD");
    const host = new FakeWordHost(snapshotFromLines([nfd]));
    const gateway = new WordGateway(host);
    const at = nfd.lastIndexOf("36");
    const insertAt = nfd.lastIndexOf(" 36");
    const outcome = await gateway.applyEdits([edit(0, at, "36", "36-NQ/TW"), edit(0, insertAt, "", " số")], await gateway.readSnapshot());
    expect(outcome.refused).toEqual([]);
    expect(host.currentTexts()[0]!.normalize("NFC")).toBe("Nghị quyết số 35 và Nghị quyết số 36-NQ/TW của Thành ủy");
  });
});

describe("refresh formatting", () => {
  const request: TableRequest = {
    title: "Chỉ tiêu",
    headerRows: [["TT", "Chỉ tiêu", "Giá trị"]],
    rows: [["1", "Bán lẻ", "17.592"], ["2", "Công nghiệp", "560,5"]],
    align: [["Left", "Left", "Right"], ["Left", "Left", "Right"]],
  };
  const updated: TableRequest = { ...request, rows: [["1", "Bán lẻ", "18.000"], ["2", "Công nghiệp", "600,1"], ["3", "Xuất khẩu", "12,0"]], align: [["Left", "Left", "Right"], ["Left", "Left", "Right"], ["Left", "Left", "Right"]] };
  const tables = (host: FakeWordHost): FakeTable[] => host.state.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const whole = (t: FakeTable, r: TableRequest) =>
    JSON.stringify(t.rows.map((row) => row.map((p) => p.text))) === JSON.stringify([...r.headerRows, ...r.rows]) &&
    t.alignments[0]!.every((a) => a === "Centered") &&
    r.rows.every((row, i) => row.every((_, c) => t.alignments[i + 1]![c] === (r.align?.[i]?.[c] ?? "Left"))) &&
    t.headerRowCount === 1;

  it("addRows in the simulated Word copies its template row, as Word documents", async () => {
    const host = new FakeWordHost(snapshotFromLines(["Mở đầu"]));
    await new WordGateway(host).insertTable(request);
    await host.run(async (context) => {
      const table = (context.document.contentControls as Word.ContentControlCollection).getFirst().tables.getFirstOrNullObject();
      table.deleteRows(1, 2);
      table.addRows("End", 1, [["9", "Mới", "1"]]);
      await context.sync();
    });
    expect(tables(host)[0]!.alignments[1]).toEqual(["Centered", "Centered", "Centered"]);
  });

  it("refresh keeps the centred header and the body alignment asked for", async () => {
    const host = new FakeWordHost(snapshotFromLines(["Mở đầu"]));
    const gateway = new WordGateway(host);
    const { tag } = await gateway.insertTable(request);
    expect(await gateway.refreshTable(tag, updated)).toBe(true);
    expect(tables(host)).toHaveLength(1);
    expect(whole(tables(host)[0]!, updated)).toBe(true);
    expect(await gateway.listTables()).toEqual([{ tag, title: "Chỉ tiêu", spec: null }]);
  });

  it("a failure at any point of an insert or a refresh never leaves a half-built table", async () => {
    for (let sync = 1; sync <= 3; sync++) {
      for (let after = 0; after < 40; after++) {
        const host = new FakeWordHost(snapshotFromLines(["Mở đầu"]));
        const gateway = new WordGateway(host);
        const { tag } = await gateway.insertTable(request);
        host.failSync(sync, after);
        await gateway.refreshTable(tag, updated).catch(() => false);
        expect(tables(host).length).toBeGreaterThan(0);
        for (const t of tables(host)) expect(whole(t, request) || whole(t, updated)).toBe(true);
      }
    }
    for (let after = 0; after < 40; after++) {
      const host = new FakeWordHost(snapshotFromLines(["Mở đầu"]));
      host.failSync(1, after);
      await new WordGateway(host).insertTable(request).catch(() => null);
      for (const t of tables(host)) expect(whole(t, request)).toBe(true);
    }
  });

  it("marks the paragraphs of the add-in's own tables in the snapshot", async () => {
    const host = new FakeWordHost(snapshotFromLines(["Mở đầu", "Kết thúc"]));
    const gateway = new WordGateway(host);
    host.state.selection = { paragraph: host.paragraphs()[0]!, start: 0, end: 0 };
    await gateway.insertTable(request);
    const snapshot = await gateway.readSnapshot();
    expect(snapshot.paragraphs.filter((p) => p.ownedByAddin).map((p) => p.text)).toEqual([...request.headerRows, ...request.rows].flat());
    expect(snapshot.paragraphs.filter((p) => !p.ownedByAddin).map((p) => p.text)).toEqual(["Mở đầu", "Kết thúc"]);
  });
});

describe("comments twice", () => {
  it("adding the same comments again does not duplicate them, and removal deletes only Soạn Chuẩn's", async () => {
    const lines = ["Nghị quyết số 01/NQ-TU", "Đoạn rất dài ".repeat(30)];
    const host = new FakeWordHost(snapshotFromLines(lines));
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const requests = [
      { paragraph: 0, start: 14, end: 22, text: "01/NQ-TU", message: "Sai kiểu số hiệu" },
      { paragraph: 1, start: 0, end: lines[1]!.length, text: lines[1]!, message: "Cỡ chữ 14" },
    ];
    const first = await gateway.insertComments(requests, checked);
    expect(first).toEqual({ done: requests, refused: [], existing: [] });
    host.state.comments.push({ id: 999, paragraph: host.paragraphs()[0]!, start: 0, end: 4, content: "Ý kiến của người viết" });
    const second = await gateway.insertComments(requests, checked);
    expect(second).toEqual({ done: [], refused: [], existing: requests });
    expect(host.state.comments.map((c) => c.content)).toEqual([COMMENT_TAG + "Sai kiểu số hiệu", COMMENT_TAG + "Cỡ chữ 14", "Ý kiến của người viết"]);
    expect(await gateway.removeAddinComments()).toBe(2);
    expect(host.state.comments.map((c) => c.content)).toEqual(["Ý kiến của người viết"]);
  });
});

describe("All Caps", () => {
  const heading: Snapshot = {
    source: "t",
    paragraphs: [{ index: 0, text: "PHẦN I. Kết quả thực hiện nhiệm vụ", outlineLevel: 1, alignment: "Centered", font: { name: "Times New Roman", size: 14, bold: true, allCaps: true } }],
  };
  it("is read where WordApiDesktop 1.3 allows and unknown elsewhere, never \"not capitals\"", async () => {
    const desktop = await new WordGateway(new FakeWordHost(heading, { WordApi: "1.4", WordApiDesktop: "1.3" })).readSnapshot();
    expect(desktop.paragraphs[0]!.font?.allCaps).toBe(true);
    const web = await new WordGateway(new FakeWordHost(heading, { WordApi: "1.4" })).readSnapshot();
    expect(web.paragraphs[0]!.font?.allCaps).toBeNull();
    const caps = (s: Snapshot) => checkDocument(s).findings.filter((f) => f.ruleId === "presentation/heading-caps").length;
    expect(caps(desktop)).toBe(0);
    expect(caps(web)).toBe(0);
  });
});

describe("the simulated Word fails where Word fails", () => {
  it("rejects search text over 255 characters with Word's error code, and finds nothing across a note mark or a line break", async () => {
    const host = new FakeWordHost(snapshotFromLines(["x".repeat(300), "45-CT/TW ngày\u000bsau"]));
    host.insertFootnote(host.paragraphs()[1]!, 8, " Ghi chú");
    await expect(
      host.run(async (context) => {
        context.document.body.search("x".repeat(256)).load("items");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
    const found = await host.run(async (context) => {
      const searches = ["TW ngày", "ngày\u000bsau", "TW", "x".repeat(255)].map((s) => context.document.body.search(s, { matchCase: true }).load("items"));
      await context.sync();
      return searches.map((s) => s.items.length);
    });
    expect(found).toEqual([0, 0, 1, 1]);
    expect(host.paragraphs()[1]!.text).toBe(`45-CT/TW${NOTE_MARK} ngày\u000bsau`);
    expect(host.rangesReturned).toBe(2);
  });
});
