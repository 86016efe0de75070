import { describe, expect, it } from "vitest";
import { isNfcStable, toNfc } from "../../src/text/nfc";

const stable = Array.from({ length: 0x10000 }, (_, code) => code).filter(isNfcStable).map((code) => String.fromCharCode(code));

describe("toNfc", () => {
  it("the stable characters are unchanged by NFC alone and in every pair", () => {
    expect(stable.length).toBeGreaterThan(900);
    const changed: string[] = [];
    for (const a of stable) {
      if (a.normalize("NFC") !== a) changed.push(a);
      for (const b of stable) if ((a + b).normalize("NFC") !== a + b) changed.push(a + b);
    }
    expect(changed.map((s) => [...s].map((c) => c.codePointAt(0)?.toString(16)).join("+"))).toEqual([]);
  });

  it("normalises decomposed Vietnamese, compatibility spaces and anything beyond the stable ranges", () => {
    expect(toNfc("Vie\u0323\u0302t Nam")).toBe("Việt Nam");
    expect(toNfc("a\u2000b")).toBe("a\u2002b");
    expect(toNfc("\u212Bngstr\u00F6m")).toBe("\u00C5ngstr\u00F6m");
    expect(toNfc("Báo cáo số 12-BC/TU – 17,5 ₫ “trích”")).toBe("Báo cáo số 12-BC/TU – 17,5 ₫ “trích”");
  });

  it("agrees with String.prototype.normalize on mixed text", () => {
    const pieces = ["Chỉ tiêu", "o\u0302\u0301", "\u1EA0", "\u0041\u030A", "\u2126", "–", "\uFB01", "đ", "\u00A0", "A\u0308\u0304"];
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from({ length: 6 }, (_, k) => pieces[(i * 7 + k * 3 + (i >> k)) % pieces.length]).join("");
      expect(toNfc(text)).toBe(text.normalize("NFC"));
    }
  });
});
