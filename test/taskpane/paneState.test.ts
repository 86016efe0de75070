import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/document/readText";
import { snapshotFromLines, type Snapshot } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { ParagraphTextCache } from "../../src/engine/paragraphCache";
import { emptyStore, addValues } from "../../src/indicators/index";
import { loadConfig } from "../../src/engine/check";
import { runCheck, warmUpEngine, withoutAddinContent, type EngineRequest } from "../../addin/taskpane/engine/runCheck";
import { inlineEngine, CheckCancelled } from "../../addin/taskpane/engine/engineClient";
import { findingKey } from "../../addin/taskpane/state/ignores";
import { emptyHouseStyle, importConfig, serializeConfig, withLevel, withOption } from "../../addin/taskpane/state/houseStyle";

const SEED_000 = readText(new Uint8Array(readFileSync(new URL("../../seeds/000_e6240ef1ee1503f8.txt", import.meta.url))), "000.txt");

function request(snapshot: Snapshot, extra: Partial<EngineRequest> = {}): EngineRequest {
  return { snapshot, profile: "auto", kind: "auto", mode: "draft", config: {}, indicatorData: null, ...extra };
}

describe("what the pane's engine is given", () => {
  it("checks “đạt 51,6% kế hoạch” against a plan from the prior-period data", () => {
    const plan = addValues(emptyStore(), [
      { name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", unit: "tỷ đồng", period: "năm 2021", value: 30000, kind: "plan", source: { file: "kh.csv" } },
    ] as never).store;
    const without = runCheck(request(SEED_000));
    const withPlan = runCheck(request(SEED_000, { indicatorData: plan }));
    const rule = "indicator/plan-share-mismatch";
    expect(without.findings.filter((f) => f.ruleId === rule)).toHaveLength(0);
    const found = withPlan.findings.filter((f) => f.ruleId === rule);
    expect(found.length).toBeGreaterThan(0);
    expect(SEED_000.paragraphs[found[0]!.paragraph]!.text).toContain("51,6%");
    // The user's level for the rule is kept when the data is added.
    const quiet = runCheck(request(SEED_000, { indicatorData: plan, config: { rules: { [rule]: "off" } } }));
    expect(quiet.findings.filter((f) => f.ruleId === rule)).toHaveLength(0);
  });

  it("does not check the add-in's own tables", () => {
    const lines = ["I. Kết quả", "Thực hiện Nghị quyết số 01/NQ-TU của Thành ủy.", "Nghị quyết 05/NQ-TU", "Kết luận 07 - KL/TU"];
    const snapshot = snapshotFromLines(lines);
    const owned: Snapshot = { ...snapshot, paragraphs: snapshot.paragraphs.map((p, i) => (i >= 2 ? { ...p, tableNesting: 1, ownedByAddin: true } : p)) };
    const inTable = (s: Snapshot) => runCheck(request(s)).findings.filter((f) => f.paragraph >= 2);
    expect(inTable(snapshot).length).toBeGreaterThan(0);
    expect(inTable(owned)).toEqual([]);
    expect(withoutAddinContent(owned).paragraphs).toHaveLength(lines.length);
    expect(runCheck(request(owned)).citations.every((c) => c.paragraph < 2)).toBe(true);
  });

  it("keeps each check's paragraphs for the next, whose findings are a full check's", async () => {
    const lastParagraphs = new ParagraphTextCache();
    runCheck(request(SEED_000), undefined, lastParagraphs);
    expect(lastParagraphs.size).toBe(new Set(SEED_000.paragraphs.map((p) => p.text)).size);
    // One paragraph edited, as after a fix: the re-check equals a check from scratch.
    const edited: Snapshot = { ...SEED_000, paragraphs: SEED_000.paragraphs.map((p, i) => (i === 20 ? { ...p, text: `${p.text} Tăng 12,5% so với cùng kỳ.` } : p)) };
    expect(runCheck(request(edited), undefined, lastParagraphs).findings).toEqual(checkDocument(edited).findings);
    const engine = inlineEngine();
    await engine.check(request(SEED_000));
    expect((await engine.check(request(edited))).findings).toEqual(checkDocument(edited).findings);
  });

  it("cancels a check overtaken by a newer one", async () => {
    const engine = inlineEngine();
    const first = engine.check(request(SEED_000));
    const second = engine.check(request(SEED_000));
    await expect(first).rejects.toBeInstanceOf(CheckCancelled);
    expect((await second).findings.length).toBe(checkDocument(SEED_000).findings.length);
  });
});

describe("ignores", () => {
  const findings = checkDocument(SEED_000).findings;
  const body = findings.find((f) => f.ruleId === "numbering/duplicate")!;

  it("recognise a finding after the header is filled in and paragraphs move", () => {
    const before = findingKey(body, SEED_000);
    const edited: Snapshot = {
      ...SEED_000,
      paragraphs: [{ index: 0, text: "(dòng mới)" }, ...SEED_000.paragraphs.map((p) => ({ ...p, index: p.index + 1, text: p.text.replace(/Số\s+-BC/, "Số 125-BC").replace(/ngày\s+tháng/, "ngày 05 tháng") }))],
    };
    const again = checkDocument(edited).findings.find((f) => f.ruleId === "numbering/duplicate")!;
    expect(again.paragraph).toBe(body.paragraph + 1);
    expect(findingKey(again, edited)).toBe(before);
  });

  it("tell apart the same text with other words around it", () => {
    const repeats = SEED_000.paragraphs
      .flatMap((p) => {
        const at = p.text.indexOf("uỷ");
        return at < 0 ? [] : [{ ruleId: "consistency/tone-style", severity: "info" as const, message: { vi: "", en: "" }, paragraph: p.index, start: at, end: at + 2, text: "uỷ", suggestions: [] }];
      })
      .slice(0, 2);
    expect(repeats.length).toBeGreaterThan(1);
    expect(new Set(repeats.map((f) => findingKey(f, SEED_000))).size).toBeGreaterThan(1);
  });
});

describe("house style", () => {
  it("turns a rule off and back, keeping its options", () => {
    let rules = withOption({}, "citation/date-comma", "style", "comma", "info");
    rules = withLevel(rules, "citation/date-comma", "off", "info");
    expect(rules["citation/date-comma"]).toEqual(["off", { style: "comma" }]);
    rules = withLevel(rules, "citation/date-comma", undefined, "info");
    expect(rules["citation/date-comma"]).toEqual(["info", { style: "comma" }]);
    rules = withOption(rules, "citation/date-comma", "style", undefined, "info");
    expect(rules["citation/date-comma"]).toBe("info");
    expect(withLevel({ "numbering/duplicate": "off" }, "numbering/duplicate", undefined, "error")).toEqual({});
  });

  it("exports the CLI's config and imports it back", () => {
    const style = { ...emptyHouseStyle(), rules: { "consistency/abbreviation": "off" as const, "citation/date-comma": ["error", { style: "comma" }] as ["error", { style: string }] } };
    const json = serializeConfig(style);
    expect(loadConfig(JSON.parse(json))).toEqual({ rules: style.rules });
    expect(JSON.parse(json)).toEqual({ rules: style.rules });
    expect(importConfig(emptyHouseStyle(), json).rules).toEqual(style.rules);
    expect(() => importConfig(emptyHouseStyle(), '{ "rules": { "x": "loud" } }')).toThrow();
  });
});

describe("the worker's warm-up report", () => {
  it("goes through the blocks, the outline, citations and indicators, as a real report does", () => {
    const output = warmUpEngine();
    expect(output.kind).not.toBe("other");
    expect(output.issuer).not.toBeNull();
    expect(output.outline.length).toBeGreaterThanOrEqual(4);
    expect(output.citations.length).toBeGreaterThanOrEqual(3);
    expect(output.indicators.length).toBeGreaterThanOrEqual(3);
  });
});
