import { defineRule } from "../../lint/rule";
import type { Report } from "../../lint/rule";
import type { CheckContext } from "../../lint/context";
import type { Edit } from "../../core/types";
import { contentStart, markerOf, parseMarker } from "../markers";
import { textParagraphs } from "../scan";
import { asOneFinding } from "../grouping";

type MessageId = "typedTwice" | "typedTwiceMany" | "renderedAndTyped" | "renderedAndTypedMany";

/** A bullet, or a numbered marker ("a)", "1.", "1.2."), then one or more bullets before the text. */
const TWO_MARKERS = /^(?:([-+•–])\s+|([a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s*)((?:[-+•–]\s+)+)(?=[\p{L}\p{N}"“(])/u;
/** Bullets typed at the start of an item that Word already marks. */
const TYPED_BULLETS = /^(?:[-+•–]\s+)+(?=[\p{L}\p{N}"“(])/u;
const bulletsOf = (run: string): string[] => run.split(/\s+/u).filter(Boolean);

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
      const typed = rendered ? TYPED_BULLETS.exec(rest) : null;
      if (rendered && typed) {
        const edit = revealsMarker(rest, typed[0].length) ? null : ctx.fix.replace(i, start, start + typed[0].length, "");
        const bullets = bulletsOf(typed[0]).join(" ");
        add(`list ${bullets}`, {
          ...ctx.fix.span(i, start, start + typed[0].trimEnd().length),
          messageId: "renderedAndTyped",
          data: { rendered, typed: bullets },
          suggestions: edit ? [{ label: REMOVE_LABEL, edits: [edit] }] : [],
        });
        continue;
      }
      const match = TWO_MARKERS.exec(rest);
      if (!match) continue;
      const [whole, firstBullet, number, run] = match;
      const bullets = bulletsOf(run);
      // "- + II. …" hides a third marker behind the bullets: which one is the item's is not certain.
      const edit = revealsMarker(rest, whole.length) ? null : extraMarkerEdit(ctx, paragraphs, k, start, match);
      const first = firstBullet ?? number;
      add(`${number === undefined ? first : /\d/u.test(number) ? "1." : "a)"} ${bullets.join(" ")}`, {
        ...ctx.fix.span(i, start, start + whole.trimEnd().length),
        messageId: "typedTwice",
        data: { markers: `${first} ${bullets.join(" ")}` },
        suggestions: edit ? [{ label: REMOVE_LABEL, edits: [edit] }] : [],
      });
    }
    return [...habits.values()].flatMap((reports) =>
      asOneFinding(ctx, reports, reports[0].messageId === "typedTwice" ? "typedTwiceMany" : "renderedAndTypedMany", REMOVE_ALL_LABEL),
    );
  },
});

/**
 * The edit that removes the extra markers where it is certain: after a number the bullets go (and
 * leave the one space the number takes: "1.- Về" → "1. Về"); of bullets alone, one stays — any of
 * "- -", else the one the neighbouring items use.
 */
function extraMarkerEdit(ctx: CheckContext, paragraphs: readonly number[], k: number, start: number, match: RegExpExecArray): Edit | null {
  const [whole, firstBullet, number, run] = match;
  const end = start + whole.length;
  if (number !== undefined) return ctx.fix.replace(paragraphs[k], start + number.length, end, " ");
  const used = [...new Set([firstBullet, ...bulletsOf(run)])];
  const kept = used.length === 1 ? firstBullet : bulletOfNeighbours(ctx, paragraphs, k, used);
  return kept === null ? null : ctx.fix.replace(paragraphs[k], start, end, `${kept} `);
}

/** The text left after the bullets starts with a marker of its own (removing them would make a new heading). */
const revealsMarker = (rest: string, from: number): boolean => parseMarker(rest.slice(from)) !== null;

const REMOVE_LABEL = { vi: "Bỏ ký hiệu thừa", en: "Remove the extra marker" };
const REMOVE_ALL_LABEL = { vi: "Bỏ ký hiệu thừa ở mọi mục (nơi đã rõ)", en: "Remove the extra marker from every item (where it is clear)" };

/**
 * Of the bullets written, the one the neighbouring items (the nearest non-empty paragraph before
 * and after) use alone; null when they use none of them, several, or each a different one.
 */
function bulletOfNeighbours(ctx: CheckContext, paragraphs: readonly number[], at: number, written: readonly string[]): string | null {
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
  const candidates = written.filter((b) => used.has(b));
  return candidates.length === 1 ? candidates[0] : null;
}
