import type { Edit, RelatedLocation } from "../../core/types";
import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { nextUnstable, paragraphMemo } from "../../text/normalize";
import { remembered } from "../../core/remembered";

const LOOKALIKE: Record<string, string> = { "\u00D0": "Đ", "\u00F0": "đ" };

/** A word of a paragraph that its fix changes: original offsets, the fixed spelling, and whether a look-alike Ð is the cause. */
interface WordFix {
  start: number;
  end: number;
  fixed: string;
  lookalike: boolean;
}

const HAS_LOOKALIKE = /[\u00D0\u00F0]/;
const LOOKALIKES = /[\u00D0\u00F0]/g;
const WORD_CHAR_AT = /[\p{L}\p{M}]/uy;
const WORD_AT = /[\p{L}\p{M}]+/uy;

/**
 * The words of a paragraph that need fixing, kept with the paragraph: a re-check reuses them for
 * every unchanged paragraph. Only a word holding a character outside the stable ranges can
 * change, so the words are found from those characters rather than by reading every word.
 */
const WORD_FIXES = paragraphMemo((t): readonly WordFix[] => {
  let found: WordFix[] | undefined;
  const text = t.original;
  for (let offset = t.firstUnstable; offset >= 0; offset = nextUnstable(text, offset + 1)) {
    const start = wordStartAt(text, offset);
    if (start === null) continue;
    WORD_AT.lastIndex = start;
    const word = WORD_AT.exec(text)![0];
    const wordEnd = start + word.length;
    // The word's other unstable characters are settled with it.
    offset = wordEnd - 1;
    const { fixed, lookalike } = fixOf(word);
    if (fixed === word) continue;
    (found ??= []).push({ start, end: wordEnd, fixed, lookalike });
  }
  // Most paragraphs have nothing to fix: they share one empty list instead of keeping one each.
  return found ?? NO_WORD_FIXES;
});
const NO_WORD_FIXES: readonly WordFix[] = Object.freeze([]);

/**
 * A word's fixed spelling, remembered: a decomposed paragraph is made of the same few hundred
 * syllables, each otherwise normalised again at every occurrence. Bounded, so that odd input
 * cannot grow the table without limit.
 */
function fixOf(word: string): { fixed: string; lookalike: boolean } {
  return remembered(FIXES, word, fixWord, FIXES_MAX);
}

function fixWord(word: string): { fixed: string; lookalike: boolean } {
  // NFC neither makes nor removes Ð/ð: the word holds one exactly when its NFC form does.
  const lookalike = HAS_LOOKALIKE.test(word);
  const nfc = word.normalize("NFC");
  return { fixed: lookalike ? nfc.replace(LOOKALIKES, (c) => LOOKALIKE[c]) : nfc, lookalike };
}

const FIXES = new Map<string, { fixed: string; lookalike: boolean }>();
const FIXES_MAX = 4096;

/** Where the word (a maximal run of letters and marks, as /[\p{L}\p{M}]+/u reads it) holding `offset` starts; null outside words. */
function wordStartAt(text: string, offset: number): number | null {
  // A low surrogate belongs to the code point that starts one unit earlier.
  const at = isLowSurrogate(text, offset) && offset > 0 && isHighSurrogate(text, offset - 1) ? offset - 1 : offset;
  if (!isWordCharAt(text, at)) return null;
  let start = at;
  while (start > 0) {
    const before = isLowSurrogate(text, start - 1) && start >= 2 && isHighSurrogate(text, start - 2) ? start - 2 : start - 1;
    if (!isWordCharAt(text, before)) break;
    start = before;
  }
  return start;
}

function isWordCharAt(text: string, at: number): boolean {
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text);
}

const isHighSurrogate = (text: string, at: number): boolean => (text.charCodeAt(at) & 0xfc00) === 0xd800;
const isLowSurrogate = (text: string, at: number): boolean => (text.charCodeAt(at) & 0xfc00) === 0xdc00;

/**
 * Decomposed tone marks (NFD) and Ð/ð look-alikes of Đ/đ: they break search and sorting.
 * One finding per kind for the document, fixing every word in one click.
 */
export const consistencyUnicode = defineRule<Record<string, never>>({
  id: "consistency/unicode",
  category: "consistency",
  description: {
    vi: "Dấu gõ tách rời khỏi chữ (Unicode tổ hợp) hoặc chữ Ð (eth) giả chữ Đ: nhìn giống nhưng tìm kiếm, sắp xếp sai.",
    en: "Accents typed apart from their letters (decomposed) or the Ð (eth) look-alike of Đ: they look right but break search and sorting.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    lookalikeEth: {
      vi: "{count} từ dùng chữ Ð (eth) thay cho Đ, bắt đầu từ “{firstText}”.",
      en: "{count} word(s) use Ð (eth) instead of Đ, starting with “{firstText}”.",
    },
    decomposed: {
      vi: "{count} từ có dấu gõ tách rời khỏi chữ (Unicode tổ hợp), bắt đầu từ “{firstText}”: nhìn đúng nhưng tìm kiếm, sắp xếp sai.",
      en: "{count} word(s) have accents typed apart from their letters, starting with “{firstText}”: they look right but break search and sorting.",
    },
  },
  check(ctx) {
    const found = { lookalike: [] as Edit[], decomposed: [] as Edit[] };
    const paragraphs = ctx.snapshot.paragraphs;
    for (let k = 0; k < paragraphs.length; k += 1) {
      // Every word of an NFC paragraph without look-alikes is already right.
      if (ctx.text[k]?.plain) continue;
      for (const word of ctx.text[k].memo(WORD_FIXES)) {
        const edit = ctx.fix.replaceOriginal(paragraphs[k].index, word.start, word.end, word.fixed);
        (word.lookalike ? found.lookalike : found.decomposed).push(edit);
      }
    }
    // One finding per kind for the whole document: the writer's keyboard setting, not each word, is the defect.
    const kinds = [
      { edits: found.lookalike, messageId: "lookalikeEth", label: { vi: "Thay Ð bằng Đ trong toàn văn bản", en: "Replace Ð with Đ everywhere" } },
      { edits: found.decomposed, messageId: "decomposed", label: { vi: "Gắn dấu liền vào chữ (Unicode dựng sẵn) trong toàn văn bản", en: "Join the accents to their letters everywhere" } },
    ] as const;
    return kinds
      .filter((kind) => kind.edits.length > 0)
      .map(({ edits, messageId, label }): Report => {
        const first = edits[0];
        return {
          paragraph: first.paragraph,
          start: first.start,
          end: first.end,
          messageId,
          data: { count: edits.length, firstText: first.text },
          related: placesOf(edits),
          suggestions: [{ label, edits }],
        };
      });
  },
});

/** The first word of each paragraph concerned: enough to find them all without listing every word. */
function placesOf(edits: readonly Edit[]): RelatedLocation[] {
  const places: RelatedLocation[] = [];
  for (const e of edits) {
    if (places.length > 0 && places[places.length - 1].paragraph === e.paragraph) continue;
    places.push({ paragraph: e.paragraph, start: e.start, end: e.end, note: { vi: `“${e.expected}”`, en: `“${e.expected}”` } });
  }
  return places;
}
