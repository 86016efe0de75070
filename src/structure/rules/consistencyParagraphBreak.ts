import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { parseMarker } from "../markers";

/** A sentence ends with one of these (closing quotes and brackets may follow). */
const SENTENCE_END = /[.;:!?…/]["”’)\]]*$/u;
const SMALL_LETTER_FIRST = /^\p{Ll}/u;
/** Too short to be a sentence broken in two (a label, a caption). */
const MIN_BROKEN = 40;
/** Short repeated lines ("- Nội dung:", "Ví dụ:") are normal; only real paragraphs of one section count as repeats. */
const MIN_REPEATED = 60;

/**
 * A paragraph broken mid-sentence (it ends without punctuation and the next one starts in lower
 * case: Enter pressed inside a sentence, or a PDF paste), and the same paragraph twice.
 */
export const consistencyParagraphBreak = defineRule<Record<string, never>>({
  id: "consistency/paragraph-break",
  category: "consistency",
  description: {
    vi: "Đoạn văn bị ngắt giữa câu (kết thúc không có dấu câu, đoạn sau bắt đầu bằng chữ thường) và đoạn văn lặp lại nguyên văn.",
    en: "A paragraph broken mid-sentence (no end punctuation, the next one starts in lower case), and a paragraph repeated word for word.",
  },
  severity: "warning",
  messages: {
    brokenMidSentence: {
      vi: "Đoạn văn dừng giữa câu: không có dấu câu ở cuối và đoạn sau bắt đầu bằng chữ thường (“{next}…”); nối hai đoạn.",
      en: "The paragraph stops mid-sentence: no end punctuation and the next one starts in lower case (“{next}…”); join them.",
    },
    repeated: {
      vi: "Đoạn văn lặp lại nguyên văn một đoạn phía trên.",
      en: "The paragraph repeats an earlier paragraph word for word.",
    },
  },
  check(ctx) {
    const { layout, entries } = ctx.get(STRUCTURE);
    const headings = new Set(entries.map((e) => e.paragraph));
    const prose = (i: number): string | null => {
      const p = ctx.snapshot.paragraphs[i];
      if (!p || (p.tableNesting ?? 0) > 0 || p.footnoteId !== undefined || headings.has(i)) return null;
      const text = ctx.text[i].normalized.trim();
      return text === "" ? null : text;
    };
    const reports: Report[] = [];
    const seen = new Map<string, number>();
    for (let i = layout.bodyStart; i < layout.bodyEnd; i += 1) {
      // The same task under two headings ("- Cử cán bộ tham gia …" for two units) is not a repeat.
      if (headings.has(i)) seen.clear();
      const text = prose(i);
      if (text === null) continue;
      const next = i + 1 < layout.bodyEnd ? prose(i + 1) : null;
      if (next !== null && text.length >= MIN_BROKEN && !SENTENCE_END.test(text) && SMALL_LETTER_FIRST.test(next) && !parseMarker(ctx.text[i + 1].normalized)) {
        const end = ctx.snapshot.paragraphs[i].text.trimEnd().length;
        reports.push({ paragraph: i, start: Math.max(0, end - 1), end, messageId: "brokenMidSentence", data: { next: next.slice(0, 20) } });
      }
      // Sample blocks with manual line breaks and lines in capitals are layout, not prose.
      if (text.length < MIN_REPEATED || text.includes("\u000b") || text === text.toUpperCase()) continue;
      const first = seen.get(text);
      if (first === undefined) {
        seen.set(text, i);
        continue;
      }
      reports.push({
        paragraph: i,
        start: 0,
        end: ctx.snapshot.paragraphs[i].text.length,
        messageId: "repeated",
        related: [{ paragraph: first, start: 0, end: ctx.snapshot.paragraphs[first].text.length, note: { vi: "Lần đầu ở đây", en: "First here" } }],
      });
    }
    return reports;
  },
});
