import type { Edit } from "../../core/types";
import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";

const LOOKALIKE: Record<string, string> = { "\u00D0": "Đ", "\u00F0": "đ" };

/**
 * Decomposed tone marks (NFD) and Ð/ð look-alikes of Đ/đ: they break search and sorting.
 * One finding per paragraph and kind, fixing every word of it in one click.
 */
export const consistencyUnicode = defineRule<Record<string, never>>({
  id: "consistency/unicode",
  category: "consistency",
  description: {
    vi: "Chữ có dấu ở dạng tổ hợp (NFD) hoặc chữ Ð (eth) giả chữ Đ: nhìn giống nhưng tìm kiếm, sắp xếp sai.",
    en: "Decomposed (NFD) accents or the Ð (eth) look-alike of Đ: they look right but break search and sorting.",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    lookalikeEth: {
      vi: "“{firstText}” dùng chữ Ð (eth) thay cho Đ{countVi}.",
      en: "“{firstText}” uses Ð (eth) instead of Đ{countEn}.",
    },
    decomposed: {
      vi: "Đoạn có {foundDecomposed} từ gõ dấu ở dạng tổ hợp (NFD), bắt đầu từ “{firstText}”.",
      en: "{foundDecomposed} word(s) in the paragraph use decomposed accents (NFD), starting with “{firstText}”.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    // The same decomposed words recur through a report: fix each spelling once.
    const fixes = new Map<string, string>();
    const fixOf = (word: string): string => {
      let fixed = fixes.get(word);
      if (fixed === undefined) fixes.set(word, (fixed = word.normalize("NFC").replace(/[\u00D0\u00F0]/g, (c) => LOOKALIKE[c])));
      return fixed;
    };
    for (const [k, p] of ctx.snapshot.paragraphs.entries()) {
      // Every word of an NFC paragraph without look-alikes is already right.
      if (ctx.text[k]?.plain) continue;
      const found = { lookalike: [] as Edit[], decomposed: [] as Edit[] };
      for (const m of p.text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const word = m[0];
        const fixed = fixOf(word);
        if (fixed === word) continue;
        const start = m.index ?? 0;
        const edit = ctx.fix.replaceOriginal(p.index, start, start + word.length, fixed);
        (/[\u00D0\u00F0]/.test(word) ? found.lookalike : found.decomposed).push(edit);
      }
      if (found.lookalike.length > 0) {
        const first = found.lookalike[0];
        reports.push({
          paragraph: p.index,
          start: first.start,
          end: first.end,
          messageId: "lookalikeEth", data: { firstText: first.text, countVi: found.lookalike.length > 1 ? ` (${found.lookalike.length} từ trong đoạn)` : "", countEn: found.lookalike.length > 1 ? ` (${found.lookalike.length} words in the paragraph)` : "" },
          suggestions: [{ label: { vi: "Thay Ð bằng Đ", en: "Replace Ð with Đ" }, edits: found.lookalike }],
        });
      }
      if (found.decomposed.length > 0) {
        const first = found.decomposed[0];
        reports.push({
          paragraph: p.index,
          start: first.start,
          end: first.end,
          messageId: "decomposed", data: { foundDecomposed: found.decomposed.length, firstText: first.text },
          suggestions: [{ label: { vi: "Chuẩn hóa dấu (NFC) cả đoạn", en: "Normalise the accents (NFC) in the paragraph" }, edits: found.decomposed }],
        });
      }
    }
    return reports;
  },
});
