import { defineRule } from "../../lint/rule";
import { STRUCTURE } from "../analysis";
import { VARIANT_MESSAGES, variantReport, type VariantOccurrence } from "../variants";
import { baseForm, toOldToneStyle } from "../vietnamese";

/**
 * Two capitalised words in a row: the core of a place or person name ("Hải Lăng", "ĐÔNG HÀ").
 * The leading (?=\p{Lu}) is implied by what follows; written first, it lets the search skip to
 * capitals instead of testing the look-behind at every offset (about half the time).
 */
const NAME_PAIR = /(?=\p{Lu})(?<![\p{L}\p{M}])(?=(\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]+) (\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]+)(?![\p{L}\p{M}]))/gu;

/** A small letter starting a word. */
const WORD_START_SMALL = /(^|\s)(\p{Ll})/gu;
const SMALL_LETTER = /\p{Ll}/u;

/** How a name is spelt, case and tone placement aside: "ĐÔNG HÀ" and "Đông Hà" are one spelling. */
const spellingOf = (name: string): string => toOldToneStyle(name.toLowerCase());

/** The spelling in the case of `written` (all capitals or capitalised words). */
function inCaseOf(written: string, spelling: string): string {
  if (written === written.toUpperCase()) return spelling.toUpperCase();
  return spelling.replace(WORD_START_SMALL, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * The same proper name written with different diacritics (“Hải Lăng” / “Hải Lắng”, “ĐÔNG HÀ” /
 * “Đông Hả”): names equal without their marks but spelt differently. One finding per name, the
 * minority spellings against the majority, header included.
 */
export const consistencyProperNames = defineRule<Record<string, never>, keyof typeof VARIANT_MESSAGES>({
  id: "consistency/proper-names",
  category: "consistency",
  description: {
    vi: "Cùng một tên riêng viết với dấu khác nhau trong văn bản (Hải Lăng / Hải Lắng, ĐÔNG HÀ / Đông Hả).",
    en: "The same proper name written with different diacritics (Hải Lăng / Hải Lắng, ĐÔNG HÀ / Đông Hả).",
  },
  severity: "warning",
  fix: "suggest",
  messages: VARIANT_MESSAGES,
  check(ctx) {
    const { layout } = ctx.get(STRUCTURE);
    const paragraphs = [...layout.header, ...(layout.titleIndex !== null ? [layout.titleIndex] : []), ...layout.summary];
    // In a body paragraph typed in capitals every word looks like a name ("CỘNG" / "CÔNG"): only mixed-case prose counts.
    for (let i = layout.bodyStart; i < layout.bodyEnd; i += 1) if (SMALL_LETTER.test(ctx.text[i].normalized)) paragraphs.push(i);
    const byName = new Map<string, VariantOccurrence[]>();
    // The same names recur through a report ("Ủy ban", "Hải Lăng"): fold each written name once.
    const folded = new Map<string, { spelling: string; key: string }>();
    for (const paragraph of paragraphs) {
      const text = ctx.text[paragraph].normalized;
      for (const m of text.matchAll(NAME_PAIR)) {
        const name = `${m[1]} ${m[2]}`;
        const start = m.index ?? 0;
        let forms = folded.get(name);
        if (!forms) folded.set(name, (forms = { spelling: spellingOf(name), key: baseForm(name) }));
        const list = byName.get(forms.key) ?? [];
        list.push(new NameOccurrence(paragraph, start, name, forms.spelling));
        byName.set(forms.key, list);
      }
    }
    return [...byName.values()].flatMap((occurrences) => {
      const counts = new Map<string, number>();
      for (const o of occurrences) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
      if (counts.size < 2) return [];
      // The name is shown as most of the document spells it.
      const forms = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
      const label = (form: string) => ({ vi: `“${inCaseOf("X x", form)}”`, en: `“${inCaseOf("X x", form)}”` });
      return variantReport(
        ctx,
        { subject: { vi: `tên riêng ${label(forms[0]).vi}`, en: `the name ${label(forms[0]).en}` }, forms: Object.fromEntries(forms.map((f) => [f, label(f)])), preferred: null },
        occurrences,
      );
    });
  },
});

/** A written name as a place of its variant set (a class: no closure per name). */
class NameOccurrence implements VariantOccurrence {
  readonly end: number;

  constructor(
    readonly paragraph: number,
    readonly start: number,
    private readonly name: string,
    readonly form: string,
  ) {
    this.end = start + name.length;
  }

  rewrite(form: string): string {
    return inCaseOf(this.name, form);
  }
}
