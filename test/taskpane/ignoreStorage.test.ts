import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import type { Snapshot } from "../../src/document/snapshot";
import { FakeWordHost, memoryShelf } from "../../addin/word/fakeWord";
import { WordGateway } from "../../addin/word/gateway";
import { runCheck } from "../../addin/taskpane/engine/runCheck";
import { findingKey, ignoreStorage, withoutIgnored } from "../../addin/taskpane/state/ignores";

const SEED_000 = readText(new Uint8Array(readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url))), "000.txt");

async function check(gateway: WordGateway) {
  const snapshot: Snapshot = await gateway.readSnapshot();
  const result = runCheck({ snapshot, profile: "auto", kind: "auto", mode: "draft", config: {}, indicatorData: null });
  return { snapshot, findings: result.findings };
}

/** The writer's own edits in the fake document: Word offsets of the paragraph holding `find`. */
function typeOver(host: FakeWordHost, find: RegExp, text: string): void {
  const paragraph = host.paragraphs().find((p) => find.test(p.text))!;
  const match = find.exec(paragraph.text)!;
  host.type(paragraph, match.index, match.index + match[0].length, text);
}

describe("ignores kept in the document's settings", () => {
  it("are saved into the document and read back when the pane opens it again", async () => {
    const host = new FakeWordHost(SEED_000);
    const gateway = new WordGateway(host);
    const { snapshot, findings } = await check(gateway);
    const keys = findings.filter((f) => f.ruleId === "numbering/duplicate").map((f) => findingKey(f, snapshot));
    expect(keys.length).toBeGreaterThan(0);
    await ignoreStorage(host.settings, "000").save(keys);
    expect(host.settings!.saves).toBe(1);
    expect(await ignoreStorage(host.settings!.reopen(), "000").load()).toEqual(keys);
    // Another document's settings hold nothing of this one.
    expect(await ignoreStorage(new FakeWordHost(SEED_000).settings, "000").load()).toEqual([]);
  });

  it("keep what was set but not saved out of the reopened document, as Office does", async () => {
    const host = new FakeWordHost(SEED_000, { WordApi: "1.4" }, { settings: memoryShelf() });
    host.settings!.set("soanchuan.ignored", ["x"]);
    expect(await ignoreStorage(host.settings!.reopen(), "000").load()).toEqual([]);
    expect(await ignoreStorage(host.settings, "000").load()).toEqual(["x"]);
  });

  it("stay ignored after the number and date are filled in, the header fixed and a line added above the body", async () => {
    const host = new FakeWordHost(SEED_000);
    const gateway = new WordGateway(host);
    const first = await check(gateway);
    // Every error and warning of the body is ignored.
    const body = first.findings.filter((f) => f.paragraph >= 14 && f.severity !== "info");
    expect(body.length).toBeGreaterThan(3);
    await ignoreStorage(host.settings, "000").save(body.map((f) => findingKey(f, first.snapshot)));

    typeOver(host, /Số\s+-BC\/TU/, "Số 125-BC/TU");
    typeOver(host, /ngày\s+tháng 6/, "ngày 28 tháng 6");
    typeOver(host, /THÀNH UỶ ĐÔNG HÀ/, "THÀNH ỦY ĐÔNG HÀ");
    const title = host.paragraphs().find((p) => p.text === "BÁO CÁO")!;
    host.insertBlockAfter(title, { kind: "paragraph", paragraph: host.makeParagraph("(Dự thảo lần 2)") });

    const again = await check(gateway);
    expect(again.snapshot.paragraphs.length).toBe(first.snapshot.paragraphs.length + 1);
    const ignored = new Set(await ignoreStorage(host.settings!.reopen(), "000").load());
    const visibleBody = again.findings.filter((f) => f.paragraph >= 15 && f.severity !== "info" && !ignored.has(findingKey(f, again.snapshot)));
    expect(visibleBody).toEqual([]);
    // Each ignore still hides its own finding, and only that one.
    expect(again.findings.filter((f) => ignored.has(findingKey(f, again.snapshot)))).toHaveLength(body.length);
  });
});

describe("findings less the ignored ones", () => {
  it("are those whose key is not ignored; a stray key hides nothing", async () => {
    const { snapshot, findings } = await check(new WordGateway(new FakeWordHost(SEED_000)));
    expect(withoutIgnored(findings, new Set(), snapshot)).toBe(findings);
    const ignored = new Set([...findings.filter((f) => f.ruleId === "numbering/duplicate").slice(0, 1), ...findings.filter((f) => f.ruleId.startsWith("citation/")).slice(0, 3)].map((f) => findingKey(f, snapshot)));
    ignored.add("not a key");
    expect(ignored.size).toBe(5);
    const left = withoutIgnored(findings, ignored, snapshot);
    expect(left).toEqual(findings.filter((f) => !ignored.has(findingKey(f, snapshot))));
    expect(left).toHaveLength(findings.length - 4);
  });
});
