/**
 * What must hold for any check of any document, as lists of problems (empty = fine) so a
 * failing property prints exactly what broke.
 */
import type { Snapshot } from "../../src/document/snapshot";
import { checkDocument, type CheckOptions, type CheckOutput } from "../../src/engine/check";
import { RULES } from "../../src/engine/rules";
import { applyEdits, fixAllEdits } from "../../src/lint/fix";
import type { Edit, Finding } from "../../src/core/types";

export const FIXABLE_RULES: ReadonlySet<string> = new Set([...RULES.values()].filter((r) => r.fix === "safe").map((r) => r.id));

const HIGH = /[\uD800-\uDBFF]/;
const LOW = /[\uDC00-\uDFFF]/;
const MARK = /\p{M}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * An offset between a surrogate pair, or between a letter and its combining tone mark, cuts a
 * character in two (an edit there would move the mark onto another letter).
 */
function cutsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return (HIGH.test(text[offset - 1]!) && LOW.test(text[offset]!)) || (MARK.test(text[offset]!) && LETTER_OR_MARK.test(text[offset - 1]!));
}

function where(f: { ruleId?: string; paragraph: number; start: number; end: number }): string {
  return `${f.ruleId ?? "?"} @${f.paragraph}:${f.start}-${f.end}`;
}

/** Offsets inside the paragraph, `text` = the slice, edits that match what they replace. */
export function locationProblems(snapshot: Snapshot, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const textOf = (i: number) => snapshot.paragraphs[i]?.text;
  for (const f of findings) {
    const text = textOf(f.paragraph);
    if (text === undefined || f.start < 0 || f.end < f.start || f.end > text.length) {
      problems.push(`finding out of range: ${where(f)}`);
      continue;
    }
    if (text.slice(f.start, f.end) !== f.text) problems.push(`finding text ≠ slice: ${where(f)} ${JSON.stringify(f.text)}`);
    if (!f.message.vi || !f.message.en) problems.push(`finding without a vi/en message: ${where(f)}`);
    for (const r of f.related ?? []) {
      const rt = textOf(r.paragraph);
      if (rt === undefined || r.start < 0 || r.end < r.start || r.end > rt.length) problems.push(`related place out of range: ${where(f)} → ${r.paragraph}:${r.start}-${r.end}`);
    }
    for (const s of f.suggestions) {
      for (const e of s.edits) {
        const et = textOf(e.paragraph);
        if (et === undefined || e.start < 0 || e.end < e.start || e.end > et.length) {
          problems.push(`edit out of range: ${where(f)} edit ${e.paragraph}:${e.start}-${e.end}`);
        } else {
          if (et.slice(e.start, e.end) !== e.expected) problems.push(`edit expected ≠ text: ${where(f)} ${JSON.stringify(e.expected)} vs ${JSON.stringify(et.slice(e.start, e.end))}`);
          if (cutsCharacter(et, e.start) || cutsCharacter(et, e.end)) problems.push(`edit cuts a character: ${where(f)} edit ${e.start}-${e.end} in ${JSON.stringify(et.slice(Math.max(0, e.start - 3), e.end + 3))}`);
        }
      }
      const refused = applyEdits(snapshot, s.edits).refused;
      if (refused.length > 0) problems.push(`suggestion refused (${refused.map((r) => r.reason).join(",")}): ${where(f)} "${s.label.en}"`);
    }
  }
  return problems;
}

function texts(snapshot: Snapshot): string[] {
  return snapshot.paragraphs.map((p) => p.text);
}

function sameTexts(a: Snapshot, b: Snapshot): boolean {
  const x = texts(a);
  const y = texts(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/**
 * Applying a suggestion, re-checking, then applying what the same rule now suggests in the
 * text the suggestion wrote changes nothing (the contract test/support/ruleTester.ts holds each
 * rule to, here for any document): a fix must not invite a second fix of itself.
 */
export function idempotenceProblems(snapshot: Snapshot, finding: Finding, options: CheckOptions): string[] {
  const suggestion = finding.suggestions[0];
  if (!suggestion || suggestion.edits.length === 0) return [];
  const once = applyEdits(snapshot, suggestion.edits);
  if (once.refused.length > 0) return [];
  const written = suggestion.edits.map((e) => writtenRange(e, suggestion.edits));
  // What the rule already suggested beside the fixed place, moved to where it sits after the fix:
  // a neighbouring defect that was there all along ("trị .  KẾT": the space before the stop, then
  // the doubled space) is not a second fix invited by the first.
  const before = new Set(
    checkDocument(snapshot, options)
      .findings.filter((f) => f.ruleId === finding.ruleId && f !== finding)
      .flatMap((f) => f.suggestions[0]?.edits ?? [])
      .flatMap((e) => movedBy(e, suggestion.edits))
      .map(editKey),
  );
  const again = checkDocument(once.snapshot, options).findings.filter((f) => f.ruleId === finding.ruleId);
  const refixes = again
    .flatMap((f) => f.suggestions[0]?.edits ?? [])
    .filter((e) => !before.has(editKey(e)))
    .filter((e) => written.some((w) => w.paragraph === e.paragraph && e.start <= w.end && w.start <= e.end));
  const twice = applyEdits(once.snapshot, refixes).snapshot;
  if (sameTexts(once.snapshot, twice)) return [];
  return [
    `fixing again changes the text: ${where(finding)} "${suggestion.label.en}" → ${JSON.stringify(refixes.map((e) => [e.expected, e.text]))} in ${JSON.stringify(twice.paragraphs[finding.paragraph]?.text.slice(0, 160))}`,
  ];
}

const editKey = (e: Edit): string => `${e.paragraph}:${e.start}:${e.end}:${e.expected}:${e.text}`;

/** An edit untouched by `applied`, at its offsets once they are in (none if it overlaps one of them). */
function movedBy(edit: Edit, applied: readonly Edit[]): Edit[] {
  let shift = 0;
  for (const a of applied) {
    if (a.paragraph !== edit.paragraph) continue;
    if (a.start < edit.end && edit.start < a.end) return [];
    if (a.end <= edit.start) shift += a.text.length - (a.end - a.start);
  }
  return [{ ...edit, start: edit.start + shift, end: edit.end + shift }];
}

/** Where an edit's replacement text sits once all edits of its suggestion are applied. */
function writtenRange(edit: Edit, all: readonly Edit[]): { paragraph: number; start: number; end: number } {
  const shift = all
    .filter((o) => o.paragraph === edit.paragraph && o.end <= edit.start && o !== edit)
    .reduce((sum, o) => sum + o.text.length - (o.end - o.start), 0);
  return { paragraph: edit.paragraph, start: edit.start + shift, end: edit.start + shift + edit.text.length };
}

/**
 * Fix-all applies cleanly, and re-checking finds no fixable finding of a kind whose every fix
 * went in — so a second fix-all changes nothing for those kinds (a kind some of whose fixes
 * were dropped for overlapping another fix may legitimately remain).
 */
export function fixAllProblems(snapshot: Snapshot, result: CheckOutput, options: CheckOptions): string[] {
  const problems: string[] = [];
  const batch = fixAllEdits(result.findings);
  const outcome = applyEdits(snapshot, batch);
  if (outcome.refused.length > 0) problems.push(`fix-all refused ${outcome.refused.length}: ${outcome.refused.map((r) => `${r.reason} ${r.edit.paragraph}:${r.edit.start}`).join("; ")}`);

  const taken = new Set<Edit>(batch);
  const fixedKinds = new Set<string>();
  const partly = new Set<string>();
  for (const f of result.findings) {
    const edits = f.suggestions[0]?.edits ?? [];
    if (edits.length === 0 || !FIXABLE_RULES.has(f.ruleId)) continue;
    const allTaken = edits.every((e) => taken.has(e) || batch.some((b) => sameEdit(b, e)));
    if (allTaken) fixedKinds.add(f.ruleId);
    else partly.add(f.ruleId);
  }
  for (const id of partly) fixedKinds.delete(id);
  if (fixedKinds.size === 0) return problems;

  const again = checkDocument(outcome.snapshot, options);
  for (const f of again.findings) {
    if (fixedKinds.has(f.ruleId) && f.suggestions.length > 0) {
      problems.push(`still reported after fix-all: ${where(f)} ${JSON.stringify(f.text)} in ${JSON.stringify(outcome.snapshot.paragraphs[f.paragraph]!.text.slice(0, 120))}`);
    }
  }
  return problems;
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Findings as (rule, paragraph) pairs, sorted: what must not change when only invisible characters do. */
export function findingKeys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.paragraph}`).sort();
}
