import { describe, expect, it } from "vitest";
import { ParagraphTextCache } from "../../src/engine/paragraphCache";
import { paragraphMemo } from "../../src/text/normalize";
import type { Paragraph } from "../../src/document/snapshot";

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ index, text }));

describe("ParagraphTextCache", () => {
  it("hands the next check the same texts, whose read-once memos are kept for it", () => {
    let computed = 0;
    const detection = paragraphMemo((t) => ({ words: t.normalized.split(" ").length, run: ++computed }), { readOncePerCheck: true });
    const cache = new ParagraphTextCache();
    const [first] = cache.normalize(paragraphs("Kế hoạch số 05-KH/TU", "Báo cáo"));
    const value = first.memo(detection);
    const [again, added] = cache.normalize(paragraphs("Kế hoạch số 05-KH/TU", "Thông báo mới"));
    expect(again).toBe(first);
    expect(again.memo(detection)).toBe(value);
    expect(added.memo(detection)).toBe(added.memo(detection));
    expect(computed).toBe(2);
  });

  it("drops the texts no longer in the document", () => {
    const cache = new ParagraphTextCache();
    const [old] = cache.normalize(paragraphs("Đoạn cũ"));
    cache.normalize(paragraphs("Đoạn mới"));
    const [back] = cache.normalize(paragraphs("Đoạn cũ"));
    expect(back).not.toBe(old);
  });
});
