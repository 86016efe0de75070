import { fileURLToPath } from "node:url";
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
  fromWordText: typeof import("../../addin/word/textModel").fromWordText;
};

async function loadGateway(): Promise<GatewayModules | string> {
  try {
    const fake = await import("../../addin/word/fakeWord");
    const gateway = await import("../../addin/word/gateway");
    const model = await import("../../addin/word/textModel");
    return { FakeWordHost: fake.FakeWordHost, WordGateway: gateway.WordGateway, fromWordText: model.fromWordText };
  } catch (error) {
    return `not measured: Word gateway or fake host unavailable (${(error as Error).message.split("\n")[0]})`;
  }
}

const EDIT_COUNT = 500;
/** Syncs any batch may take, whatever its size: collection, texts + searches, narrowing, action. */
const MAX_BATCH_SYNCS = 4;
/** Ranges the searches of one edit may return: its unique window, and the edit's text inside it. */
const MAX_RANGES_PER_EDIT = 2;
/** Characters of a printed A4 page of a report in 13–14 pt Times New Roman. */
const CHARS_PER_PAGE = 2400;

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

/** One fix-all through the gateway on the fake host: syncs, searches and ranges, and whether the text is the engine's. */
async function fixAll(modules: GatewayModules, document: Snapshot, pick: (checked: Snapshot) => Edit[]) {
  const { FakeWordHost, WordGateway, fromWordText } = modules;
  const host = new FakeWordHost(document);
  const gateway = new WordGateway(host);
  const checked = await gateway.readSnapshot();
  const edits = pick(checked);
  const before = { syncs: host.syncCount, searches: host.searches, ranges: host.rangesReturned };
  const outcome = await gateway.applyEdits(edits, checked);
  const expected = applyEdits(checked, outcome.done).snapshot.paragraphs.map((p) => p.text);
  const actual = host.currentTexts().map((t) => fromWordText(t).text);
  return {
    edits,
    outcome,
    syncs: host.syncCount - before.syncs,
    searches: host.searches - before.searches,
    ranges: host.rangesReturned - before.ranges,
    faithful: expected.length === actual.length && expected.every((t, i) => t === actual[i]),
  };
}

export async function measureRoundTrips(snapshot: Snapshot): Promise<RoundTrips[] | string> {
  const modules = await loadGateway();
  if (typeof modules === "string") return modules;
  const { FakeWordHost, WordGateway } = modules;
  const body = snapshot.paragraphs.filter((p) => p.footnoteId === undefined);
  const document = snapshotFromLines(body.map((p) => p.text), snapshot.source);
  const pages = Math.round(body.reduce((n, p) => n + p.text.length, 0) / CHARS_PER_PAGE);
  const rows: RoundTrips[] = [];

  {
    const host = new FakeWordHost(document);
    const read = await new WordGateway(host).readSnapshot();
    rows.push({
      operation: `check: read ${read.paragraphs.length} paragraphs`,
      syncs: host.syncCount,
      naive: 1 + read.paragraphs.length,
      target: "≤2",
      ok: host.syncCount <= 2,
      note: "1 sync for every property, 1 more for the text without tracked deletions (WordApi 1.4); naive: one sync per paragraph",
    });
  }

  const engineFixAll = (checked: Snapshot) => fixAllEdits(checkDocument(checked).findings);
  for (const [label, pick] of [
    [`fix-all on ~${pages} pages`, engineFixAll],
    ["fix-all, first 20 of the same fixes", (checked: Snapshot) => engineFixAll(checked).slice(0, 20)],
    ["fix-all, the fixes topped up with upper-cased first words", (checked: Snapshot) => fiveHundredEdits(checked).edits],
  ] as const) {
    const run = await fixAll(modules, document, pick);
    const perEdit = run.ranges / Math.max(1, run.edits.length);
    const touched = new Set(run.edits.map((e) => e.paragraph)).size;
    rows.push({
      operation: `${label} (${run.edits.length} edits)`,
      syncs: run.syncs,
      naive: 3 * touched,
      target: `≤${MAX_BATCH_SYNCS} syncs, ≤${MAX_RANGES_PER_EDIT} ranges/edit`,
      ok: run.syncs <= MAX_BATCH_SYNCS && perEdit <= MAX_RANGES_PER_EDIT,
      note:
        `${run.searches} paragraph-scoped searches returned ${run.ranges} ranges = ${perEdit.toFixed(2)} ranges per edit; ` +
        `applied ${run.outcome.done.length}, refused ${run.outcome.refused.length}; text ${run.faithful ? "matches" : "DIFFERS FROM"} the engine's applyEdits; ` +
        "naive: read, search, replace per paragraph",
    });
  }

  {
    const host = new FakeWordHost(document);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const requests = fiveHundredEdits(checked).edits.map((e) => ({ paragraph: e.paragraph, start: e.start, end: e.end, text: e.expected, message: "bench" }));
    const before = host.syncCount;
    const outcome = await gateway.insertComments(requests, checked);
    const syncs = host.syncCount - before;
    rows.push({
      operation: `comments: ${requests.length} findings`,
      syncs,
      naive: 3 * new Set(requests.map((r) => r.paragraph)).size,
      target: `≤${MAX_BATCH_SYNCS + 1}`,
      ok: syncs <= MAX_BATCH_SYNCS + 1,
      note: `added ${outcome.done.length}, refused ${outcome.refused.length}; naive: read, search, comment per paragraph`,
    });
  }

  {
    const host = new FakeWordHost(document);
    const gateway = new WordGateway(host);
    const checked = await gateway.readSnapshot();
    const target = checked.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const before = { syncs: host.syncCount, chars: host.textCharsRead };
    const refusal = await gateway.select({ paragraph: target.index, start: 0, end: target.text.length, text: target.text }, checked);
    const syncs = host.syncCount - before.syncs;
    const chars = host.textCharsRead - before.chars;
    rows.push({
      operation: `jump to the longest paragraph (${target.text.length} characters)`,
      syncs,
      naive: 2,
      target: `≤${MAX_BATCH_SYNCS}, not the whole text`,
      ok: refusal === null && syncs <= MAX_BATCH_SYNCS && chars < 2 * target.text.length,
      note: `${chars} characters of text read (document: ${body.reduce((n, p) => n + p.text.length, 0)}); naive: every paragraph's text, then select`,
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

/** `npx tsx scripts/bench/word.ts`: only this section, on the 1 MiB synthetic report (~300 pages). */
async function main(): Promise<void> {
  const { loadSeeds, synthesize } = await import("./corpus");
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const input = await synthesize(await loadSeeds(`${root}seeds`), 1);
  const rows = await measureRoundTrips(input.snapshot);
  if (typeof rows === "string") {
    console.log(rows);
    return;
  }
  console.log(`Word round trips on the fake host — ${input.name}`);
  for (const r of rows) console.log(`- ${r.operation}: ${r.syncs} syncs (naive ${r.naive}; target ${r.target}: ${r.ok ? "ok" : "MISSED"}) — ${r.note}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
