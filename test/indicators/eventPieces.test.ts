import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_PATTERNS, eventPieces } from "../../src/indicators/extract";

/** Every match of `regex` in `text`, as [offset, matched text]. */
function matchesIn(regex: RegExp, text: string, offset = 0): [number, string][] {
  const out: [number, string][] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push([offset + m.index, m[0]]);
  return out;
}

function matchesByPiece(regex: RegExp, text: string): [number, string][] {
  return eventPieces(text).flatMap((piece) => matchesIn(regex, piece.text, piece.from));
}

// Pieces of report sentences around figures, with the marks that end pieces (and the dots that do not).
const WORDS = ["tăng", "giảm", "thêm", "so với cùng kỳ", "năm 2020", "đạt", "bằng", "ước", "chiếm", "tỷ lệ", "kế hoạch", "chỉ tiêu", "trên tổng số", "xếp thứ", "thứ", "hộ", "tỷ đồng", "người", "đảng viên", "TCCS đảng", "hồ sơ trực tuyến", "%", "/", "(", ")", "Tăng", "csdl.moet.gov.vn", "quý", "tháng", "²"];
const NUMBERS = ["1", "12", "1,2", "17.592", "3.5", "2021", "1.234,5", "09", "45/2020/NĐ-CP", "30/6/2021", "42/49", "0"];
const MARKS = [".", ";", "!", "?", ". ", "; ", ".5", ",", ", ", " ", "  ", "\u00a0", "\n"];
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NUMBERS), fc.constantFrom(...MARKS));
const text = fc.array(fc.tuple(piece, fc.constantFrom(" ", "", " ", "  ")), { maxLength: 40 }).map((parts) => parts.map(([p, space]) => p + space).join(""));

describe("event pieces", () => {
  it("every event pattern finds the same matches piece by piece as over the whole text", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { kind, regex } of EVENT_PATTERNS) expect(matchesByPiece(regex, t), kind).toEqual(matchesIn(regex, t));
      }),
      { seed: 17, numRuns: 3000 },
    );
  });

  it("ends pieces at ; ! ? and at a dot not before a digit, and keeps only pieces with a digit", () => {
    const t = "Tăng 17.592 hộ; không có số. Đạt 5,2%! Xong? tại csdl.moet.gov.vn 3 lần";
    expect(eventPieces(t).map((p) => [p.from, p.text, p.hasPercent])).toEqual([
      [0, "Tăng 17.592 hộ", false],
      [28, " Đạt 5,2%", true],
      [t.lastIndexOf("vn"), "vn 3 lần", false],
    ]);
  });
});
