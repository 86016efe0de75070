import { describe, expect, it } from "vitest";
import { detectCitations } from "../../src/citations/detect";
import { analyzeCitations } from "../../src/citations/analysis";
import { CitationRegistry } from "../../src/citations/registry";
import { normalizeParagraph } from "../../src/text/normalize";
import { PROFILES } from "../../src/profile/profile";

const one = (text: string) => {
  const found = detectCitations(text, 0);
  expect(found).toHaveLength(1);
  return found[0];
};
const slice = (text: string, c: { start: number; end: number }) => text.slice(c.start, c.end);

describe("symbol grammars", () => {
  it.each([
    ["Nghị quyết số 35-NQ/TW của Bộ Chính trị", "35-NQ/TW", "party", "TW"],
    ["Quy chế số 05-QC/BTCTU-BNCTU ngày 02/3/2020", "05-QC/BTCTU-BNCTU", "party", "BTCTU-BNCTU"],
    ["Quyết định số 68/QĐ-UBND ngày 12/01/2021", "68/QĐ-UBND", "state", "UBND"],
    ["Công văn số 12/UBND-VX ngày 05/3/2021", "12/UBND-VX", "state", "UBND-VX"],
    ["Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", "30/2020/NĐ-CP", "legal", "CP"],
    ["Luật số 83/2015/QH13", "83/2015/QH13", "legal", "QH13"],
    ["Nghị quyết số 1210/2016/UBTVQH13", "1210/2016/UBTVQH13", "legal", "UBTVQH13"],
    ["Quy định số 10-QĐi/TU, ngày 10/5/2019", "10-QĐi/TU", "party", "TU"],
  ])("%s", (text, symbol, style, issuerCode) => {
    const c = one(text);
    expect(c.symbol?.normalized).toBe(symbol);
    expect(c.symbol?.style).toBe(style);
    expect(c.symbol?.issuerCode).toBe(issuerCode);
  });

  it("a công văn has no type code", () => {
    expect(one("Công văn số 12/UBND-VX").symbol?.typeCode).toBeNull();
  });

  it("tolerates spaces inside the symbol and normalises them", () => {
    for (const [text, symbol] of [["Kết luận số 05 - KL/TU", "05-KL/TU"], ["Nghị quyết số 25- NQ/TW", "25-NQ/TW"], ["Nghị quyết số 128/NQ - HĐND", "128/NQ-HĐND"]]) {
      expect(one(text).symbol?.normalized).toBe(symbol);
    }
  });

  it("does not take ranges, fractions or dates for symbols", () => {
    expect(detectCitations("nhiệm kỳ 2021 - 2026, đạt 40/43 vụ, tỷ lệ 1/500 Khu đô thị, ngày 19/5/1890", 0)).toEqual([]);
  });

  it("ignores the report's own number line", () => {
    expect(detectCitations("Số 263-BC/ĐU", 0)).toEqual([]);
  });
});

describe("type word, số, date, issuer, summary", () => {
  it.each(["Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Quy định", "Kế hoạch", "Hướng dẫn", "Chương trình", "Chương trình hành động", "Công văn", "Đề án", "Thông báo", "Quy chế"])(
    "type word %s",
    (word) => {
      expect(one(`theo ${word} số 12-KH/TU của Thành ủy`).type?.word).toBe(word);
    },
  );

  it("số is optional", () => {
    const text = "Chỉ thị 05-CT/TW của Bộ Chính trị";
    const c = one(text);
    expect(c.so).toBeNull();
    expect(c.symbol?.normalized).toBe("05-CT/TW");
  });

  it.each([
    ["ngày 22/10/2018", "slash"],
    ["ngày 22-10-2018", "dash"],
    ["ngày 22 tháng 10 năm 2018", "words"],
  ])("date %s", (date, form) => {
    const c = one(`Nghị quyết số 35-NQ/TW ${date} của Bộ Chính trị`);
    expect(c.date?.iso).toBe("2018-10-22");
    expect(c.date?.form).toBe(form);
  });

  it("comma before ngày is recorded", () => {
    expect(one("Nghị quyết số 35-NQ/TW, ngày 22/10/2018").comma).not.toBeNull();
    expect(one("Nghị quyết số 35-NQ/TW ngày 22/10/2018").comma).toBeNull();
  });

  it("issuer phrase stops before the summary and normalises abbreviations", () => {
    const text = "Kế hoạch số 100-KH/TU của BTV Thành ủy về thực hiện";
    const c = one(text);
    expect(slice(text, c.issuer!)).toBe("BTV Thành ủy");
    expect(c.issuer?.canonical).toBe("Ban Thường vụ Thành ủy");
    expect(slice(text, c.summary!)).toBe("về");
  });

  it("quoted summary glued to the issuer", () => {
    const text = "Chỉ thị số 05-CT/TW của Bộ Chính trị“Về đẩy mạnh học tập”";
    const c = one(text);
    expect(c.issuer?.text).toBe("Bộ Chính trị");
    expect(slice(text, c.summary!)).toBe("“");
  });

  it("a citation glued to the previous word", () => {
    const text = "Nghị quyết Trung ương 4 khóa XII vàChỉ thị 05-CT/TW của Bộ Chính trị";
    const numbered = detectCitations(text, 0).filter((c) => c.kind === "numbered");
    expect(numbered.map((c) => slice(text, c))).toEqual(["Chỉ thị 05-CT/TW của Bộ Chính trị"]);
  });
});

describe("lists and nesting", () => {
  it("elided list: Quyết định 217, 218 của Bộ Chính trị", () => {
    const found = detectCitations("thực hiện Quyết định 217, 218 của Bộ Chính trị", 0);
    expect(found.map((c) => c.symbol?.normalized)).toEqual(["217-QĐ/TW", "218-QĐ/TW"]);
    expect(found.every((c) => c.elided && c.issuer?.canonical === "Bộ Chính trị")).toBe(true);
  });

  it("a list continued by a bare number after a full symbol", () => {
    const found = detectCitations("Quyết định số 217-QĐ/TW, 218 của Bộ Chính trị", 0);
    expect(found.map((c) => c.symbol?.normalized)).toEqual(["217-QĐ/TW", "218-QĐ/TW"]);
  });

  it("bare numbers without an issuer are not citations", () => {
    expect(detectCitations("Quyết định 217, 218 năm 2020", 0)).toEqual([]);
  });

  it("a citation nested in another's summary: both are references", () => {
    const text = "Kế hoạch số 82-KH/TU ngày 11/12/2018 của Ban Thường vụ Thành ủy về “Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về …”";
    expect(detectCitations(text, 0).map((c) => c.symbol?.normalized)).toEqual(["82-KH/TU", "35-NQ/TW"]);
  });
});

describe("unnumbered references by name", () => {
  it.each([
    ["Nghị quyết Trung ương 4 khóa XII", "tw:4:XII"],
    ["Nghị quyết TW4 (khóa XII)", "tw:4:XII"],
    ["Nghị quyết TW 4 khóa XII", "tw:4:XII"],
    ["Nghị quyết Trung ương 4, khóa XII", "tw:4:XII"],
    ["Nghị quyết Hội nghị Trung ương 6, khóa XII", "tw:6:XII"],
    ["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "congress:national:XIII"],
    ["Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "congress:national:XIII"],
    ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "congress:province:XVII"],
    ["Luật Ngân sách nhà nước", "law:ngân sách nhà nước"],
  ])("%s", (text, key) => {
    const c = one(text);
    expect(c.kind).toBe("named");
    expect(c.named?.key).toBe(key);
    expect(slice(text, c)).toBe(text);
  });
});

describe("offsets", () => {
  it("matches on NFC text and reports offsets in the decomposed original", () => {
    const original = "Tiếp tục thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị".normalize("NFD");
    const [record] = analyzeCitations([normalizeParagraph(original)], PROFILES["party-2018"], CitationRegistry.withBundled()).records;
    expect(record.text).toBe(original.slice(original.indexOf("Ngh"), original.length));
    expect(record.text.normalize("NFC")).toBe("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị");
  });
});

describe("clauses", () => {
  it("finds citations in every clause, with paragraph offsets", () => {
    const text = "Năm qua, kinh tế tăng trưởng khá. Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị; quán triệt Nghị quyết Trung ương 4 khóa XII!";
    expect(detectCitations(text, 0).map((c) => slice(text, c))).toEqual(["Chỉ thị số 05-CT/TW của Bộ Chính trị", "Nghị quyết Trung ương 4 khóa XII"]);
  });

  it("a dotted date is not a clause end", () => {
    const c = one("Nghị quyết số 35-NQ/TW ngày 22.10.2018 của Bộ Chính trị");
    expect(c.date?.iso).toBe("2018-10-22");
  });

  it("the own number line is recognised only at the paragraph start", () => {
    expect(detectCitations("Số 263-BC/ĐU", 0)).toEqual([]);
    expect(detectCitations("Xem lại. Số 263-BC/ĐU", 0).map((c) => c.symbol?.normalized)).toEqual(["263-BC/ĐU"]);
  });

  it("a lower-case type phrase before a bare number still reads the list", () => {
    const found = detectCitations("Trước đó. theo quyết định 217, 218 của Bộ Chính trị", 0);
    expect(found.map((c) => c.symbol?.normalized)).toEqual(["217-QĐ/TW", "218-QĐ/TW"]);
  });
});

