import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/citations/tokenizer";

const texts = (text: string, from?: number, to?: number) => tokenize(text, from, to).map((t) => `${t.kind}:${t.text}${t.spaceBefore ? "" : "^"}`);

describe("tokenize", () => {
  it("words, numbers and single punctuation marks, with the spaces between them", () => {
    expect(texts("Số 05-CT/TW, ngày")).toEqual(["word:Số", "number:05", "punct:-^", "word:CT^", "punct:/^", "word:TW^", "punct:,^", "word:ngày"]);
  });

  it("a word may go on with digits, and combining marks stay in it", () => {
    expect(texts("TW4 Nghi\u0323 quyê\u0301t")).toEqual(["word:TW4", "word:Nghi\u0323", "word:quyê\u0301t"]);
  });

  it("no-break and ideographic spaces separate tokens; curly quotes are punctuation", () => {
    expect(texts("của\u00A0Bộ\u3000Chính “Về")).toEqual(["word:của", "word:Bộ", "word:Chính", "punct:“", "word:Về^"]);
  });

  it("letters outside the Basic Multilingual Plane are one word, other symbols one token each", () => {
    expect(texts("𝐀𝐁 😀😀")).toEqual(["word:𝐀𝐁", "punct:😀", "punct:😀^"]);
  });

  it("splits glued words, and a capital without a small form still counts as a capital", () => {
    expect(texts("vàChỉ thị")).toEqual(["word:và", "word:Chỉ^", "word:thị"]);
    expect(texts("vàℂ")).toEqual(["word:và", "word:ℂ^"]);
    expect(texts("QĐi")).toEqual(["word:QĐi"]);
  });

  it("reads only the given range, keeping paragraph offsets", () => {
    const text = "Mở đầu. Chỉ thị 05";
    const tokens = tokenize(text, 7, text.length);
    expect(tokens.map((t) => [t.text, t.start, t.spaceBefore])).toEqual([["Chỉ", 8, true], ["thị", 12, true], ["05", 16, true]]);
  });
});
