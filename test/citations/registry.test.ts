import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { CitationRegistry, sameSeries } from "../../src/citations/registry";

const A = ["Thực hiện Kế hoạch số 82-KH/TU ngày 11/12/2018 của Ban Thường vụ Thành ủy về thực hiện nghị quyết."];
const B = ["Thực hiện Kế hoạch số 82-KH/TU ngày 18/12/2018 của Ban Thường vụ Thành ủy về thực hiện nghị quyết."];
const opts = (registry: CitationRegistry) => ({ profile: "party-2018" as const, resources: { registry } });
const conflicts = (r: ReturnType<typeof checkDocument>) => r.findings.filter((f) => f.ruleId === "citation/registry-conflict");

describe("citation registry", () => {
  it("learns from one file and reports the other file's different date, with both values and sources", () => {
    const registry = CitationRegistry.withBundled();
    expect(conflicts(checkDocument(snapshotFromLines(A, "a.txt"), opts(registry)))).toEqual([]);
    const [finding] = conflicts(checkDocument(snapshotFromLines(B, "b.txt"), opts(registry)));
    expect(finding.text).toBe("18/12/2018");
    expect(finding.message.vi).toContain("11/12/2018");
    expect(finding.message.vi).toContain("a.txt");
  });

  it("does not report a file against its own earlier entries", () => {
    const registry = CitationRegistry.withBundled();
    checkDocument(snapshotFromLines(A, "a.txt"), opts(registry));
    expect(conflicts(checkDocument(snapshotFromLines(A, "a.txt"), opts(registry)))).toEqual([]);
  });

  it("reports a disagreement with the bundled registry", () => {
    const [finding] = conflicts(checkDocument(snapshotFromLines(["Nghị quyết số 35-NQ/TW ngày 22/10/2017 của Bộ Chính trị về tăng cường."], "c.txt"), opts(CitationRegistry.withBundled())));
    expect(finding.message.vi).toContain("22/10/2018");
  });

  it("saves what it learned and loads it back as an imported registry", () => {
    const first = CitationRegistry.withBundled();
    checkDocument(snapshotFromLines(A, "a.txt"), opts(first));
    const json = JSON.parse(JSON.stringify(first.toJSON()));
    expect(json.entries).toHaveLength(1);
    const second = CitationRegistry.withBundled();
    second.load(json, "reg.json");
    expect(second.lookup("82-KH/TU")[0].source.kind).toBe("imported");
    const [finding] = conflicts(checkDocument(snapshotFromLines(B, "b.txt"), opts(second)));
    expect(finding.message.vi).toContain("11/12/2018");
  });

  it("refuses a file that is not a registry", () => {
    expect(() => CitationRegistry.withBundled().load({ entries: 3 }, "x.json")).toThrow(/registry/);
  });

  it("Party numbers a year apart are one series; State numbers restart each year", () => {
    expect(sameSeries("82-KH/TU", 2018, 2019)).toBe(true);
    expect(sameSeries("23-KH/TU", 2017, 2021)).toBe(false);
    expect(sameSeries("68/QĐ-UBND", 2020, 2021)).toBe(false);
  });

  it("every bundled entry has a source and a verified flag", () => {
    const entries = CitationRegistry.withBundled().lookup("35-NQ/TW");
    expect(entries[0].source).toMatchObject({ kind: "bundled", verified: true });
  });
});
