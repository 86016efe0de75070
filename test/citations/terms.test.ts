import { describe, expect, it } from "vitest";
import { numberedByTerm, PARTY_TERMS, sameTime, termOfDate, termsOfYear, NO_TIME } from "../../src/citations/terms";
import { analyzeCitations } from "../../src/citations/analysis";
import { CitationRegistry } from "../../src/citations/registry";
import { normalizeParagraph } from "../../src/text/normalize";
import { PROFILES } from "../../src/profile/profile";
import { snapshotFromLines } from "../../src/document/snapshot";
import { checkDocument } from "../../src/engine/check";

const records = (lines: string[], registry = CitationRegistry.withBundled()) =>
  analyzeCitations(lines.map((l) => normalizeParagraph(l)), PROFILES["party-2018"], registry).records;
const year = (y: number) => ({ iso: null, year: y, term: null });
const date = (iso: string) => ({ iso, year: Number(iso.slice(0, 4)), term: null });
const term = (t: string) => ({ iso: null, year: null, term: t });

describe("Central Committee terms as data", () => {
  it("terms follow each other, each from its congress", () => {
    expect(PARTY_TERMS.map((t) => t.term)).toEqual(["VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]);
    expect(PARTY_TERMS.map((t) => t.from.slice(0, 4))).toEqual(["1991", "1996", "2001", "2006", "2011", "2016", "2021", "2026"]);
  });

  it.each([
    ["2003-03-12", "IX"],
    ["2013-06-03", "XI"],
    ["2011-01-05", "X"],
    ["2011-01-20", "XI"],
    ["2018-10-22", "XII"],
    ["2021-01-20", "XII"],
    ["2024-12-22", "XIII"],
    ["2026-05-27", "XIV"],
  ])("a document of %s belongs to khóa %s", (iso, expected) => {
    expect(termOfDate(iso)).toBe(expected);
  });

  it("a congress year can be either term; other years only one", () => {
    expect(termsOfYear(2011)).toEqual(["X", "XI"]);
    expect(termsOfYear(2013)).toEqual(["XI"]);
    expect(termOfDate("1980-01-01")).toBeNull();
  });

  it.each([
    ["25-NQ/TW", true],
    ["36-HD/VPTW", true],
    ["02-KH/BCĐTW", true],
    ["45-HD/BTCTW", true],
    ["82-KH/TU", false],
    ["12-KH/KDV", false],
    ["68/QĐ-UBND", false],
    ["30/2020/NĐ-CP", false],
  ])("%s is numbered through a Central term: %s", (symbol, expected) => {
    expect(numberedByTerm(symbol)).toBe(expected);
  });
});

describe("sameTime: can two sources mean the same numbered document", () => {
  it("Central: the same term only", () => {
    expect(sameTime("25-NQ/TW", date("2003-03-12"), date("2013-06-03"))).toBe(false);
    expect(sameTime("25-NQ/TW", term("IX"), date("2013-06-03"))).toBe(false);
    expect(sameTime("25-NQ/TW", term("IX"), date("2003-03-12"))).toBe(true);
    expect(sameTime("25-NQ/TW", year(2003), year(2013))).toBe(false);
    // Within one term, numbers do not restart: years apart are still one series.
    expect(sameTime("35-NQ/TW", year(2017), year(2020))).toBe(true);
    // Across a congress a few weeks apart: another term.
    expect(sameTime("01-KL/TW", date("2010-12-20"), date("2011-02-15"))).toBe(false);
    expect(sameTime("01-KL/TW", year(2010), year(2011))).toBe(true);
  });

  it("a source that gives no time fits any", () => {
    expect(sameTime("25-NQ/TW", NO_TIME, date("2013-06-03"))).toBe(true);
    expect(sameTime("82-KH/TU", NO_TIME, year(2018))).toBe(true);
  });

  it("local Party committees: a year apart at most; State: the same year", () => {
    expect(sameTime("82-KH/TU", year(2018), year(2019))).toBe(true);
    expect(sameTime("23-KH/TU", year(2017), year(2021))).toBe(false);
    expect(sameTime("68/QĐ-UBND", year(2020), year(2021))).toBe(false);
    expect(sameTime("68/QĐ-UBND", year(2021), year(2021))).toBe(true);
  });
});

describe("a written term picks the document of that term", () => {
  // Variants of writing the term, each for khóa IX (2003, on religion) and khóa XI (2013, on dân vận).
  const ninth = [
    "Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo.",
    "Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo.",
    "Thực hiện Nghị quyết số 25-NQ/TW (khóa IX) về công tác tôn giáo.",
    "Thực hiện Nghị quyết số 25-NQ/TW, khóa IX về công tác tôn giáo.",
    "thực hiện nghị quyết số 25-nq/tw của ban chấp hành trung ương khoá IX về công tác tôn giáo.",
    "Thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng -khóa IX về công tác tôn giáo.",
  ];
  it.each(ninth)("%s", (line) => {
    const [c] = records([line]);
    expect(c.symbol).toBe("25-NQ/TW");
    expect(c.canonical).toContain("12/3/2003");
    expect(c.canonical).not.toContain("2013");
  });

  const eleventh = [
    "Tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về công tác dân vận.",
    "Tiếp tục thực hiện Nghị quyết số 25-NQ/TW (khóa XI) về công tác dân vận.",
    "Tiếp tục thực hiện Nghị quyết số 25-NQ/TW, khóa XI của Ban Chấp hành Trung ương về công tác dân vận.",
    "Tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương, khóa XI về công tác dân vận.",
    "Tiếp tục thực hiện Nghị quyết số 25 - NQ/TW của Ban Chấp hành Trung ương khoá XI về công tác dân vận.",
  ];
  it.each(eleventh)("%s", (line) => {
    const [c] = records([line]);
    expect(c.canonical).toContain("03/6/2013");
    expect(c.canonical).not.toContain("2003");
  });

  it("the head keeps the term written after the symbol, so the summary starts after it", () => {
    const [c] = records(["Thực hiện Nghị quyết số 25-NQ/TW (khóa IX) về công tác tôn giáo."]);
    expect(c.text).toBe("Nghị quyết số 25-NQ/TW (khóa IX)");
    expect(c.summary?.text).toBe("về công tác tôn giáo");
  });

  it("a dated mention never adopts the other term's entry, whatever its term says", () => {
    const [c] = records(["Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương"]);
    expect(c.canonical).toContain("12/3/2003");
    expect(c.canonical).toContain("công tác tôn giáo");
  });

  it("a term of a local committee (`Thị ủy … (khóa XXI)`) says nothing of a Central number", () => {
    const [c] = records(["Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Hội nghị Thị ủy lần thứ 11 (khóa XXI)"]);
    expect(c.symbol).toBe("04-NQ/TU");
    expect(c.issuer).toContain("khóa XXI");
  });
});

describe("one report citing the same number of two terms", () => {
  const report = [
    "Sơ kết Chỉ thị số 18-CT/TW ngày 10/01/2018 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo.",
    "Tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường công tác dân vận.",
    "Quán triệt Nghị quyết số 25-NQ/TW (khóa IX).",
    "Tổng kết 10 năm Nghị quyết số 25-NQ/TW (khóa XI).",
  ];

  it("two documents, each mention linked to the one of its term", () => {
    const found = records(report).filter((c) => c.symbol === "25-NQ/TW");
    const [ix, xi, ixAgain, xiAgain] = found.map((c) => c.document);
    expect(ix).not.toBe(xi);
    expect(ixAgain).toBe(ix);
    expect(xiAgain).toBe(xi);
  });

  it("no finding says their dates or issuers disagree", () => {
    const result = checkDocument(snapshotFromLines(report), { profile: "party-2018" });
    expect(result.findings.filter((f) => f.ruleId === "citation/inconsistent-mention" || f.ruleId === "citation/registry-conflict")).toEqual([]);
    // The khóa IX mention may be completed with its own date, never the 2013 one.
    const first = result.findings.find((f) => f.ruleId === "citation/first-mention-incomplete" && f.text.includes("khóa IX"));
    expect(first?.message.vi).toContain("12/3/2003");
    expect(first?.message.vi).not.toContain("2013");
  });

  it("an undated mention with no term, after both, is ambiguous: no date adopted", () => {
    const found = records([...report.slice(0, 2), "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương."]);
    expect(found[found.length - 1].canonical).toBeNull();
  });
});

describe("different dates for one document are reported, never adopted", () => {
  const conflicts = (lines: string[], registry = CitationRegistry.withBundled()) =>
    checkDocument(snapshotFromLines(lines, "report.txt"), { profile: "party-2018", resources: { registry } }).findings.filter(
      (f) => f.ruleId === "citation/inconsistent-mention" || f.ruleId === "citation/registry-conflict",
    );

  it("two mentions of one term giving two dates: one finding naming both", () => {
    const found = conflicts(["Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương.", "Nghị quyết số 26-NQ/TW ngày 19/6/2018 của Ban Chấp hành Trung ương."]);
    expect(found).toHaveLength(1);
    expect(found[0].message.vi).toContain("19/5/2018");
  });

  it("the text against the registry, within the term", () => {
    const [finding] = conflicts(["Nghị quyết số 25-NQ/TW ngày 03/7/2013 của Ban Chấp hành Trung ương."]);
    expect(finding.ruleId).toBe("citation/registry-conflict");
    expect(finding.message.vi).toContain("3/6/2013");
  });

  it("two registry sources of one term giving two dates for an undated khóa IX mention", () => {
    const registry = CitationRegistry.withBundled();
    registry.add({ symbol: "25-NQ/TW", type: "Nghị quyết", date: "2003-03-21", issuer: null, summary: null, term: "IX", source: { kind: "imported", label: "so-theo-doi.json" } });
    const found = conflicts(["Quán triệt Nghị quyết số 25-NQ/TW (khóa IX) về công tác tôn giáo."], registry);
    expect(found).toHaveLength(1);
    expect(found[0].message.vi).toContain("12/3/2003");
    expect(found[0].message.vi).toContain("21/3/2003");
    const [c] = checkDocument(snapshotFromLines(["Quán triệt Nghị quyết số 25-NQ/TW (khóa IX) về công tác tôn giáo."]), { profile: "party-2018", resources: { registry } }).citations;
    expect(c.canonical).toBeNull();
  });

  it("a 2003 citation is never compared with the 2013 entry", () => {
    expect(conflicts(["Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo."])).toEqual([]);
  });
});

describe("an undated, unqualified number two terms used, cited after both", () => {
  it("is linked to neither and the editor is asked for the date or term", () => {
    const lines = [
      "Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo.",
      "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về công tác dân vận.",
      "Tổng kết Nghị quyết số 25-NQ/TW.",
    ];
    const result = checkDocument(snapshotFromLines(lines), { profile: "party-2018" });
    const last = result.citations[result.citations.length - 1];
    expect(last.document).toBeNull();
    expect(last.ambiguousWith).toHaveLength(2);
    const finding = result.findings.find((f) => f.ruleId === "citation/first-mention-incomplete" && f.paragraph === 2);
    expect(finding?.message.vi).toContain("khóa");
    expect(finding?.related).toHaveLength(2);
  });
});

describe("a first mention without a date takes none when the sources disagree", () => {
  const firstFinding = (lines: string[]) =>
    checkDocument(snapshotFromLines(lines), { profile: "party-2018" }).findings.find((f) => f.ruleId === "citation/first-mention-incomplete" && f.paragraph === 0);

  it("two later mentions giving two dates", () => {
    const finding = firstFinding([
      "Triển khai Quy định số 01-QĐ/TU của Ban Thường vụ Thành ủy.",
      "Sơ kết Quy định số 01-QĐ/TU ngày 08/5/2017 của Ban Thường vụ Thành ủy về công tác cán bộ.",
      "Tổng kết Quy định số 01-QĐ/TU ngày 08/4/2017 của Ban Thường vụ Thành ủy.",
    ]);
    expect(finding?.message.vi).not.toMatch(/Đã biết: ngày/u);
    expect(finding?.suggestions ?? []).toEqual([]);
  });

  it("a later mention and the registry giving two dates", () => {
    const finding = firstFinding(["Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị.", "Sơ kết Nghị quyết số 35-NQ/TW ngày 25/10/2018 của Bộ Chính trị."]);
    expect(finding?.message.vi).not.toMatch(/Đã biết: ngày/u);
    expect((finding?.suggestions ?? []).map((s) => s.label.vi).join()).not.toMatch(/2018/u);
  });

  it("one date from every source is adopted, with its source", () => {
    const finding = firstFinding(["Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị.", "Sơ kết Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị."]);
    expect(finding?.message.vi).toContain("22/10/2018");
  });
});
