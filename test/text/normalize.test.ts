import { describe, expect, it } from "vitest";
import { nextUnstable, normalizeParagraph, paragraphMemo, toNfc } from "../../src/text/normalize";

/** Every offset nextUnstable stops at, in order. */
function unstableOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = nextUnstable(text, 0); at >= 0; at = nextUnstable(text, at + 1)) offsets.push(at);
  return offsets;
}

describe("normalizeParagraph", () => {
  it("leaves NFC text alone with an identity map", () => {
    const t = normalizeParagraph("Thành ủy Đông Hà");
    expect(t.normalized).toBe("Thành ủy Đông Hà");
    expect(t.span(6, 8)).toEqual([6, 8]);
  });

  it("composes NFD tone marks and maps matches back to original offsets", () => {
    const original = "Ban Thường vụ Thành ủy".normalize("NFD");
    const t = normalizeParagraph(original);
    expect(t.normalized).toBe("Ban Thường vụ Thành ủy");
    const at = t.normalized.indexOf("Thành ủy");
    const [start, end] = t.span(at, at + "Thành ủy".length);
    expect(original.slice(start, end).normalize("NFC")).toBe("Thành ủy");
    expect(end).toBe(original.length);
  });

  it("folds the Ð look-alike to Đ and NBSP to a space without moving offsets", () => {
    const original = "ÐẢNG\u00A0BỘ";
    const t = normalizeParagraph(original);
    expect(t.normalized).toBe("ĐẢNG BỘ");
    expect(t.span(0, 4)).toEqual([0, 4]);
  });

  it("drops zero-width characters and still maps the following text", () => {
    const original = "Nghị\u200B quyết";
    const t = normalizeParagraph(original);
    expect(t.normalized).toBe("Nghị quyết");
    const at = t.normalized.indexOf("quyết");
    expect(original.slice(...t.span(at, at + 5))).toBe("quyết");
  });

  it("tells where the first character normalisation may change is, plain or not", () => {
    for (const original of ["Thành ủy Đông Hà", "", "Ban Thường vụ".normalize("NFD"), "ÐẢNG\u00A0BỘ", "Nghị\u200B quyết", "Ω và \u212b"]) {
      expect(normalizeParagraph(original).firstUnstable).toBe(nextUnstable(original, 0));
    }
  });

  it("maps an empty range at the end of the text", () => {
    const t = normalizeParagraph("ủy".normalize("NFD"));
    expect(t.span(t.normalized.length, t.normalized.length)).toEqual([t.original.length, t.original.length]);
  });
});

describe("nextUnstable", () => {
  it("finds combining marks, look-alikes and odd spaces, not precomposed Vietnamese", () => {
    const text = "Thành ủy Ðông\u00a0Ha\u0300";
    expect(unstableOffsets(text)).toEqual([9, 13, 16]);
  });

  it("leaves out only text that NFC and the look-alike folding keep as it is", () => {
    const pieces = ["a", "o", "ư", "ộ", "Đ", "Ð", "ð", "\u0301", "\u0323", "\u00a0", "\u212a", "\u2126", "\u1100", "\u1161", "\u{1d400}", "—", "“", " ", "1", ","];
    let seed = 3;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: 1 + random(6) }, () => pieces[random(pieces.length)]).join("");
      if (unstableOffsets(text).length === 0) expect(normalizeParagraph(text).normalized).toBe(text);
    }
  });
});

/** The characters nextUnstable passes over, which toNfc leaves to themselves. */
const stable = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => nextUnstable(c, 0) < 0);

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

describe("paragraph memos", () => {
  const counting = (readOncePerCheck: boolean) => {
    const computed: string[] = [];
    const memo = paragraphMemo((t) => (computed.push(t.normalized), { length: t.normalized.length }), { readOncePerCheck });
    return { memo, computed };
  };

  it("computes a memo once per paragraph and hands out the same value", () => {
    const { memo, computed } = counting(false);
    const plain = normalizeParagraph("Báo cáo số 12");
    const mapped = normalizeParagraph("Báo cáo".normalize("NFD"));
    expect(plain.memo(memo)).toBe(plain.memo(memo));
    expect(mapped.memo(memo)).toBe(mapped.memo(memo));
    expect(computed).toEqual(["Báo cáo số 12", "Báo cáo"]);
  });

  it("keeps a read-once memo only on a paragraph held for the next check", () => {
    const { memo, computed } = counting(true);
    const once = normalizeParagraph("Nghị quyết số 35-NQ/TW");
    expect(once.memo(memo)).toEqual({ length: 22 });
    expect(once.memo(memo)).not.toBe(once.memo(memo));
    expect(computed).toHaveLength(3);

    const held = normalizeParagraph("Nghị quyết số 35-NQ/TW".normalize("NFD"));
    held.keepForNextCheck();
    expect(held.memo(memo)).toBe(held.memo(memo));
    expect(computed).toHaveLength(4);
  });
});
