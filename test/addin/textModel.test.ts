import { describe, expect, it } from "vitest";
import { fromWordText, toWordOffset, toWordText, escapeSearch } from "../../addin/word/textModel";
import { planReplace, probeFor } from "../../addin/word/locate";

describe("Word text ↔ engine text", () => {
  it("removes note marks and placeholders with their offsets, shows a non-breaking hyphen as '-', and puts everything back", () => {
    const word = "Chỉ thị 45-CT/TW\u0002 ngày\u001f nay\tvà\u00a0kinh\u001ete\u000bsau\u000c";
    const { text, marks } = fromWordText(word);
    expect(text).toBe("Chỉ thị 45-CT/TW ngày nay\tvà\u00a0kinh-te\u000bsau\u000b");
    expect(marks).toEqual([
      { offset: 16, char: "\u0002" },
      { offset: 21, char: "\u001f" },
      { offset: 33, char: "\u001e", shownAs: "-" },
      { offset: 40, char: "\u000c", shownAs: "\u000b" },
    ]);
    expect(toWordText({ text, inlineMarks: marks })).toBe(word);
  });

  it("maps engine offsets to Word offsets on either side of a mark", () => {
    const { marks } = fromWordText("ab\u0002cd");
    expect(toWordOffset(marks, 2, "before")).toBe(2);
    expect(toWordOffset(marks, 2, "after")).toBe(3);
    expect(toWordOffset(marks, 4, "before")).toBe(5);
  });

  it("spells Word's special characters as search codes", () => {
    expect(escapeSearch("x^2\tnợ\u00a0vay\u001e")).toBe("x^^2^tnợ^svay^~");
  });
});

describe("where an action lands", () => {
  it("grows a window until unique, never across a mark or line break, never over 255 escaped characters", () => {
    const text = "một hai một ba\u0002một hai";
    expect(probeFor(text, { start: 0, end: 3 })).toEqual({ window: { start: 0, end: 8 }, inner: { start: 0, end: 3 } });
    expect(probeFor(text, { start: 15, end: 18 })).toBe("ambiguous");
    expect(probeFor("^".repeat(130), { start: 0, end: 128 })).toBe("too-long");
    expect(planReplace("ab\u0002cd", { start: 1, end: 4 }, "edit")).toBe("crosses-mark");
    expect(planReplace("ab\u0002cd", { start: 1, end: 4 }, "range")).toMatchObject({ kind: "span" });
  });

  it("does not cut a decomposed letter from its tone mark", () => {
    const text = "quyết quyết".normalize("NFD");
    const probe = probeFor(text, { start: 0, end: 1 });
    if (typeof probe === "string") throw new Error(probe);
    expect(/\p{M}/u.test(text[probe.window.end] ?? "")).toBe(false);
  });
});
