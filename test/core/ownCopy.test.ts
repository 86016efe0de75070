import { describe, expect, it } from "vitest";
import { ownCopy } from "../../src/core/ownCopy";

describe("ownCopy", () => {
  it("gives back the same text, short or long, with marks and characters outside the BMP", () => {
    const paragraph = "Tỷ lệ hộ nghèo đa chiều giảm còn 1,2% 𝐍𝐠𝐡ị 𝐪𝐮𝐲ế𝐭 ";
    for (const [from, to] of [[0, 5], [0, 12], [0, 13], [3, 40], [0, paragraph.length], [38, paragraph.length]]) {
      const slice = paragraph.slice(from, to);
      expect(ownCopy(slice)).toBe(slice);
    }
    expect(ownCopy("")).toBe("");
  });
});
