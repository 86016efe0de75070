/**
 * Issue 17's classes of one huge paragraph that used to make the consistency rules quadratic,
 * shared by the behaviour tests (findings stay bounded) and the timing tests (time stays linear).
 */
import type { Rule } from "../../src/lint/rule";
import { consistencyNumberSpacing } from "../../src/structure/rules/consistencyNumberSpacing";
import { consistencySpacing } from "../../src/structure/rules/consistencySpacing";

/** A report whose body is one paragraph of `unit` repeated to `bytes` characters. */
export function hugeParagraphReport(unit: string, bytes: number): string[] {
  return ["BÁO CÁO", "I. Kết quả", unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes), "Nơi nhận:"];
}

export interface HugeParagraphClass {
  name: string;
  rule: Rule<never>;
  /** Ten pieces joined: the unit repeated through the paragraph. */
  unit: string;
}

const classOf = (name: string, rule: Rule<never>, piece: (i: number) => string): HugeParagraphClass => ({
  name,
  rule,
  unit: Array.from({ length: 10 }, (_, i) => piece(i)).join(""),
});

export const HUGE_PARAGRAPH_CLASSES: HugeParagraphClass[] = [
  classOf("1.2.3.…", consistencyNumberSpacing as Rule<never>, (i) => `${i % 10}.`),
  classOf("1,2,3,…", consistencyNumberSpacing as Rule<never>, (i) => `${i % 10},`),
  classOf("ab,ab,…", consistencySpacing as Rule<never>, () => "ab,"),
  classOf("a;a;…", consistencySpacing as Rule<never>, () => "a;"),
  classOf("http://a.b,c;…", consistencySpacing as Rule<never>, () => "http://a.b,c;"),
];
