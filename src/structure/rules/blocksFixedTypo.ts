import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import phrasesData from "../../../data/structure/fixed-phrases.json";
import { lineAt, type Line } from "../blocks";
import { STRUCTURE } from "../analysis";
import { baseForm, toOldToneStyle } from "../vietnamese";

const PHRASES = phrasesData.phrases.map((p) => {
  const words = p.split(/[^\p{L}/]+/u).filter(Boolean);
  const wanted = words.join(" ");
  return { text: p, words, wanted, base: baseForm(wanted) };
});

/**
 * Misspelled diacritics in fixed wording (ĐÀNG ỦY, PHẦN THÚ NHẤT, T/M ĐÀNG ỦY): same letters as a
 * fixed phrase, different marks. Tone placement (ỦY/UỶ) is a style choice, not a typo.
 */
export const fixedBlockTypo = defineRule<Record<string, never>>({
  id: "blocks/fixed-typo",
  category: "blocks",
  description: {
    vi: "Lỗi chính tả trong các thành phần cố định (tên cơ quan, tiêu đề, “PHẦN THỨ …”, thẩm quyền ký).",
    en: "Misspelling inside fixed wording (issuer, motto, “PHẦN THỨ …”, signing authority).",
  },
  severity: "error",
  fix: "safe",
  messages: {
    misspelledFixedWording: {
      vi: "Sai chính tả trong thành phần cố định: “{written}” → “{fixedText}”.",
      en: "Misspelled fixed wording: “{written}” → “{fixedText}”.",
    },
  },
  check(ctx) {
    const { layout, entries } = ctx.get(STRUCTURE);
    const indexes = new Set<number>([...layout.header, ...layout.summary]);
    if (layout.titleIndex !== null) indexes.add(layout.titleIndex);
    for (const e of entries) if (e.parsed?.kind === "part") indexes.add(e.paragraph);
    const lines = [...indexes].sort((a, b) => a - b).map((i) => lineAt(ctx, i));
    const closing = layout.closing;
    if (closing) lines.push(...[closing.recipientsHeading, ...closing.titles].filter((l): l is Line => l !== null));
    return lines.flatMap((line) => typosIn(ctx, line));
  },
});

function typosIn(ctx: CheckContext, line: Line): Report[] {
  const words = [...line.content.matchAll(/[\p{L}/]+/gu)].map((m) => ({ text: m[0], start: line.start + (m.index ?? 0) }));
  const reports: Report[] = [];
  // Every phrase of the same length compares the same window: fold each window once.
  const bases = new Map<string, string>();
  let taken = -1;
  for (let i = 0; i < words.length; i += 1) {
    if (i <= taken) continue;
    for (const phrase of PHRASES) {
      const window = words.slice(i, i + phrase.words.length);
      if (window.length < phrase.words.length) continue;
      const written = window.map((w) => w.text).join(" ");
      const wanted = phrase.wanted;
      let base = bases.get(written);
      if (base === undefined) bases.set(written, (base = baseForm(written)));
      if (base !== phrase.base) continue;
      if (toOldToneStyle(written).toLowerCase() === toOldToneStyle(wanted).toLowerCase()) continue;
      const first = window[0];
      const last = window[window.length - 1];
      // Keep the writer's spacing and case: replace word by word.
      const edits = window
        .map((w, k) => ({ w, fixed: matchCase(phrase.words[k], w.text) }))
        .filter(({ w, fixed }) => toOldToneStyle(w.text).toLowerCase() !== toOldToneStyle(fixed).toLowerCase())
        .map(({ w, fixed }) => ctx.fix.replace(line.paragraph, w.start, w.start + w.text.length, fixed));
      const span = ctx.text[line.paragraph].span(first.start, last.start + last.text.length);
      const fixedText = window.map((w, k) => matchCase(phrase.words[k], w.text)).join(" ");
      reports.push({
        paragraph: line.paragraph,
        start: span[0],
        end: span[1],
        messageId: "misspelledFixedWording", data: { written, fixedText },
        suggestions: [{ label: { vi: `Sửa thành “${fixedText}”`, en: `Change to “${fixedText}”` }, edits }],
      });
      taken = i + phrase.words.length - 1;
      break;
    }
  }
  return reports;
}

/** The fixed word in the case the writer used (all caps, capitalised or lower case). */
function matchCase(fixed: string, written: string): string {
  if (written === written.toUpperCase()) return fixed.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return fixed[0].toUpperCase() + fixed.slice(1).toLowerCase();
  return fixed.toLowerCase();
}
