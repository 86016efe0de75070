import { snapshotFromLines, type Snapshot } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import type { Edit } from "../../src/core/types";

export interface RoundTrips {
  operation: string;
  syncs: number | null;
  naive: number | null;
  target: string;
  ok: boolean | null;
  note: string;
}

type TableRequest = import("../../addin/word/gateway").TableRequest;

type GatewayModules = {
  FakeWordHost: typeof import("../../addin/word/fakeWord").FakeWordHost;
  WordGateway: typeof import("../../addin/word/gateway").WordGateway;
};

async function loadGateway(): Promise<GatewayModules | string> {
  try {
    const fake = await import("../../addin/word/fakeWord");
    const gateway = await import("../../addin/word/gateway");
    return { FakeWordHost: fake.FakeWordHost, WordGateway: gateway.WordGateway };
  } catch (error) {
    return `not measured: Word gateway or fake host unavailable (${(error as Error).message.split("\n")[0]})`;
  }
}

const EDIT_COUNT = 500;

/**
 * The edits of one "fix all": the engine's own fixes on the document first, topped up (when the
 * rules offer fewer than 500) with one real change per paragraph — its first word upper-cased.
 */
function fiveHundredEdits(snapshot: Snapshot): { edits: Edit[]; fromEngine: number } {
  const engine = fixAllEdits(checkDocument(snapshot).findings).slice(0, EDIT_COUNT);
  const used = new Set(engine.map((e) => e.paragraph));
  const edits = [...engine];
  for (const p of snapshot.paragraphs) {
    if (edits.length >= EDIT_COUNT) break;
    if (used.has(p.index)) continue;
    const word = /\p{Ll}[\p{L}]*/u.exec(p.text);
    if (!word) continue;
    edits.push({ paragraph: p.index, start: word.index, end: word.index + word[0].length, expected: word[0], text: word[0].toUpperCase() });
  }
  return { edits, fromEngine: engine.length };
}

export async function measureRoundTrips(snapshot: Snapshot): Promise<RoundTrips[] | string> {
  const modules = await loadGateway();
  if (typeof modules === "string") return modules;
  const { FakeWordHost, WordGateway } = modules;
  const body = snapshot.paragraphs.filter((p) => p.footnoteId === undefined);
  const document = snapshotFromLines(body.map((p) => p.text), snapshot.source);
  const rows: RoundTrips[] = [];

  {
    const host = new FakeWordHost(document);
    const read = await new WordGateway(host).readSnapshot();
    rows.push({
      operation: `check: read ${read.paragraphs.length} paragraphs`,
      syncs: host.syncCount,
      naive: 1 + read.paragraphs.length,
      target: "1",
      ok: host.syncCount === 1,
      note: "naive: load the collection, then one sync per paragraph's properties",
    });
  }

  {
    const host = new FakeWordHost(document);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const { edits, fromEngine } = fiveHundredEdits(checked);
    const before = host.syncCount;
    const outcome = await gateway.applyEdits(edits, checked);
    const syncs = host.syncCount - before;
    const expected = applyEdits(checked, edits).snapshot.paragraphs.map((p) => p.text);
    const actual = host.paragraphs().map((p) => p.text);
    const faithful = expected.length === actual.length && expected.every((t, i) => t === actual[i]);
    const touched = new Set(edits.map((e) => e.paragraph)).size;
    const perTwoHundred = (syncs * 200) / edits.length;
    rows.push({
      operation: `fix-all: ${edits.length} edits (${fromEngine} from rules)`,
      syncs,
      naive: 3 * touched,
      target: "≤1 per 200 edits",
      ok: perTwoHundred <= 1,
      note:
        `${perTwoHundred.toFixed(2)} syncs per 200 edits; applied ${outcome.done.length}, refused ${outcome.refused.length}; ` +
        `text ${faithful ? "matches" : "DIFFERS FROM"} applyEdits; naive: read, search, replace per paragraph`,
    });
  }

  {
    const host = new FakeWordHost(document);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const requests = fiveHundredEdits(checked).edits.map((e) => ({ paragraph: e.paragraph, start: e.start, end: e.end, text: e.expected, message: "bench" }));
    const before = host.syncCount;
    const outcome = await gateway.addComments(requests, checked);
    const syncs = host.syncCount - before;
    const perTwoHundred = (syncs * 200) / requests.length;
    rows.push({
      operation: `comments: ${requests.length} findings`,
      syncs,
      naive: 3 * new Set(requests.map((r) => r.paragraph)).size,
      target: "≤1 per 200 comments",
      ok: perTwoHundred <= 1,
      note: `${perTwoHundred.toFixed(2)} syncs per 200 comments; added ${outcome.done.length}, refused ${outcome.refused.length}; naive: read, search, comment per paragraph`,
    });
  }

  {
    const host = new FakeWordHost(document);
    const gateway = new WordGateway(host);
    host.state.selection = { paragraph: host.paragraphs()[0]!, start: 0, end: 0 };
    const rowsCount = 12;
    const header = ["Chỉ tiêu", "Đơn vị", "Kỳ trước", "Kỳ này", "Tăng/giảm (%)"];
    const cells = Array.from({ length: rowsCount }, (_, r) => [`Chỉ tiêu ${r + 1}`, "tỷ đồng", "1.234,5", "1.357,9", "10,0"]);
    const align = cells.map((row) => row.map((_, c) => (c >= 2 ? "Right" : "Left"))) as NonNullable<TableRequest["align"]>;
    await gateway.insertTable({ headerRows: [header], rows: cells, align, title: "Bảng chỉ tiêu" });
    rows.push({
      operation: `table insert: ${rowsCount + 1}×${header.length}`,
      syncs: host.syncCount,
      naive: 1 + (rowsCount + 1) * header.length,
      target: "1",
      ok: host.syncCount === 1,
      note: "naive: insert an empty table, then one sync per cell",
    });
  }
  return rows;
}
