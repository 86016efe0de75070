import { describe, expect, it } from "vitest";
import { TYPE_PHRASES } from "../../src/citations/codes";
import { tokenize } from "../../src/citations/tokenizer";
import { typePhraseAt } from "../../src/citations/typePhrase";

describe("typePhraseAt", () => {
  it("finds the longest type phrase the tokens spell, as a search of the whole list would", () => {
    const text = "Chương trình hành động số 5, chương trình công tác, Thông tư liên tịch, thông tư, Quyết định, quyết, Luật, luật sư, Kế hoạch";
    const tokens = tokenize(text);
    tokens.forEach((_, k) => {
      const linear = TYPE_PHRASES.find(({ words }) => words.every((w, n) => tokens[k + n]?.lower === w));
      expect(typePhraseAt(tokens, k), tokens[k].text).toBe(linear);
    });
    expect(typePhraseAt(tokens, 0)?.entry.word).toBe("Chương trình hành động");
    expect(typePhraseAt(tokens, tokens.length)).toBeUndefined();
  });
});
