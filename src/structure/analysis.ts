/**
 * One pass over the document shared by every structure rule: where the header, title, body and
 * closing blocks are, and the outline with the details rules need (parsed markers, heading vs
 * numbered sentence). Computed once per check (`ctx.get(STRUCTURE)`).
 */
import type { Paragraph, Snapshot } from "../document/snapshot";
import type { OutlineEntry } from "./types";
import { paragraphMemo, type ParagraphText } from "../text/normalize";
import { defineAnalysis } from "../lint/context";
import outlineData from "../../data/structure/outline.json";
import { typeWordOf } from "./documentTypes";
import { contentEnd, contentStart, markerOf, parseMarker, type ParsedMarker } from "./markers";
import { foldForMatch } from "./vietnamese";
import { isHeaderElement } from "./headerElements";
import { findClosing, type ClosingBlock } from "./closing";
import { authorityOf, isClosingOpener } from "../profile/vocabulary";

const isSignatureAuthority = (content: string): boolean => authorityOf(content) !== null;

export interface HeadingEntry extends OutlineEntry {
  /** The typed marker, parsed from the normalised text (null for list/style headings). */
  parsed: ParsedMarker | null;
  /** Reads as a heading (short, no sentence inside) rather than a numbered sentence. */
  heading: boolean;
  /** Index in `entries` of the enclosing entry, or null at the top. */
  parent: number | null;
  /** Normalised offsets of the title within the paragraph. */
  titleStart: number;
  titleEnd: number;
  /** Paragraphs after the heading that carry its title ("PHẦN THỨ NHẤT" then "KẾT QUẢ …" on the next line). */
  titleParagraphs: number[];
}

export interface Layout {
  /** The type line ("BÁO CÁO", "KẾT LUẬN"), when found. */
  titleIndex: number | null;
  /** Paragraphs of the summary under the type line (and the rule line under it). */
  summary: number[];
  /** Header paragraphs: everything non-empty before the title (or before the body when no title). */
  header: number[];
  bodyStart: number;
  bodyEnd: number;
  closingSentence: number | null;
  /** Paragraph of the "Nơi nhận:" line. */
  recipients: number | null;
  /** Paragraph where the signature starts (authority or the signer's title). */
  authority: number | null;
  closing: ClosingBlock | null;
}

export interface StructureAnalysis {
  layout: Layout;
  entries: HeadingEntry[];
}

export const STRUCTURE = defineAnalysis("structure", (ctx) => analyzeStructure(ctx.snapshot, ctx.text));

/** The outline as the engine reports it. */
export const OUTLINE = defineAnalysis("outline", (ctx) => toOutlineEntries(ctx.get(STRUCTURE).entries));

export function analyzeStructure(snapshot: Snapshot, text: readonly ParagraphText[]): StructureAnalysis {
  const layout = findLayout(snapshot, text);
  const entries = recoverEntries(snapshot, text, layout);
  const analysis = { layout, entries };
  return analysis;
}

/** The text of a line without indentation and markdown decoration (normalised). Shared: do not mutate. */
export function lineContent(t: ParagraphText): { readonly content: string; readonly start: number; readonly end: number } {
  return t.memo(LINE_CONTENT);
}

const LINE_CONTENT = paragraphMemo((t) => {
  const start = contentStart(t.normalized);
  const end = Math.max(start, contentEnd(t.normalized));
  return { content: t.normalized.slice(start, end), start, end };
});

const TITLE_WINDOW = 40;
/** The closing sentence is among the last paragraphs before the closing block. */
const CLOSING_SENTENCE_WINDOW = 4;
const RULE_LINE = /^[-–—_*=\s]{3,}$/u;


function findLayout(snapshot: Snapshot, text: readonly ParagraphText[]): Layout {
  const count = text.length;
  // Read where the layout looks (the top and the closing), not for every paragraph: each line read
  // keeps its content with the paragraph, and a long report's would outlive the young heap.
  const contentOf = (i: number): string => lineContent(text[i]).content;
  // An item Word numbers or bullets visibly is never the type line nor the signature, whatever is
  // typed before its words (a heading style's list without a marker can be: converted documents carry one).
  const visiblyListed = (i: number): boolean => Boolean(snapshot.paragraphs[i]?.list?.marker);
  let titleIndex: number | null = null;
  for (let i = 0; i < Math.min(count, TITLE_WINDOW); i += 1) {
    if (!visiblyListed(i) && typeWordOf(contentOf(i))) {
      titleIndex = i;
      break;
    }
  }
  const summary: number[] = [];
  let bodyStart: number;
  if (titleIndex !== null) {
    let i = titleIndex + 1;
    const next = firstFilled(contentOf, count, i, SUMMARY_BLANKS);
    if (next > i && next < count && readsAsSummary(snapshot.paragraphs[next], text[next], contentOf(next))) i = next;
    // The summary never runs into the signature ("T/M BAN THƯỜNG VỤ"): a short document's
    // closing may follow its title within five lines. Nor into an item Word numbers: its marker
    // is not in the text, and removing a bullet typed before its words must not make it a summary line.
    while (i < count && summary.length < 5 && contentOf(i) !== "" && !markerOf(text[i]) && !visiblyListed(i) && !isSignatureAuthority(contentOf(i))) {
      summary.push(i);
      i += 1;
      if (RULE_LINE.test(contentOf(i - 1))) break;
    }
    bodyStart = i;
  } else {
    // Without a title the header is whatever header elements lead the document, judged by
    // content alone so that editing another line never moves the boundary.
    bodyStart = 0;
    while (bodyStart < count && (contentOf(bodyStart) === "" || isHeaderElement(contentOf(bodyStart)))) bodyStart += 1;
    while (bodyStart > 0 && contentOf(bodyStart - 1) === "") bodyStart -= 1;
  }
  const headerEnd = titleIndex ?? bodyStart;
  const header: number[] = [];
  for (let i = 0; i < headerEnd; i += 1) if (contentOf(i).trim() !== "") header.push(i);

  const closing = findClosing(text, bodyStart, visiblyListed);
  const closingStart = closing?.first ?? count;
  let closingSentence: number | null = null;
  for (let i = closingStart - 1, seen = 0; i >= bodyStart && seen < CLOSING_SENTENCE_WINDOW; i -= 1) {
    if (contentOf(i) === "") continue;
    seen += 1;
    if (isClosingOpener(contentOf(i))) {
      closingSentence = i;
      break;
    }
  }
  const recipients = closing?.recipientsHeading?.paragraph ?? null;
  const authority = closing && closing.titles.length > 0 ? closing.titles[0].paragraph : null;
  const bodyEnd = Math.min(closingSentence ?? count, closingStart);
  return { titleIndex, summary, header, bodyStart, bodyEnd, closingSentence, recipients, authority, closing };
}

/** Blank lines Word documents may leave between the type line and its summary. */
const SUMMARY_BLANKS = 2;

/** The first non-empty line from `from`, looking past at most `blanks` empty ones (else `from`). */
function firstFilled(contentOf: (i: number) => string, count: number, from: number, blanks: number): number {
  let i = from;
  while (i < count && i - from < blanks && contentOf(i) === "") i += 1;
  return i < count && contentOf(i) === "" ? from : i;
}

/**
 * A line after a blank under the type line is its summary when it is set like one: centred in
 * Word, or (plain text) a phrase without a marker that does not end like a sentence.
 */
function readsAsSummary(p: Paragraph | undefined, t: ParagraphText, content: string): boolean {
  if (markerOf(t)) return false;
  if (p?.alignment !== undefined) return p.alignment === "Centered";
  return !isSentenceLike(content) && !/[.:;]$/u.test(content.trim());
}

const SENTENCE_THEN_CAPITAL = /[.;!?]\s+\p{Lu}/u;

/** A numbered item that is a sentence (or several) rather than a heading. */
export function isSentenceLike(title: string): boolean {
  const trimmed = title.trim();
  // Lengths with runs of spaces counted once: fixing a double space must not turn a sentence into a title.
  const length = trimmed.replace(/\s{2,}/gu, " ").length;
  if (length > outlineData.sentenceLength) return true;
  if (SENTENCE_THEN_CAPITAL.test(trimmed)) return true;
  return /[.;]$/u.test(trimmed) && length > 80;
}

function introducesList(title: string): boolean {
  const folded = foldForMatch(title);
  return folded.endsWith(":") || outlineData.listIntro.some((w) => folded.includes(w));
}

interface Candidate {
  paragraph: number;
  level: number;
  number: number | null;
  marker: string;
  source: OutlineEntry["source"];
  parsed: ParsedMarker | null;
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Typed decimal/alpha markers and list items may be body lists; parts, Roman and styles are not. */
  mayBeList: boolean;
  styled: boolean;
  titleParagraphs: number[];
}

function recoverEntries(snapshot: Snapshot, text: readonly ParagraphText[], layout: Layout): HeadingEntry[] {
  const candidates: Candidate[] = [];
  const listCounters: number[] = [];
  for (let i = layout.bodyStart; i < layout.bodyEnd; i += 1) {
    const p = snapshot.paragraphs[i];
    const t = text[i];
    if (!p || (p.tableNesting ?? 0) > 0 || p.footnoteId !== undefined) continue;
    const candidate = typedCandidate(p, t) ?? listCandidate(p, t, listCounters) ?? styleCandidate(p, t);
    if (!candidate) continue;
    if (candidate.parsed?.kind === "part" && candidate.title === "") {
      candidate.titleParagraphs = partTitleLines(snapshot, text, i + 1, layout.bodyEnd);
      candidate.title = candidate.titleParagraphs.map((k) => lineContent(text[k]).content.trim()).join(" ");
      // The title lines belong to the part: they are neither headings nor body text of their own.
      if (candidate.titleParagraphs.length > 0) i = candidate.titleParagraphs[candidate.titleParagraphs.length - 1];
    }
    candidates.push(candidate);
  }
  const excluded = bodyListParagraphs(candidates);
  for (const paragraph of unchainedListSentences(candidates)) excluded.add(paragraph);
  const kept = candidates.filter((c) => !excluded.has(c.paragraph));
  const entries: HeadingEntry[] = [];
  for (const c of kept) {
    const t = text[c.paragraph];
    const [markerStart, markerEnd] = c.parsed ? t.span(c.parsed.start, c.parsed.end) : [0, 0];
    let parent: number | null = null;
    for (let k = entries.length - 1; k >= 0; k -= 1) {
      if (entries[k].level < c.level) {
        parent = k;
        break;
      }
    }
    entries.push({
      paragraph: c.paragraph,
      marker: c.parsed ? t.original.slice(markerStart, markerEnd) : c.marker,
      level: c.level,
      number: c.number,
      title: c.title,
      source: c.source,
      markerStart,
      markerEnd,
      parsed: c.parsed,
      heading: c.styled || !isSentenceLike(c.title),
      parent,
      titleStart: c.titleStart,
      titleEnd: c.titleEnd,
      titleParagraphs: c.titleParagraphs,
    });
  }
  return entries;
}

function titleOf(t: ParagraphText, from: number): { title: string; titleStart: number; titleEnd: number; titleParagraphs: number[] } {
  const end = Math.max(from, contentEnd(t.normalized));
  return { title: t.normalized.slice(from, end).trim(), titleStart: from, titleEnd: end, titleParagraphs: [] };
}

/** Part titles are one or two lines; a second line only continues a title written in capitals. */
const PART_TITLE_LINES = 2;

/**
 * The lines that carry a part's title when "PHẦN THỨ NHẤT" stands alone: the next non-empty lines
 * without a marker that are set as a title (a capitals title may wrap onto a second line).
 */
function partTitleLines(snapshot: Snapshot, text: readonly ParagraphText[], from: number, end: number): number[] {
  const lines: number[] = [];
  let capitals = false;
  for (let i = from; i < end && lines.length < PART_TITLE_LINES; i += 1) {
    const p = snapshot.paragraphs[i];
    const content = lineContent(text[i]).content.trim();
    if (content === "") continue;
    if (!p || (p.tableNesting ?? 0) > 0 || p.footnoteId !== undefined || markerOf(text[i]) || p.list || !readsAsTitle(p, content)) break;
    const inCapitals = content === content.toLocaleUpperCase("vi");
    if (lines.length > 0 && !(capitals && inCapitals)) break;
    capitals = inCapitals;
    lines.push(i);
  }
  return lines;
}

/** A line set as a title: not a sentence (nor ending like one) and, in Word, centred or bold. */
function readsAsTitle(p: Paragraph, content: string): boolean {
  if (isSentenceLike(content) || /[.;]$/u.test(content)) return false;
  return p.alignment === undefined || p.alignment === "Centered" || p.font?.bold === true;
}

function isStyledHeading(p: Paragraph): boolean {
  return (p.styleBuiltIn !== undefined && outlineData.headingStyles.includes(p.styleBuiltIn)) || p.outlineLevel !== undefined;
}

function typedCandidate(p: Paragraph, t: ParagraphText): Candidate | null {
  const parsed = markerOf(t);
  if (!parsed || parsed.kind === "bullet") return null;
  return {
    paragraph: p.index,
    level: parsed.level,
    number: parsed.number,
    marker: parsed.raw,
    source: "typed",
    parsed,
    ...titleOf(t, parsed.titleStart),
    mayBeList: parsed.kind === "decimal" || parsed.kind === "alpha",
    styled: isStyledHeading(p) || p.font?.bold === true,
  };
}

/** Word's own list numbering: the rendered marker when known, else the list level. */
function listCandidate(p: Paragraph, t: ParagraphText, counters: number[]): Candidate | null {
  if (!p.list) return null;
  const rendered = p.list.marker?.trim() ?? "";
  let level: number;
  let number: number | null;
  if (rendered !== "") {
    const parsed = parseMarker(rendered + " X");
    if (!parsed || parsed.kind === "bullet") return null;
    level = parsed.level;
    number = parsed.number;
  } else {
    level = Math.min(p.list.level + 1, 4);
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    number = counters[level];
  }
  const start = contentStart(t.normalized);
  const styled = isStyledHeading(p) || p.font?.bold === true;
  // Word-numbered sentences are a body list: nothing typed to check, nothing to outline. With the
  // marker known they stay candidates, so a long first item "1. …" still chains with a typed "2."
  // (the body-list rule drops a run of them).
  if (!styled && rendered === "" && isSentenceLike(titleOf(t, start).title)) return null;
  return {
    paragraph: p.index,
    level,
    number,
    marker: rendered,
    source: "list",
    parsed: null,
    ...titleOf(t, start),
    mayBeList: true,
    styled,
  };
}

/**
 * A paragraph that only Word's formatting calls a heading (a heading style, an outline level) and
 * that carries no marker: a heading when it reads as a title; body text set in a heading style (a
 * sentence, a paragraph ending like one) is not.
 */
function styleCandidate(p: Paragraph, t: ParagraphText): Candidate | null {
  const styleLevel = p.outlineLevel ?? Number(/^Heading(\d)$/.exec(p.styleBuiltIn ?? "")?.[1] ?? NaN);
  if (!Number.isFinite(styleLevel) || t.normalized.trim() === "") return null;
  const { title } = titleOf(t, contentStart(t.normalized));
  if (isSentenceLike(title) || /[.;]$/u.test(title)) return null;
  return {
    paragraph: p.index,
    level: Math.min(Math.max(styleLevel, 1), 4),
    number: null,
    marker: "",
    source: "style",
    parsed: null,
    ...titleOf(t, contentStart(t.normalized)),
    mayBeList: false,
    styled: true,
  };
}

/**
 * Confidence rule: a run numbered from 1 that sits under a heading of the same or a deeper level
 * cannot be that heading's child section, so it is a numbered list in the body when every item is
 * a sentence, or when a same-level heading introduces a list ("Một số chỉ tiêu:"). Otherwise it
 * stays in the outline (and a restart there is a numbering defect).
 */
function bodyListParagraphs(candidates: readonly Candidate[]): Set<number> {
  const excluded = new Set<number>();
  let lastKept: Candidate | null = null;
  for (let i = 0; i < candidates.length; i += 1) {
    const c = candidates[i];
    // Only headings set the context: a numbered sentence neither introduces nor contains a list.
    const isHeading = c.styled || !c.mayBeList || !isSentenceLike(c.title);
    if (lastKept === null || !c.mayBeList || c.styled || c.number !== 1 || lastKept.level < c.level) {
      if (isHeading || lastKept === null) lastKept = c;
      continue;
    }
    const run: Candidate[] = [c];
    for (let k = i + 1; k < candidates.length; k += 1) {
      const next = candidates[k];
      if (next.level !== c.level || next.number !== run.length + 1 || !next.mayBeList || next.styled) break;
      // "3. Nhiệm vụ" after "2. Một số chỉ tiêu:" + list 1., 2. continues the headings, not the list.
      // A different marker kind cannot continue it: "b)" after "a)" under "1.2.1." is the list's.
      if (next.number === (lastKept.number ?? 0) + 1 && markerKindOf(next) === markerKindOf(lastKept) && !/[.;,]$|\d/u.test(next.title)) break;
      run.push(next);
    }
    // Under a heading of the same level an introduction suffices ("2. Một số chỉ tiêu:" then 1., 2.);
    // under a deeper one only sentences are a list — a short "1." there is a real heading.
    const sentences = run.every((r) => isSentenceLike(r.title) || r.source === "list");
    if (sentences || (lastKept.level === c.level && introducesList(lastKept.title))) {
      for (const r of run) excluded.add(r.paragraph);
      i += run.length - 1;
    } else if (isHeading) {
      lastKept = c;
    }
  }
  return excluded;
}

/**
 * Word-numbered sentences are a body list, unless typed markers continue their numbering: a long
 * first item "1. …" (or "a) …") followed by a typed "2." is the first heading of that run.
 */
function unchainedListSentences(candidates: readonly Candidate[]): number[] {
  const unchained: number[] = [];
  candidates.forEach((c, i) => {
    if (c.source !== "list" || c.styled || !isSentenceLike(c.title) || c.number === null) return;
    for (let k = i + 1; k < candidates.length; k += 1) {
      const next = candidates[k];
      if (next.level < c.level) break;
      if (next.level > c.level || markerKindOf(next) !== markerKindOf(c)) continue;
      if (next.source === "list" && isSentenceLike(next.title)) continue;
      if (next.number === c.number + 1) return;
      break;
    }
    unchained.push(c.paragraph);
  });
  return unchained;
}

/** The kind of a candidate's marker, typed or rendered by Word ("a)" → alpha). */
export function markerKindOf(c: { parsed: ParsedMarker | null; marker: string; source: OutlineEntry["source"] }): string {
  return c.parsed?.kind ?? (c.marker ? parseMarker(`${c.marker} X`)?.kind : undefined) ?? c.source;
}

/** Plain outline entries for the shared context (the CLI's `outline[]`). */
export function toOutlineEntries(entries: readonly HeadingEntry[]): OutlineEntry[] {
  return entries.map(({ paragraph, marker, level, number, title, source, markerStart, markerEnd }) => ({
    paragraph, marker, level, number, title, source, markerStart, markerEnd,
  }));
}
