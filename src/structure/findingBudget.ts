import type { Edit, Localized } from "../core/types";
import type { Report } from "../lint/rule";

/**
 * Findings one rule lists in a paragraph; past this the rest are counted into one grouped
 * finding whose single suggestion fixes them all, so the output stays in proportion to the
 * document even for a hostile megabyte of "a;a;a;…" in one paragraph, and fix-all still settles.
 */
export const MAX_FINDINGS_PER_PARAGRAPH = 100;
/** Edits the grouped suggestion carries: a hostile paragraph's rest is fixed in passes of this many. */
export const MAX_GROUPED_EDITS = 10_000;

interface Group {
  start: number;
  end: number;
  count: number;
  edits: Edit[];
}

/** Counts a rule's findings per paragraph and groups those past the bound. */
export class FindingBudget {
  private readonly listed = new Map<number, number>();
  private readonly overflow = new Map<number, Group>();

  constructor(private readonly max = MAX_FINDINGS_PER_PARAGRAPH) {}

  /**
   * True when the finding at this place may be listed on its own; otherwise it is counted into
   * the paragraph's group, with the edits of its fix (asked for only then).
   */
  take(paragraph: number, start: number, end: number, edits: () => readonly (Edit | null)[]): boolean {
    const listed = this.listed.get(paragraph) ?? 0;
    if (listed < this.max) {
      this.listed.set(paragraph, listed + 1);
      return true;
    }
    let group = this.overflow.get(paragraph);
    if (!group) {
      group = { start, end, count: 0, edits: [] };
      this.overflow.set(paragraph, group);
    }
    group.count += 1;
    group.start = Math.min(group.start, start);
    group.end = Math.max(group.end, end);
    if (group.edits.length < MAX_GROUPED_EDITS) for (const edit of edits()) if (edit) group.edits.push(edit);
    return false;
  }

  /**
   * One report per paragraph that went past the bound, spanning the findings not listed and
   * fixing them all at once. Its message is the rule's `more` message, given `{count}`.
   */
  grouped(severity: Report["severity"] = undefined): Report<"more">[] {
    return [...this.overflow].map(([paragraph, { start, end, count, edits }]) => ({
      paragraph,
      start,
      end,
      ...(severity ? { severity } : {}),
      messageId: "more" as const,
      data: { count },
      suggestions:
        edits.length > 0
          ? [
              {
                label: edits.length < count ? partialFixLabel(edits.length) : { vi: `Sửa cả ${count} chỗ`, en: `Fix all ${count}` },
                edits: [...edits].sort((a, b) => a.start - b.start),
              },
            ]
          : [],
    }));
  }
}

/** The label of a fix that covers the first `fixed` places of many: the rest are fixed in the next pass. */
export function partialFixLabel(fixed: number): Localized {
  return { vi: `Sửa ${fixed} chỗ đầu (rồi kiểm tra lại)`, en: `Fix the first ${fixed} (then check again)` };
}

/** The `more` message every rule using a FindingBudget declares. */
export const GROUPED_MESSAGE = {
  vi: "Còn {count} chỗ tương tự trong đoạn này (không liệt kê từng chỗ).",
  en: "{count} more like this in this paragraph (not listed one by one).",
} as const;
