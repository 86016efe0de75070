import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import abbreviations from "../../../data/structure/abbreviations.json";
import { lineAt } from "../blocks";
import { textParagraphs } from "../scan";
import { isAllCaps, nextCapitalPair } from "../vietnamese";
import { romanValue } from "../markers";
import { asOneFinding } from "../grouping";

/** Sticky: tried only where nextCapitalPair finds two capitals, since the property classes are slow to scan with. */
const TOKEN = /(?<![\p{L}\p{N}/-])(\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{N}/]|-\p{L}|-\p{N})/uy;

/** A word in capitals rather than an abbreviation: it carries tone or vowel marks (KẾT, QUẢ). */
function isCapsWord(token: string): boolean {
  return /[\u0300-\u036f]/u.test(token.replace(/Đ/gu, "D").normalize("NFD"));
}

const CAPS_AFTER = /\s+(\p{Lu}{2,})(?![\p{Ll}])/uy;
const SPACE = /\s/u;
const CAPITAL = /\p{Lu}/u;

/**
 * The run of two or more capitals that ends just before the spaces ending at `at` ("KẾT" in
 * "KẾT QUẢ"), or null. Walks back from `at`: an end-anchored regex on the text before it would
 * read the whole line for every token.
 */
function capsBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1])) end -= 1;
  if (end === at) return null;
  let start = end;
  let letters = 0;
  while (start > 0) {
    const width = start >= 2 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!CAPITAL.test(text.slice(start - width, start))) break;
    start -= width;
    letters += 1;
  }
  return letters >= 2 ? text.slice(start, end) : null;
}

/** Part of a run of capitalised words (a heading typed in capitals inside a line). */
function inCapsRun(text: string, at: number, length: number, capsWord: (token: string) => boolean): boolean {
  const before = capsBefore(text, at);
  CAPS_AFTER.lastIndex = at + length;
  const after = CAPS_AFTER.exec(text);
  return (before !== null && capsWord(before)) || (after !== null && capsWord(after[1]));
}

/** Abbreviations used without the full phrase and the abbreviation in brackets at first use. */
export const consistencyAbbreviation = defineRule<{ allow: string[] }>({
  id: "consistency/abbreviation",
  category: "consistency",
  description: {
    vi: "Chữ viết tắt chưa được giải thích: lần đầu cần viết đầy đủ, kèm chữ viết tắt trong ngoặc đơn (trừ chữ viết tắt thông dụng trong danh mục).",
    en: "Abbreviation used without definition: write the full phrase with the abbreviation in brackets at first use (common ones are allowed).",
  },
  severity: "info",
  options: {
    schema: { type: "object", properties: { allow: { type: "array", items: { type: "string" } } }, additionalProperties: false },
    defaults: { allow: [] },
  },
  messages: {
    abbreviationUsedBefore: {
      vi: "Chữ viết tắt “{token}” dùng lần đầu mà chưa viết đầy đủ kèm “({token})”.",
      en: "Abbreviation “{token}” is used before being spelled out with “({token})”.",
    },
    abbreviationsUsedBefore: {
      vi: "{count} chữ viết tắt dùng lần đầu mà chưa viết đầy đủ kèm chữ viết tắt trong ngoặc: {tokens}.",
      en: "{count} abbreviations are used before being spelled out with the abbreviation in brackets: {tokens}.",
    },
  },
  check(ctx, options) {
    const allowed = new Set([...abbreviations.common, ...(ctx.profile.system === "party" ? abbreviations.party : abbreviations.state), ...options.allow]);
    // Many paragraphs have no two capitals in a row: a cheap test skips them before anything else.
    const paragraphs = textParagraphs(ctx).filter((i) => nextCapitalPair(ctx.text[i].normalized) >= 0 && !isAllCaps(lineAt(ctx, i).content));
    const first = new Map<string, { paragraph: number; start: number; end: number }>();
    const defined = new Set<string>();
    /** Whether a token is a word in capitals (KẾT, QUẢ), remembered: the same words recur all along. */
    const capsWords = new Map<string, boolean>();
    const capsWord = (token: string): boolean => {
      let known = capsWords.get(token);
      if (known === undefined) capsWords.set(token, (known = isCapsWord(token)));
      return known;
    };
    for (const paragraph of paragraphs) {
      const text = ctx.text[paragraph].normalized;
      for (let at = nextCapitalPair(text); at >= 0; ) {
        TOKEN.lastIndex = at;
        const match = TOKEN.exec(text);
        if (!match) {
          at = nextCapitalPair(text, at + 1);
          continue;
        }
        at = nextCapitalPair(text, match.index + match[0].length);
        const token = match[1];
        if (allowed.has(token) || defined.has(token) || first.has(token) || romanValue(token) !== null) continue;
        if (capsWord(token) || inCapsRun(text, match.index, token.length, capsWord)) continue;
        if (text[match.index - 1] === "(" && text[match.index + token.length] === ")") defined.add(token);
        else first.set(token, { ...ctx.fix.span(paragraph, match.index, match.index + match[0].length) });
      }
    }
    const reports: Report[] = [];
    for (const [token, at] of first) {
      reports.push({
        paragraph: at.paragraph,
        start: at.start,
        end: at.end,
        messageId: "abbreviationUsedBefore", data: { token },
      });
    }
    return asOneFinding(ctx, reports, "abbreviationsUsedBefore").map((r) => (r.messageId === "abbreviationsUsedBefore" ? { ...r, data: { ...r.data, tokens: [...first.keys()].join(", ") } } : r));
  },
});
