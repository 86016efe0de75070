import { describe, expect, it } from "vitest";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";
import { readFileSync } from "node:fs";
import { BUNDLED_ENTRIES, CitationRegistry, sameSeries } from "../../src/citations/registry";
import { numberedByTerm, termOfDate } from "../../src/citations/terms";
import { findBody } from "../../src/citations/issuer";
import { TYPES } from "../../src/citations/codes";
import { readDocument } from "../../src/document/read";
import { analyzeCitations } from "../../src/citations/analysis";
import { normalizeParagraph } from "../../src/text/normalize";
import { PROFILES } from "../../src/profile/profile";

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

describe("Party numbers restart each term", () => {
  const records = (line: string) => analyzeCitations([normalizeParagraph(line)], PROFILES["party-2018"], CitationRegistry.withBundled()).records;

  it("the bundled registry keeps both 25-NQ/TW, each with its own term and date", () => {
    const entries = CitationRegistry.withBundled().lookup("25-NQ/TW");
    expect(entries.map((e) => e.date).sort()).toEqual(["2003-03-12", "2013-06-03"]);
  });

  it("a dated mention adopts the entry of its own term", () => {
    const [c] = records("Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương");
    expect(c.canonical).toContain("12/3/2003");
    const [undated] = records("Nghị quyết số 25-NQ/TW ngày 03/6/2013");
    expect(undated.canonical).toContain("Ban Chấp hành Trung ương");
  });

  it("an undated mention of a number two terms used adopts neither date", () => {
    const [c] = records("Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương");
    expect(c.canonical).toBeNull();
  });

  it("66-QĐ/TW was issued by the Ban Bí thư (Hướng dẫn 36-HD/VPTW says so)", () => {
    expect(CitationRegistry.withBundled().lookup("66-QĐ/TW")[0]).toMatchObject({ issuer: "Ban Bí thư", date: "2017-02-06", source: { verified: true } });
  });
});

describe("sources that disagree", () => {
  it("two sources giving one document two dates are reported with both sources, and neither date is adopted", () => {
    const registry = CitationRegistry.withBundled();
    registry.add({ symbol: "36-CT/TW", type: "Chỉ thị", date: "2019-08-19", issuer: "Bộ Chính trị", summary: null, source: { kind: "imported", label: "so-theo-doi.json" } });
    const result = checkDocument(snapshotFromLines(["Quán triệt Chỉ thị số 36-CT/TW của Bộ Chính trị."]), { profile: "party-2018", resources: { registry } });
    const conflict = conflicts(result);
    expect(conflict).toHaveLength(1);
    expect(conflict[0].message.vi).toContain("16/8/2019");
    expect(conflict[0].message.vi).toContain("19/8/2019");
    expect(conflict[0].message.vi).toContain("so-theo-doi.json");
    expect(result.citations[0].canonical).toBeNull();
  });
});

describe("the bundled registry is consistent with itself and its sources", () => {
  const parts = (symbol: string) => {
    const party = /^(\d+\p{L}?)-([^/]+)\/(.+)$/u.exec(symbol);
    if (party) return { system: "party" as const, typeCode: party[2], issuerCode: party[3] };
    const state = /^\d+\p{L}?(?:\/\d{4})?\/([^-]+)-(.+)$/u.exec(symbol)!;
    return { system: "state" as const, typeCode: state[1], issuerCode: state[2] };
  };

  it.each(BUNDLED_ENTRIES.map((e) => [`${e.symbol} ${e.date ?? ""}`, e] as const))("%s: date within its term, type and issuer fit the symbol", (_, e) => {
    const { system, typeCode, issuerCode } = parts(e.symbol);
    if (numberedByTerm(e.symbol) && e.date) expect(e.term).toBe(termOfDate(e.date));
    if (!numberedByTerm(e.symbol)) expect(e.term ?? null).toBeNull();
    if (e.type) expect(TYPES.find((t) => t.word === e.type)?.[system]).toContain(typeCode);
    if (e.issuer) expect(findBody(e.issuer)?.code).toBe(issuerCode);
    expect(e.source.length).toBeGreaterThan(20);
  });

  it("no two entries of one symbol share a term or a State year", () => {
    const seen = new Set<string>();
    for (const e of BUNDLED_ENTRIES) {
      const when = numberedByTerm(e.symbol) ? e.term : e.date?.slice(0, 4);
      const key = `${e.symbol} ${when}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it("entries read in the corpus say what the corpus says (Hướng dẫn 36-HD/VPTW)", async () => {
    const file = new URL("../../../shared/corpus/docx/tw01_hd-36-vptw-2018.docx", import.meta.url);
    const doc = await readDocument("tw01_hd-36-vptw-2018.docx", new Uint8Array(readFileSync(file)));
    const text = doc.paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain("Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Bí thư");
    expect(text).toContain("Số: 36-HD/VPTW");
    expect(text).toContain("ngày 03 tháng 4 năm 2018");
    const byCorpus = BUNDLED_ENTRIES.filter((e) => e.source.includes("corpus/docx/tw01"));
    expect(byCorpus.map((e) => [e.symbol, e.date, e.issuer])).toEqual([
      ["66-QĐ/TW", "2017-02-06", "Ban Bí thư"],
      ["36-HD/VPTW", "2018-04-03", "Văn phòng Trung ương Đảng"],
    ]);
  });

  it("pins the corrected and the verified entries", () => {
    const pinned = BUNDLED_ENTRIES.filter((e) => e.verified).map((e) => `${e.symbol} ${e.date} ${e.term ?? "-"} ${e.issuer}`);
    expect(pinned).toEqual([
      "35-NQ/TW 2018-10-22 XII Bộ Chính trị",
      "05-CT/TW 2016-05-15 XII Bộ Chính trị",
      "66-QĐ/TW 2017-02-06 XII Ban Bí thư",
      "36-HD/VPTW 2018-04-03 XII Văn phòng Trung ương Đảng",
      "25-NQ/TW 2003-03-12 IX Ban Chấp hành Trung ương",
      "25-NQ/TW 2013-06-03 XI Ban Chấp hành Trung ương",
      "43-KL/TW 2019-01-07 XII Ban Bí thư",
      "57-NQ/TW 2024-12-22 XIII Bộ Chính trị",
      "36-CT/TW 2019-08-16 XII Bộ Chính trị",
      "132-KL/TW 2025-03-18 XIII Bộ Chính trị",
      "21-CT/TW 2008-03-26 X Bộ Chính trị",
      "29-NQ/TW 2022-11-17 XIII Ban Chấp hành Trung ương",
      "111/NQ-CP 2024-07-22 - Chính phủ",
    ]);
    // Every verified entry names where it was read: a page or the document itself.
    for (const e of BUNDLED_ENTRIES.filter((x) => x.verified)) expect(e.source).toMatch(/\.(vn|org|com)\b|corpus\/docx/u);
  });
});
