import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import type { Edit } from "../../core/types";
import { contentStart, markerOf } from "../markers";
import { textParagraphs } from "../scan";
import { asOneFinding } from "../grouping";

type MessageId = "typedTwice" | "typedTwiceMany" | "renderedAndTyped" | "renderedAndTypedMany";

/** A bullet, or a numbered marker ("a)", "1.", "1.2."), then a second bullet before the text. */
const TWO_MARKERS = /^(?:([-+•–])\s+|([a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s*)([-+•–])\s+(?=[\p{L}\p{N}"“(])/u;
/** A bullet typed at the start of an item that Word already marks. */
const TYPED_BULLET = /^([-+•–])\s+(?=[\p{L}\p{N}"“(])/u;

/**
 * A list item with two markers: "- + …", "+ - …", "a) - …", or a bullet typed into an item Word
 * already numbers or bullets. One finding per habit (the same pair of markers), every item a
 * related place. The fix removes the extra marker only where it is certain: the bullet after a
 * number, the typed one where Word draws its own, and between two bullets the one the
 * neighbouring items do not use.
 */
export const numberingDoubleMarker = defineRule<Record<string, never>, MessageId>({
  id: "numbering/double-marker",
  category: "structure",
  description: {
    vi: "Mục liệt kê có hai ký hiệu đầu dòng (“- + …”, “a) - …”, hoặc gõ thêm “-” vào mục Word đã đánh dấu).",
    en: "A list item with two markers (“- + …”, “a) - …”, or a “-” typed into an item Word already marks).",
  },
  severity: "warning",
  fix: "safe",
  messages: {
    typedTwice: {
      vi: "Mục liệt kê có hai ký hiệu đầu dòng “{markers}”; chỉ giữ một.",
      en: "The list item starts with two markers “{markers}”; keep one.",
    },
    typedTwiceMany: {
      vi: "Mục liệt kê có hai ký hiệu đầu dòng “{markers}”; {count} mục viết như vậy, chỉ giữ một ký hiệu.",
      en: "The list item starts with two markers “{markers}”; {count} items are written so, keep one marker.",
    },
    renderedAndTyped: {
      vi: "Word đã đánh ký hiệu “{rendered}” cho mục này, lại gõ thêm “{typed}”; bỏ ký hiệu gõ thêm.",
      en: "Word already marks this item with “{rendered}” and “{typed}” is typed too; remove the typed one.",
    },
    renderedAndTypedMany: {
      vi: "Word đã đánh ký hiệu “{rendered}” cho mục này, lại gõ thêm “{typed}”; {count} mục như vậy, bỏ ký hiệu gõ thêm.",
      en: "Word already marks this item with “{rendered}” and “{typed}” is typed too; {count} items are so, remove the typed one.",
    },
  },
  check(ctx) {
    const habits = new Map<string, Report<MessageId>[]>();
    const add = (key: string, report: Report<MessageId>) => habits.set(key, [...(habits.get(key) ?? []), report]);
    const paragraphs = textParagraphs(ctx);
    for (const [k, i] of paragraphs.entries()) {
      const p = ctx.snapshot.paragraphs[i];
      if (!p || p.footnoteId !== undefined) continue;
      const line = ctx.text[i].normalized;
      const start = contentStart(line);
      const rest = line.slice(start);
      const rendered = p.list?.marker?.trim();
      const typed = rendered ? TYPED_BULLET.exec(rest) : null;
      if (rendered && typed) {
        const edit = ctx.fix.replace(i, start, start + typed[0].length, "");
        add(`list ${typed[1]}`, {
          ...ctx.fix.span(i, start, start + typed[0].length),
          messageId: "renderedAndTyped",
          data: { rendered, typed: typed[1] },
          suggestions: [{ label: REMOVE_LABEL, edits: [edit] }],
        });
        continue;
      }
      const match = TWO_MARKERS.exec(rest);
      if (!match) continue;
      const [whole, firstBullet, number, second] = match;
      const first = firstBullet ?? number;
      const secondAt = start + whole.trimEnd().length - second.length;
      let edit: Edit | null = null;
      // After a number the bullet and its spaces become the one space the number takes ("1.- Về" → "1. Về").
      if (number !== undefined) edit = ctx.fix.replace(i, start + number.length, start + whole.length, " ");
      else {
        // "- - …": either one goes; otherwise the neighbours say which bullet this list uses.
        const kept = first === second ? first : bulletOfNeighbours(ctx, paragraphs, k, first, second);
        if (kept === first) edit = ctx.fix.replace(i, secondAt, start + whole.length, "");
        else if (kept === second) edit = ctx.fix.replace(i, start, secondAt, "");
      }
      add(`${number === undefined ? first : /\d/u.test(number) ? "1." : "a)"} ${second}`, {
        ...ctx.fix.span(i, start, start + whole.trimEnd().length),
        messageId: "typedTwice",
        data: { markers: `${first} ${second}` },
        suggestions: edit ? [{ label: REMOVE_LABEL, edits: [edit] }] : [],
      });
    }
    return [...habits.values()].flatMap((reports) =>
      asOneFinding(ctx, reports, reports[0].messageId === "typedTwice" ? "typedTwiceMany" : "renderedAndTypedMany", REMOVE_ALL_LABEL),
    );
  },
});

const REMOVE_LABEL = { vi: "Bỏ ký hiệu thừa", en: "Remove the extra marker" };
const REMOVE_ALL_LABEL = { vi: "Bỏ ký hiệu thừa ở mọi mục (nơi đã rõ)", en: "Remove the extra marker from every item (where it is clear)" };

/**
 * Of two bullets, the one the neighbouring items (the nearest non-empty paragraph before and after)
 * use alone; null when they use neither, both, or each a different one.
 */
function bulletOfNeighbours(ctx: CheckContext, paragraphs: readonly number[], at: number, first: string, second: string): string | null {
  const used = new Set<string>();
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < paragraphs.length; k += step) {
      const t = ctx.text[paragraphs[k]];
      if (t.normalized.trim() === "") continue;
      const marker = markerOf(t);
      if (marker?.kind === "bullet" && !TWO_MARKERS.test(t.normalized.slice(marker.start))) used.add(marker.raw);
      break;
    }
  }
  const candidates = [first, second].filter((b) => used.has(b));
  return candidates.length === 1 ? candidates[0] : null;
}
