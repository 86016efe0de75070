/**
 * The only module that talks to Word. Every operation is one `Word.run` with as few
 * `context.sync()` round trips as the API allows:
 *   readSnapshot  1 sync, whatever the document size (all properties through load paths);
 *   select        2 syncs (paragraph texts with the search, then select);
 *   applyEdits    2 syncs for any number of edits (texts with all searches, then all replacements);
 *   addComments   2 syncs, same shape as applyEdits;
 *   insertTable   1 sync; listTables 2 syncs; refreshTable 2 syncs.
 * Word has no offset-based ranges, so a place is found as paragraph + exact text + which
 * occurrence, and refused when the paragraph no longer holds the text the check saw.
 */
import type { Alignment, Paragraph, Snapshot } from "../../src/document/snapshot";
import type { Edit, Localized } from "../../src/core/types";

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordHost {
  run: WordRun;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host inside Word: the one place that hands `Word.run` to the gateway. */
export function officeWordHost(): WordHost {
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export interface Capabilities {
  /** Highest WordApi version found, e.g. "1.4". */
  wordApi: string;
  comments: boolean;
  trackChanges: boolean;
  /** Inserted tables keep their data in a custom XML part and can be refreshed. */
  refreshableTables: boolean;
  footnotes: boolean;
  requirementSets: string[];
}

export type RefusalReason = "stale" | "not-found" | "missing-paragraph" | "footnote" | "too-long";

export interface Refusal<T> {
  item: T;
  reason: RefusalReason;
}

export interface BatchOutcome<T> {
  done: T[];
  refused: Refusal<T>[];
}

/** A place the engine reported: paragraph + UTF-16 offsets + the text it saw there. */
export interface Place {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface CommentRequest extends Place {
  message: string;
}

export type CellAlignment = "Left" | "Centered" | "Right";

export interface TableRequest {
  /** Header rows (repeated on each page). */
  headerRows: string[][];
  rows: string[][];
  /** Alignment of each body cell (numbers: Right); Left where absent. Header cells are centred. */
  align?: CellAlignment[][];
  title: string;
  /** Placed under the table. */
  note?: string;
  /** Whatever the caller needs to rebuild the table on Refresh (stored as JSON). */
  spec?: unknown;
}

export interface StoredTable {
  tag: string;
  title: string;
  spec: unknown;
}

export interface InsertedTable {
  tag: string;
  refreshable: boolean;
}

/** Word search strings are limited to 255 characters. */
const MAX_SEARCH = 255;
const TABLE_NAMESPACE = "urn:soanchuan:indicator-table:v1";
const TAG_PREFIX = "soanchuan-table-";
const WORD_API_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

export function detectCapabilities(isSetSupported: WordHost["isSetSupported"]): Capabilities {
  const versions = WORD_API_VERSIONS.filter((v) => safeIsSetSupported(isSetSupported, "WordApi", v));
  const wordApi = versions[versions.length - 1] ?? "1.1";
  const has = (v: string) => versions.includes(v);
  return {
    wordApi,
    comments: has("1.4"),
    trackChanges: has("1.4"),
    refreshableTables: has("1.4"),
    footnotes: has("1.5"),
    requirementSets: versions.map((v) => `WordApi ${v}`),
  };
}

function safeIsSetSupported(isSetSupported: WordHost["isSetSupported"], name: string, version: string): boolean {
  try {
    return isSetSupported(name, version);
  } catch {
    return false;
  }
}

const PARAGRAPH_LOAD = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/isListItem",
  "items/alignment",
  "items/tableNestingLevel",
  "items/font/name",
  "items/font/size",
  "items/font/bold",
  "items/font/italic",
  "items/listItemOrNullObject/level",
  "items/listItemOrNullObject/listString",
];

const ALIGNMENTS: readonly string[] = ["Left", "Centered", "Right", "Justified"];

export class WordGateway {
  readonly capabilities: Capabilities;

  constructor(private readonly host: WordHost) {
    this.capabilities = detectCapabilities(host.isSetSupported);
  }

  /** Paragraphs (body order, table cells included) then footnote bodies, in one sync. */
  readSnapshot(): Promise<Snapshot> {
    return this.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(PARAGRAPH_LOAD.join(","));
      const footnotes = this.capabilities.footnotes ? context.document.body.footnotes : null;
      footnotes?.load("items/body/text");
      await context.sync();

      const result: Paragraph[] = paragraphs.items.map((p, index) => toParagraph(p, index));
      footnotes?.items.forEach((note, i) => {
        result.push({ index: result.length, text: note.body.text, footnoteId: String(i + 1) });
      });
      return { source: "word", paragraphs: result, requirementSets: this.capabilities.requirementSets };
    });
  }

  /** Selects the text of a finding in the document. */
  async select(place: Place, checked: Snapshot): Promise<RefusalReason | null> {
    const edit: Edit = { paragraph: place.paragraph, start: place.start, end: place.end, expected: place.text, text: place.text };
    const outcome = await this.locateAndAct([edit], checked, (range) => range.select());
    return outcome.refused[0]?.reason ?? null;
  }

  /**
   * Applies edits in one batch, last paragraph first and right to left. An edit is refused
   * (and reported) when its paragraph's text differs from the text the check saw.
   */
  async applyEdits(edits: readonly Edit[], checked: Snapshot, options: { trackChanges?: boolean } = {}): Promise<BatchOutcome<Edit>> {
    const ordered = [...edits].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
    return this.locateAndAct(ordered, checked, (range, _edit, widened) => range.insertText(widened.text, "Replace"), (context) => {
      if (options.trackChanges && this.capabilities.trackChanges) context.document.changeTrackingMode = "TrackAll";
    });
  }

  /** Adds one Word comment per request, anchored on the reported text (WordApi 1.4). */
  async addComments(requests: readonly CommentRequest[], checked: Snapshot): Promise<BatchOutcome<CommentRequest>> {
    if (!this.capabilities.comments) throw new Error("Comments need WordApi 1.4.");
    const byEdit = new Map<Edit, CommentRequest>();
    const edits = requests.map((r) => {
      const edit: Edit = { paragraph: r.paragraph, start: r.start, end: r.end, expected: r.text, text: r.text };
      byEdit.set(edit, r);
      return edit;
    });
    const outcome = await this.locateAndAct(edits, checked, (range, edit) => range.insertComment(byEdit.get(edit)!.message));
    return {
      done: outcome.done.map((e) => byEdit.get(e)!),
      refused: outcome.refused.map((r) => ({ item: byEdit.get(r.item)!, reason: r.reason })),
    };
  }

  /**
   * Shared shape of select / fix / comment, in 2 syncs whatever the number of edits. Word has no
   * way to reach paragraph n before the collection is loaded, so the places are found with one
   * body-wide search per distinct text, queued together with the paragraph texts (sync 1). The
   * live texts then say which paragraphs changed and, counted in document order, which match is
   * each edit's; every action is queued last paragraph first and runs in sync 2.
   */
  private locateAndAct(
    edits: readonly Edit[],
    checked: Snapshot,
    /** `widened` is the edit as searched (an insertion takes in a neighbouring character). */
    act: (range: Word.Range, edit: Edit, widened: Edit) => void,
    before?: (context: Word.RequestContext) => void,
  ): Promise<BatchOutcome<Edit>> {
    return this.host.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      const searches = new Map<string, Word.RangeCollection>();
      const refused: Refusal<Edit>[] = [];
      const planned: { edit: Edit; seen: Paragraph; widened: Edit }[] = [];
      for (const edit of edits) {
        const seen = checked.paragraphs[edit.paragraph];
        if (!seen || seen.footnoteId !== undefined) {
          refused.push({ item: edit, reason: seen ? "footnote" : "missing-paragraph" });
          continue;
        }
        const widened = widenToSearchable(edit, seen.text);
        planned.push({ edit, seen, widened });
        if (isSearchable(edit, widened, seen.text) && !searches.has(widened.expected)) {
          const search = body.search(escapeSearch(widened.expected), { matchCase: true });
          search.load("items/text");
          searches.set(widened.expected, search);
        }
      }
      if (planned.length === 0) return { done: [], refused };
      paragraphs.load("items/text");
      await context.sync();

      const live = paragraphs.items.map((p) => p.text);
      const matches = new MatchCounter(live);
      const actions: { range: Word.Range; edit: Edit; widened: Edit }[] = [];
      for (const { edit, seen, widened } of planned) {
        const reason = refusalBeforeSearch(edit, seen, widened, live[edit.paragraph]);
        if (reason) {
          refused.push({ item: edit, reason });
          continue;
        }
        const range = pickMatch(searches.get(widened.expected)!, matches, widened);
        if (range) actions.push({ range, edit, widened });
        else refused.push({ item: edit, reason: "not-found" });
      }
      if (actions.length === 0) return { done: [], refused };
      before?.(context);
      for (const { range, edit, widened } of actions) act(range, edit, widened);
      await context.sync();
      return { done: actions.map((a) => a.edit), refused };
    });
  }

  /**
   * Inserts a table after the paragraph holding the selection, in one sync: Table Grid style,
   * header row repeated, numbers right-aligned, wrapped in a content control; on WordApi 1.4 its
   * data is kept in a custom XML part so it can be refreshed later.
   */
  insertTable(table: TableRequest): Promise<InsertedTable> {
    return this.host.run(async (context) => {
      const anchor = context.document.getSelection().paragraphs.getLast();
      const tag = `${TAG_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const values = [...table.headerRows, ...table.rows];
      const inserted = anchor.insertTable(values.length, values[0]?.length ?? 1, "After", values);
      formatTable(inserted, table, 0);
      const control = inserted.insertContentControl();
      control.tag = tag;
      control.title = table.title;
      if (table.note) inserted.insertParagraph(table.note, "After");
      const refreshable = this.capabilities.refreshableTables;
      if (refreshable) context.document.customXmlParts.add(tableXml(tag, table));
      await context.sync();
      return { tag, refreshable };
    });
  }

  /** Tables inserted earlier that carry their data (WordApi 1.4), in 2 syncs. */
  listTables(): Promise<StoredTable[]> {
    if (!this.capabilities.refreshableTables) return Promise.resolve([]);
    return this.host.run(async (context) => {
      const parts = context.document.customXmlParts;
      parts.load("items/namespaceUri");
      await context.sync();
      const xmls = parts.items.filter((p) => p.namespaceUri.startsWith(TABLE_NAMESPACE)).map((p) => p.getXml());
      await context.sync();
      return xmls.map((x) => parseTableXml(x.value)).filter((t): t is StoredTable => t !== null);
    });
  }

  /** Replaces the body rows of a table inserted earlier and its stored data, in 2 syncs. */
  refreshTable(tag: string, table: TableRequest): Promise<boolean> {
    if (!this.capabilities.refreshableTables) return Promise.reject(new Error("Refresh needs WordApi 1.4."));
    return this.host.run(async (context) => {
      const control = context.document.contentControls.getByTag(tag).getFirstOrNullObject();
      control.load("tag");
      const target = control.tables.getFirstOrNullObject();
      target.load("rowCount");
      const parts = context.document.customXmlParts.getByNamespace(tableNamespace(tag));
      parts.load("items");
      await context.sync();
      if (control.isNullObject || target.isNullObject) return false;

      const headers = table.headerRows.length;
      if (target.rowCount > headers) target.deleteRows(headers, target.rowCount - headers);
      if (table.rows.length > 0) target.addRows("End", table.rows.length, table.rows);
      formatTable(target, table, headers);
      for (const part of parts.items) part.delete();
      context.document.customXmlParts.add(tableXml(tag, table));
      await context.sync();
      return true;
    });
  }
}

/** Table Grid style, header rows repeated and centred, body cells aligned as asked (from row `fromRow`). */
function formatTable(table: Word.Table, request: TableRequest, fromRow: number): void {
  const headers = request.headerRows.length;
  table.styleBuiltIn = "TableGrid";
  table.headerRowCount = headers;
  for (let r = fromRow; r < headers; r++) {
    request.headerRows[r]!.forEach((_, c) => (table.getCell(r, c).horizontalAlignment = "Centered"));
  }
  request.rows.forEach((row, i) =>
    row.forEach((_, c) => {
      const align = request.align?.[i]?.[c] ?? "Left";
      if (align !== "Left") table.getCell(headers + i, c).horizontalAlignment = align;
    }),
  );
}

function toParagraph(p: Word.Paragraph, index: number): Paragraph {
  const result: Paragraph = { index, text: p.text, style: p.style, styleBuiltIn: p.styleBuiltIn };
  if (p.outlineLevel >= 1 && p.outlineLevel <= 9) result.outlineLevel = p.outlineLevel;
  if (ALIGNMENTS.includes(p.alignment)) result.alignment = p.alignment as Alignment;
  if (p.tableNestingLevel > 0) result.tableNesting = p.tableNestingLevel;
  const list = p.listItemOrNullObject;
  if (p.isListItem && !list.isNullObject) result.list = { level: list.level, marker: list.listString || undefined };
  // Word reports null for mixed formatting; keep only what is known.
  const font = Object.fromEntries(
    (["name", "size", "bold", "italic"] as const).flatMap((key) => (p.font[key] === null || p.font[key] === undefined ? [] : [[key, p.font[key]]])),
  );
  if (Object.keys(font).length > 0) result.font = font;
  return result;
}

/**
 * Word cannot search for an empty string: an insertion is widened to take in the character
 * before it (or after it, at the start of a paragraph), and the replacement carries that character.
 */
export function widenToSearchable(edit: Edit, paragraphText: string): Edit {
  if (edit.start < edit.end) return edit;
  if (edit.start > 0) {
    const before = paragraphText.slice(edit.start - 1, edit.start);
    return { ...edit, start: edit.start - 1, expected: before, text: before + edit.text };
  }
  const after = paragraphText.slice(edit.end, edit.end + 1);
  return { ...edit, end: edit.end + 1, expected: after, text: edit.text + after };
}

/** Which of Word's left-to-right, non-overlapping matches starts at `start`; -1 when none does. */
export function occurrenceIndex(text: string, needle: string, start: number): number {
  if (needle === "") return -1;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && i <= start; i = text.indexOf(needle, i + needle.length), n++) {
    if (i === start) return n;
  }
  return -1;
}

/** Whether an edit's text can be searched for at all (checked before queueing its search). */
function isSearchable(edit: Edit, widened: Edit, seenText: string): boolean {
  return (
    seenText.slice(edit.start, edit.end) === edit.expected &&
    widened.expected.length <= MAX_SEARCH &&
    occurrenceIndex(seenText, widened.expected, widened.start) >= 0
  );
}

/** Why an edit cannot be located, in the order the reasons are reported; null when it can be. */
function refusalBeforeSearch(edit: Edit, seen: Paragraph, widened: Edit, liveText: string | undefined): RefusalReason | null {
  if (liveText === undefined) return "missing-paragraph";
  if (liveText !== seen.text || seen.text.slice(edit.start, edit.end) !== edit.expected) return "stale";
  if (widened.expected.length > MAX_SEARCH) return "too-long";
  if (occurrenceIndex(seen.text, widened.expected, widened.start) < 0) return "not-found";
  return null;
}

/**
 * The body-wide match of `widened`: Word lists matches in document order and a match never spans
 * a paragraph mark, so its index is the matches in earlier paragraphs plus its rank in its own.
 * When Word found a different number of matches than the texts hold (hidden text, fields), the
 * index cannot be trusted and no range is returned.
 */
function pickMatch(search: Word.RangeCollection, matches: MatchCounter, widened: Edit): Word.Range | null {
  const perParagraph = matches.perParagraph(widened.expected);
  if (search.items.length !== perParagraph.total) return null;
  const index = perParagraph.before[widened.paragraph]! + occurrenceIndex(matches.texts[widened.paragraph]!, widened.expected, widened.start);
  const range = search.items[index];
  return range && range.text === widened.expected ? range : null;
}

/** Counts Word's non-overlapping matches of a text in every paragraph, once per text. */
class MatchCounter {
  private cache = new Map<string, { before: number[]; total: number }>();

  constructor(readonly texts: readonly string[]) {}

  perParagraph(needle: string): { before: number[]; total: number } {
    let counts = this.cache.get(needle);
    if (!counts) {
      const before: number[] = [];
      let total = 0;
      for (const text of this.texts) {
        before.push(total);
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) total++;
      }
      counts = { before, total };
      this.cache.set(needle, counts);
    }
    return counts;
  }
}

function escapeSearch(text: string): string {
  return text.replace(/\^/g, "^^");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** One namespace per table, so a table's part is found without reading every part's XML. */
function tableNamespace(tag: string): string {
  return `${TABLE_NAMESPACE}:${tag}`;
}

function tableXml(tag: string, table: TableRequest): string {
  const data = JSON.stringify({ title: table.title, spec: table.spec ?? null, headerRows: table.headerRows, rows: table.rows, note: table.note ?? null });
  return `<soanchuanTable xmlns="${tableNamespace(tag)}" tag="${escapeXml(tag)}">${escapeXml(data)}</soanchuanTable>`;
}

function parseTableXml(xml: string): StoredTable | null {
  const tag = /\btag="([^"]*)"/.exec(xml)?.[1];
  const body = /<soanchuanTable[^>]*>([\s\S]*)<\/soanchuanTable>/.exec(xml)?.[1];
  if (!tag || body === undefined) return null;
  try {
    const data = JSON.parse(unescapeXml(body)) as { title?: string; spec?: unknown };
    return { tag: unescapeXml(tag), title: data.title ?? "", spec: data.spec ?? null };
  } catch {
    return null;
  }
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e]!);
}

/** The message a refused edit is reported with. */
export const REFUSAL_MESSAGES: Record<RefusalReason, Localized> = {
  stale: { vi: "Đoạn văn đã thay đổi từ lần kiểm tra trước — hãy kiểm tra lại.", en: "The paragraph changed since the check — re-check first." },
  "not-found": { vi: "Không tìm thấy đoạn chữ cần sửa trong văn bản.", en: "The text to change was not found in the document." },
  "missing-paragraph": { vi: "Đoạn văn không còn trong văn bản.", en: "The paragraph is no longer in the document." },
  footnote: { vi: "Chưa hỗ trợ sửa trong chú thích cuối trang.", en: "Changes inside footnotes are not supported yet." },
  "too-long": { vi: "Đoạn chữ quá dài để Word tìm kiếm (tối đa 255 ký tự).", en: "The text is too long for Word search (255 characters at most)." },
};
