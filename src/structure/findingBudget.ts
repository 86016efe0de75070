import type { Report } from "../lint/types";

/**
 * Findings one rule lists in a paragraph; past this the rest are counted into one grouped
 * finding, so output stays in proportion to the document even for a hostile megabyte of
 * "a;a;a;…" in one paragraph (the writer fixes those, re-checks, and sees the next ones).
 */
export const MAX_FINDINGS_PER_PARAGRAPH = 100;

/** Counts a rule's findings per paragraph and groups those past the bound. */
export class FindingBudget {
  private readonly listed = new Map<number, number>();
  private readonly overflow = new Map<number, { start: number; end: number; count: number }>();

  constructor(private readonly max = MAX_FINDINGS_PER_PARAGRAPH) {}

  /** True when the finding at this place may be listed; otherwise it is only counted. */
  take(paragraph: number, start: number, end: number): boolean {
    const listed = this.listed.get(paragraph) ?? 0;
    if (listed < this.max) {
      this.listed.set(paragraph, listed + 1);
      return true;
    }
    const group = this.overflow.get(paragraph);
    if (group) {
      group.count += 1;
      group.end = Math.max(group.end, end);
    } else this.overflow.set(paragraph, { start, end, count: 1 });
    return false;
  }

  /** One report per paragraph that went past the bound, spanning the findings not listed, without a fix. */
  grouped(severity: Report["severity"] = undefined): Report[] {
    return [...this.overflow].map(([paragraph, { start, end, count }]) => ({
      paragraph,
      start,
      end,
      ...(severity ? { severity } : {}),
      message: {
        vi: `Còn ${count} chỗ tương tự trong đoạn này (không liệt kê từng chỗ); hãy sửa các chỗ trên rồi kiểm tra lại.`,
        en: `${count} more like this in this paragraph (not listed one by one); fix those above and check again.`,
      },
    }));
  }
}
