/**
 * Places a Word user can see. Paragraph numbers are not shown by Word (and count table cells and
 * footnotes too), so messages name a place by the headings above it and its first words:
 * "mục II › 1, “Tổng sản phẩm trên địa bàn…”".
 */
import type { Localized } from "../core/types";
import type { CheckContext } from "../lint/context";
import { STRUCTURE, type HeadingEntry } from "./analysis";
import type { OutlineEntry } from "./types";

/** Enough words (syllables, in Vietnamese) of a heading's title to recognise it. */
const TITLE_WORDS = 5;
/** Enough first words of a paragraph to find it. */
const SNIPPET_WORDS = 6;

/** The first words of a heading's title ("Phương hướng, nhiệm vụ…"). */
export function shortTitle(title: string): string {
  return firstWords(title, TITLE_WORDS);
}

/** A heading as a reader names it: its marker and the first words of its title ("II. Phương hướng, nhiệm vụ…"). */
export function shortHeading(entry: Pick<OutlineEntry, "marker" | "title">): string {
  return [entry.marker, shortTitle(entry.title)].filter(Boolean).join(" ");
}

/** The place of a paragraph, for a message: the heading path and the paragraph's first words, quoted. */
export function placeOf(ctx: CheckContext, paragraph: number): Localized {
  const p = ctx.snapshot.paragraphs[paragraph];
  // Normalised text: no invisible characters or look-alikes inside the quote.
  const text = ctx.text[paragraph]?.normalized ?? "";
  const quoted = quote(firstWords(text.slice(LEADING_NON_WORD.exec(text)?.[0].length ?? 0), SNIPPET_WORDS));
  const { layout, entries } = ctx.get(STRUCTURE);
  let where: Localized | null;
  if (p?.footnoteId !== undefined) where = { vi: `chú thích ${p.footnoteId}`, en: `footnote ${p.footnoteId}` };
  else if (paragraph < layout.bodyStart) where = { vi: "phần đầu văn bản", en: "the header" };
  else if (layout.closing && paragraph > layout.closing.last) where = { vi: "sau phần chữ ký", en: "after the signature" };
  else if (paragraph >= layout.bodyEnd) where = { vi: "phần cuối văn bản", en: "the closing" };
  else {
    const path = headingsAbove(entries, paragraph);
    const own = path[path.length - 1];
    // A heading is named by itself.
    if (own?.paragraph === paragraph) return { vi: `mục ${quote(shortHeading(own))}`, en: `heading ${quote(shortHeading(own))}` };
    const names = pathNames(path);
    where = names ? { vi: `mục ${names}`, en: `section ${names}` } : null;
  }
  const table = (p?.tableNesting ?? 0) > 0 ? { vi: "bảng", en: "table" } : null;
  const join = (lang: keyof Localized) => [where?.[lang], table?.[lang], quoted].filter(Boolean).join(", ");
  const vi = join("vi");
  return vi ? { vi, en: join("en") } : { vi: "một đoạn trống", en: "an empty paragraph" };
}

/** The headings above a paragraph (or the paragraph's own heading), outermost first. */
function headingsAbove(entries: readonly HeadingEntry[], paragraph: number): HeadingEntry[] {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].paragraph <= paragraph) lo = mid + 1;
    else hi = mid;
  }
  const path: HeadingEntry[] = [];
  for (let k: number | null = lo - 1; k !== null && k >= 0; k = entries[k].parent) path.unshift(entries[k]);
  return path;
}

/**
 * "II › 1 › a": each heading by its marker ("1.2" stands for "1" too), or by its quoted title
 * when only a style makes it a heading.
 */
function pathNames(path: readonly HeadingEntry[]): string {
  const names: string[] = [];
  for (const entry of path) {
    const marker = entry.marker.trim().replace(/[.):]+$/u, "");
    const name = marker || quote(shortTitle(entry.title));
    if (marker && names.length > 0 && marker.startsWith(`${names[names.length - 1]}.`)) names[names.length - 1] = name;
    else names.push(name);
  }
  return names.join(" › ");
}

const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const SPACES = /\s+/u;

/**
 * The first `count` words, with an ellipsis when more follow. The split stops after them (a
 * piece more for an empty one before leading white space): a paragraph may hold thousands.
 */
function firstWords(text: string, count: number): string {
  const words = text.split(SPACES, count + 2).filter(Boolean);
  if (words.length <= count) return words.join(" ");
  return `${words.slice(0, count).join(" ").replace(/[,;:.–-]+$/u, "")}…`;
}

function quote(text: string): string {
  return text ? `“${text}”` : "";
}
