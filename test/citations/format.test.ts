import { describe, expect, it } from "vitest";
import { formatCitation, type CitationStyle } from "../../src/citations/format";
import { detectCitations } from "../../src/citations/detect";
import { canonicalIssuer } from "../../src/citations/issuer";

const PARTY: CitationStyle = { system: "party", comma: true, padMonths: [1, 2] };
const STATE: CitationStyle = { system: "state", comma: false, padMonths: [1, 2] };

describe("canonical citation", () => {
  it("Party house style", () => {
    expect(formatCitation({ type: "Nghị quyết", symbol: "35-NQ/TW", date: "2018-10-22", issuer: "Bộ Chính trị", summary: "về …" }, PARTY)).toBe(
      "Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị về …",
    );
  });

  it("State style pads January and writes no comma", () => {
    expect(formatCitation({ type: "Quyết định", symbol: "68/QĐ-UBND", date: "2021-01-12", issuer: "Ủy ban nhân dân thị xã Quảng Trị" }, STATE)).toBe(
      "Quyết định số 68/QĐ-UBND ngày 12/01/2021 của Ủy ban nhân dân thị xã Quảng Trị",
    );
  });

  it("pads the day, not the month after February", () => {
    expect(formatCitation({ type: "Quy chế", symbol: "06-QC/TU", date: "2019-07-05", issuer: "Ban Thường vụ Thành ủy" }, PARTY)).toBe("Quy chế số 06-QC/TU, ngày 05/7/2019 của Ban Thường vụ Thành ủy");
  });

  it.each([
    ["Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị", PARTY],
    ["Quyết định số 68/QĐ-UBND ngày 12/01/2021 của Ủy ban nhân dân thị xã Quảng Trị", STATE],
  ] as const)("formatting a canonical citation returns it unchanged: %s", (text, style) => {
    const [c] = detectCitations(text, 0);
    const again = formatCitation({ type: c.type!.word, symbol: c.symbol!.normalized, date: c.date!.iso, issuer: canonicalIssuer(c.issuer!.text) }, style);
    expect(again).toBe(text);
  });

  it("same input, same output", () => {
    const facts = { type: "Chỉ thị", symbol: "05-CT/TW", date: "2016-05-15", issuer: "Bộ Chính trị" };
    expect(formatCitation(facts, PARTY)).toBe(formatCitation({ ...facts }, PARTY));
  });
});
