/**
 * The closing block (SPEC §2), found where it is: "Nơi nhận" and the signature may sit in a
 * two-column table (read cell by cell), share one paragraph split by tabs, be one paragraph with
 * manual line breaks, or be followed by appendices, annex tables and footnotes. A "Nơi nhận:"
 * quoted later (a sample inside an appendix) is not the closing: the first one with a signature
 * beside it is.
 */
import type { ParagraphText } from "../text/normalize";
import { authorityOf, isRecipientsHeading, isSignerTitle } from "../profile/vocabulary";
import { contentEnd, contentStart } from "./markers";

/** One visual line: a paragraph, or a piece of it between manual line breaks or column gaps. */
export interface Line {
  paragraph: number;
  content: string;
  /** Normalised offsets of the content within the paragraph. */
  start: number;
  end: number;
}

export interface ClosingBlock {
  /** First and last (inclusive) paragraphs of the block. */
  first: number;
  last: number;
  /** The "Nơi nhận:" line, when present. */
  recipientsHeading: Line | null;
  /** The lines of the recipients block only (items and their continuations). */
  recipients: Line[];
  /** The authority chain and titles, in order ("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"). */
  titles: Line[];
  /** The first line of the chain that starts with an authority (TM., K/T …), when any does. */
  authority: Line | null;
  /** The signer's name, when written. */
  signer: Line | null;
}

/** Manual line breaks (Word's vertical tab) and column gaps (tabs, long runs of spaces). */
const LINE_SPLIT = /\v|\t[\t ]*| {5,}/gu;
/** How far from "Nơi nhận:" the signature may start (before it in a right-to-left table, after it otherwise). */
const SIGNATURE_BEFORE = 12;
const SIGNATURE_AFTER = 30;
/** Without "Nơi nhận", an authority line counts only near the end of the document. */
const AUTHORITY_TAIL = 40;
const ITEM = /^[-–+•]/u;
/** "- Lưu: VT, …" / "- Lưu Văn phòng …": the last item. */
const STORAGE_ITEM = /^[-–+•]\s*Lưu\b/u;
const SIGNATURE_NOTE = /^\((?:đã ký|chữ ký|ký|ký,? ghi rõ họ tên|ký tên,? đóng dấu)[^)]*\)$/iu;
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** The visual lines of a paragraph, empty pieces dropped. */
export function linesOf(t: ParagraphText, paragraph: number): Line[] {
  const text = t.normalized;
  const lines: Line[] = [];
  let from = 0;
  for (const m of text.matchAll(LINE_SPLIT)) {
    pushLine(lines, text, paragraph, from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  pushLine(lines, text, paragraph, from, text.length);
  return lines;
}

/** The line text[from, to) without its indentation and decoration, unless nothing is left. */
function pushLine(lines: Line[], text: string, paragraph: number, from: number, to: number): void {
  const piece = text.slice(from, to);
  const start = from + contentStart(piece);
  const end = Math.max(start, from + contentEnd(piece));
  if (end > start) lines.push({ paragraph, content: text.slice(start, end), start, end });
}

function isSignatureLine(content: string): boolean {
  return authorityOf(content) !== null || isSignerTitle(content);
}

export function findClosing(text: readonly ParagraphText[], bodyStart: number, listItem: (paragraph: number) => boolean): ClosingBlock | null {
  const lines = (i: number): Line[] => (text[i] ? linesOf(text[i], i) : []);
  // A signature is never a list item Word numbers or bullets: reading one as such would make the
  // block depend on whatever bullet is typed after Word's marker.
  const signatureCandidates = (i: number): Line[] => (listItem(i) ? [] : lines(i));
  for (let i = bodyStart; i < text.length; i += 1) {
    const first = lines(i)[0];
    if (!first || !isRecipientsHeading(first.content)) continue;
    const signatureStart = firstSignatureLine(signatureCandidates, Math.max(bodyStart, i - SIGNATURE_BEFORE), Math.min(text.length, i + SIGNATURE_AFTER));
    if (signatureStart !== null) return assemble(lines, signatureCandidates, first, signatureStart, text.length);
  }
  for (let i = Math.max(bodyStart, text.length - AUTHORITY_TAIL); i < text.length; i += 1) {
    const first = signatureCandidates(i)[0];
    if (first && authorityOf(first.content)) return assemble(lines, signatureCandidates, null, first, text.length);
  }
  return null;
}

function firstSignatureLine(lines: (i: number) => Line[], from: number, until: number): Line | null {
  for (let i = from; i < until; i += 1) {
    const found = lines(i).find((l) => isSignatureLine(l.content));
    if (found) return found;
  }
  return null;
}

function assemble(lines: (i: number) => Line[], signatureCandidates: (i: number) => Line[], heading: Line | null, signatureStart: Line, count: number): ClosingBlock {
  const recipients = heading ? recipientLines(lines, heading, count) : [];
  const { titles, signer } = signatureLines(signatureCandidates, signatureStart, count);
  const used = [heading, ...recipients, ...titles, signer].filter((l): l is Line => l !== null).map((l) => l.paragraph);
  return {
    first: Math.min(...used),
    last: Math.max(...used),
    recipientsHeading: heading,
    recipients,
    titles,
    authority: titles.find((l) => authorityOf(l.content) !== null) ?? null,
    signer,
  };
}

/**
 * The items under "Nơi nhận:": dash lines and the lines continuing them, up to the "- Lưu …" item.
 * Signature lines beside them (same paragraph after a column gap, or the next table cell) are not
 * recipients; a blank line after the items, or any line after "- Lưu ….", ends the block.
 */
function recipientLines(lines: (i: number) => Line[], heading: Line, count: number): Line[] {
  const found: Line[] = [];
  let open = true;
  let besideSignature = false;
  const accept = (line: Line): boolean => {
    if (isSignatureLine(line.content) || SIGNATURE_NOTE.test(line.content)) {
      // Beside the signature only dash items can still be recipients (the other column).
      besideSignature = true;
      return true;
    }
    if (ITEM.test(line.content) || (open && !besideSignature && found.length > 0)) {
      found.push(line);
      open = !(STORAGE_ITEM.test(found.findLast((l) => ITEM.test(l.content))?.content ?? "") && line.content.endsWith("."));
      return true;
    }
    return false;
  };
  for (const line of lines(heading.paragraph).slice(1)) if (!accept(line)) return found;
  for (let i = heading.paragraph + 1; i < count; i += 1) {
    const here = lines(i);
    if (here.length === 0) {
      if (found.length > 0) return found;
      continue;
    }
    for (const line of here) if (!accept(line)) return found;
  }
  return found;
}

/** The authority chain and titles from `start`, then the signer's name (blank lines, "(Đã ký)" and stamps skipped). */
function signatureLines(lines: (i: number) => Line[], start: Line, count: number): { titles: Line[]; signer: Line | null } {
  const titles: Line[] = [];
  let signer: Line | null = null;
  const pieces = (i: number): Line[] => (i === start.paragraph ? lines(i).filter((l) => l.start >= start.start) : lines(i));
  let blanks = 0;
  for (let i = start.paragraph; i < count && signer === null; i += 1) {
    const all = pieces(i);
    if (all.length === 0) {
      // Room left for the signature and the stamp: a few blank lines, rarely more than a dozen.
      blanks += 1;
      if (blanks > 12) break;
      continue;
    }
    // Recipient lines beside the signature (the other column) are not part of it.
    const here = all.filter((l) => !ITEM.test(l.content) && !isRecipientsHeading(l.content));
    for (const line of here) {
      if (isSignatureLine(line.content)) titles.push(line);
      else if (SIGNATURE_NOTE.test(line.content)) continue;
      else if (NAME.test(line.content) && titles.length > 0) {
        signer = line;
        break;
      } else if (titles.length > 0) return { titles, signer };
    }
  }
  return { titles, signer };
}
