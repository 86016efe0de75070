import type { Report, Rule } from "../../lint/types";
import abbreviations from "../../../data/structure/abbreviations.json";
import { lineAt } from "../blocks";
import { scan, textParagraphs } from "../scan";
import { isAllCaps } from "../vietnamese";
import { romanValue } from "../markers";

const TOKEN = /(?<![\p{L}\p{N}/\-])(\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{N}/]|-\p{L}|-\p{N})/gu;

/** A word in capitals rather than an abbreviation: it carries tone or vowel marks (KẾT, QUẢ). */
function isCapsWord(token: string): boolean {
  return /[\u0300-\u036f]/u.test(token.replace(/Đ/gu, "D").normalize("NFD"));
}

/** Part of a run of capitalised words (a heading typed in capitals inside a line). */
function inCapsRun(text: string, at: number, length: number): boolean {
  const before = /(\p{Lu}{2,})\s+$/u.exec(text.slice(0, at));
  const after = /^\s+(\p{Lu}{2,})(?![\p{Ll}])/u.exec(text.slice(at + length));
  return (before !== null && isCapsWord(before[1])) || (after !== null && isCapsWord(after[1]));
}

/** Abbreviations used without the full phrase and the abbreviation in brackets at first use. */
export const consistencyAbbreviation: Rule<{ allow: string[] }> = {
  meta: {
    id: "consistency/abbreviation",
    category: "consistency",
    docs: {
      vi: "Chữ viết tắt chưa được giải thích: lần đầu cần viết đầy đủ, kèm chữ viết tắt trong ngoặc đơn (trừ chữ viết tắt thông dụng trong danh mục).",
      en: "Abbreviation used without definition: write the full phrase with the abbreviation in brackets at first use (common ones are allowed).",
    },
    defaultSeverity: "info",
    defaultOptions: { allow: [] },
  },
  check(ctx, options) {
    const allowed = new Set([...abbreviations.common, ...(ctx.profile.system === "party" ? abbreviations.party : abbreviations.state), ...options.allow]);
    const paragraphs = textParagraphs(ctx).filter((i) => !isAllCaps(lineAt(ctx, i).content));
    const first = new Map<string, { paragraph: number; start: number; end: number }>();
    const defined = new Set<string>();
    for (const hit of scan(ctx, TOKEN, paragraphs)) {
      const token = hit.match[1];
      if (allowed.has(token) || romanValue(token) !== null || defined.has(token) || first.has(token)) continue;
      const text = ctx.text[hit.paragraph].normalized;
      if (isCapsWord(token) || inCapsRun(text, hit.match.index, token.length)) continue;
      if (text[hit.match.index - 1] === "(" && text[hit.match.index + token.length] === ")") defined.add(token);
      else first.set(token, hit);
    }
    const reports: Report[] = [];
    for (const [token, at] of first) {
      reports.push({
        paragraph: at.paragraph,
        start: at.start,
        end: at.end,
        message: {
          vi: `Chữ viết tắt “${token}” dùng lần đầu mà chưa viết đầy đủ kèm “(${token})”.`,
          en: `Abbreviation “${token}” is used before being spelled out with “(${token})”.`,
        },
      });
    }
    return reports;
  },
};
