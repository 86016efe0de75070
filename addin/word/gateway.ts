/**
 * The only module that talks to Word. Every operation is one `Word.run` with a constant number
 * of `context.sync()` round trips, whatever the number of paragraphs, edits or comments:
 *   readSnapshot      1 sync, 2 where WordApi 1.4 gives the text without tracked deletions;
 *   select            ≤ 4 syncs (collection; target paragraph texts and searches; narrowing; select);
 *   applyEdits        ≤ 4 syncs for any number of edits (the same three, then all edits at once);
 *   insertComments    ≤ 5 syncs (as applyEdits, plus one to compare with comments already there);
 *   removeAddinComments 2 syncs; insertTable 1 sync; listTables 2 syncs; refreshTable 3 syncs.
 *
 * Word has no offset-based ranges and its paragraph text is not the engine's (note marks,
 * tracked deletions). Every place is found inside its own paragraph: the paragraph must still
 * hold the text the check saw, and the place is reached by a paragraph-scoped search for a string
 * unique in that paragraph (see locate.ts); what cannot be reached exactly is refused with a reason.
 */
import type { Alignment, FontInfo, Paragraph, Snapshot } from "../../src/document/snapshot";
import type { Edit, Localized } from "../../src/core/types";
import { LocalizedError } from "../../src/core/errors";
import { NOTE_MARK, escapeSearch, fromWordText, toWordOffset, toWordText } from "./textModel";
import { matchCount, occurrenceIndex, planInsert, planReplace, type Probe, type Target } from "./locate";

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
  /** Change tracking mode and the text without tracked deletions (getReviewedText). */
  trackChanges: boolean;
  /** Inserted tables keep their data in a custom XML part and can be refreshed. */
  refreshableTables: boolean;
  footnotes: boolean;
  /** Font.allCaps (WordApiDesktop 1.3). */
  allCaps: boolean;
  /** Paragraph.parentContentControlOrNullObject (WordApi 1.3): the add-in's own tables are recognised. */
  contentControls: boolean;
  requirementSets: string[];
}

export type RefusalReason =
  | "stale"
  | "not-found"
  | "missing-paragraph"
  | "footnote"
  | "too-long"
  | "ambiguous"
  | "crosses-mark"
  | "revisions"
  | "overlap";

export interface Refusal<T> {
  item: T;
  reason: RefusalReason;
}

export interface BatchOutcome<T> {
  done: T[];
  refused: Refusal<T>[];
}

export interface CommentOutcome extends BatchOutcome<CommentRequest> {
  /** Requests whose Soạn Chuẩn comment was already on exactly that range: not added again. */
  existing: CommentRequest[];
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

export interface EditOptions {
  /**
   * "Track my fixes": true records the add-in's edits as tracked changes, false makes them
   * untracked; absent follows the document. The user's own mode is restored afterwards.
   */
  trackChanges?: boolean;
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

/** Every comment the add-in writes starts with this, so it can find (and remove) its own. */
export const COMMENT_TAG = "[Soạn Chuẩn] ";
const TABLE_NAMESPACE = "urn:soanchuan:indicator-table:v1";
/** Tag prefix of the content controls the add-in inserts (tables). */
export const TAG_PREFIX = "soanchuan-table-";
const WORD_API_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

export function detectCapabilities(isSetSupported: WordHost["isSetSupported"]): Capabilities {
  const versions = WORD_API_VERSIONS.filter((v) => safeIsSetSupported(isSetSupported, "WordApi", v));
  const wordApi = versions[versions.length - 1] ?? "1.1";
  const has = (v: string) => versions.includes(v);
  const allCaps = safeIsSetSupported(isSetSupported, "WordApiDesktop", "1.3");
  return {
    wordApi,
    comments: has("1.4"),
    trackChanges: has("1.4"),
    refreshableTables: has("1.4"),
    footnotes: has("1.5"),
    allCaps,
    contentControls: has("1.3"),
    requirementSets: [...versions.map((v) => `WordApi ${v}`), ...(allCaps ? ["WordApiDesktop 1.3"] : [])],
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
const SEARCH_OPTIONS = { matchCase: true };

/** One edit as Word gets it: touching edits of a paragraph merged, so no anchor sits inside another edit. */
interface MergedEdit {
  edits: Edit[];
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Something to do at one place: the item it answers, where, and (for edits) the text to write. */
interface Job<T> {
  item: T;
  paragraph: number;
  target: Target;
  text: string;
  /** Word offset the job starts at; edits run right to left so no action moves a later anchor. */
  order: number;
}

interface Located<T> {
  job: Job<T>;
  range: Word.Range;
}

export class WordGateway {
  readonly capabilities: Capabilities;

  constructor(private readonly host: WordHost) {
    this.capabilities = detectCapabilities(host.isSetSupported);
  }

  /**
   * Paragraphs (body order, table cells included) then footnote bodies. The text is Word's
   * current text (tracked deletions left out where WordApi 1.4 allows) mapped to the engine's:
   * note marks and placeholders removed and remembered (`inlineMarks`), footnote references
   * linked to their bodies (`footnoteRefs`), paragraphs of the add-in's own tables marked.
   */
  readSnapshot(): Promise<Snapshot> {
    return this.host.run(async (context) => {
      const caps = this.capabilities;
      const paragraphs = context.document.body.paragraphs;
      const load = [...PARAGRAPH_LOAD];
      if (caps.allCaps) load.push("items/font/allCaps");
      if (caps.contentControls) load.push("items/parentContentControlOrNullObject/tag");
      paragraphs.load(load.join(","));
      const footnotes = caps.footnotes ? context.document.body.footnotes : null;
      footnotes?.load("items/body/text");
      const endnotes = caps.footnotes ? context.document.body.endnotes : null;
      endnotes?.load("items/type");
      await context.sync();

      const current = caps.trackChanges ? paragraphs.items.map((p) => p.getReviewedText("Current")) : null;
      if (current) await context.sync();
      const result: Paragraph[] = paragraphs.items.map((p, index) => this.toParagraph(p, index, current?.[index]!.value ?? p.text));
      if (footnotes) {
        // Word lists notes in reference order; with endnotes also marked U+0002 the order is ambiguous.
        if (endnotes!.items.length === 0) linkFootnotes(result, footnotes.items.length);
        footnotes.items.forEach((note, i) => {
          for (const line of note.body.text.split(/\r\n?|\n/)) {
            const { text, marks } = fromWordText(line);
            const paragraph: Paragraph = { index: result.length, text, footnoteId: String(i + 1) };
            if (marks.length > 0) paragraph.inlineMarks = marks;
            result.push(paragraph);
          }
        });
      }
      return { source: "word", paragraphs: result, requirementSets: caps.requirementSets };
    });
  }

  /** Selects the text of a finding in the document (the whole paragraph for whole-paragraph findings). */
  async select(place: Place, checked: Snapshot): Promise<RefusalReason | null> {
    const refused: Refusal<Place>[] = [];
    const job = this.rangeJob(place, checked, refused);
    if (!job) return refused[0]!.reason;
    return this.host.run(async (context) => {
      const located = await this.locate(context, [job], checked, refused);
      if (located.length === 0) return refused[0]?.reason ?? "not-found";
      located[0]!.range.select();
      await context.sync();
      return null;
    });
  }

  /**
   * Applies edits in one batch. Each is checked against the text the check saw and located inside
   * its paragraph; what cannot be located exactly is refused with the reason, the rest applied.
   */
  async applyEdits(edits: readonly Edit[], checked: Snapshot, options: EditOptions = {}): Promise<BatchOutcome<Edit>> {
    const refused: Refusal<Edit>[] = [];
    const jobs: Job<MergedEdit>[] = [];
    for (const merged of mergeEdits(edits, checked, refused)) {
      const seen = checked.paragraphs[merged.paragraph]!;
      const word = toWordText(seen);
      const target =
        merged.start === merged.end
          ? planInsert(word, toWordOffset(seen.inlineMarks, merged.start, "before"))
          : planReplace(word, wordSpan(seen, merged.start, merged.end), "edit");
      if (typeof target === "string") refused.push(...merged.edits.map((item) => ({ item, reason: target })));
      else jobs.push({ item: merged, paragraph: merged.paragraph, target, text: merged.text, order: toWordOffset(seen.inlineMarks, merged.start, "after") });
    }
    if (jobs.length === 0) return { done: [], refused };
    return this.host.run(async (context) => {
      const document = context.document;
      const switchMode = options.trackChanges !== undefined && this.capabilities.trackChanges;
      if (switchMode) document.load("changeTrackingMode");
      const mergedRefusals: Refusal<MergedEdit>[] = [];
      const located = await this.locate(context, jobs, checked, mergedRefusals);
      for (const r of mergedRefusals) refused.push(...r.item.edits.map((item) => ({ item, reason: r.reason })));
      if (located.length === 0) return { done: [], refused };
      const userMode = switchMode ? document.changeTrackingMode : null;
      const wanted = options.trackChanges ? "TrackAll" : "Off";
      if (userMode !== null && userMode !== wanted) document.changeTrackingMode = wanted;
      located.sort((a, b) => b.job.paragraph - a.job.paragraph || b.job.order - a.job.order);
      for (const { job, range } of located) range.insertText(job.text, job.target.location);
      if (userMode !== null && userMode !== wanted) document.changeTrackingMode = userMode;
      await context.sync();
      return { done: located.flatMap((l) => l.job.item.edits), refused };
    });
  }

  /**
   * Adds one comment per request on exactly the reported range (the whole paragraph for
   * whole-paragraph findings), its text tagged with COMMENT_TAG. A request whose tagged comment is
   * already on that exact range is not added again (reported in `existing`). WordApi 1.4.
   */
  async insertComments(requests: readonly CommentRequest[], checked: Snapshot): Promise<CommentOutcome> {
    if (!this.capabilities.comments) throw needsWordApi("comments", "1.4");
    const refused: Refusal<CommentRequest>[] = [];
    const seen = new Set<string>();
    const jobs: Job<CommentRequest>[] = [];
    for (const request of requests) {
      const key = `${request.paragraph}:${request.start}:${request.end}:${request.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const job = this.rangeJob(request, checked, refused);
      if (job) jobs.push(job);
    }
    if (jobs.length === 0) return { done: [], refused, existing: [] };
    return this.host.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items/content");
      const located = await this.locate(context, jobs, checked, refused);
      const ours = new Map<string, Word.Comment[]>();
      for (const comment of comments.items) {
        if (comment.content.startsWith(COMMENT_TAG)) ours.set(comment.content, [...(ours.get(comment.content) ?? []), comment]);
      }
      const comparisons = located.map(({ job, range }) =>
        (ours.get(COMMENT_TAG + job.item.message) ?? []).map((comment) => comment.getRange().compareLocationWith(range)),
      );
      if (comparisons.some((list) => list.length > 0)) await context.sync();
      const done: CommentRequest[] = [];
      const existing: CommentRequest[] = [];
      located.forEach(({ job, range }, i) => {
        if (comparisons[i]!.some((c) => c.value === "Equal")) existing.push(job.item);
        else {
          range.insertComment(COMMENT_TAG + job.item.message);
          done.push(job.item);
        }
      });
      if (done.length > 0) await context.sync();
      return { done, refused, existing };
    });
  }

  /** The task pane's earlier name for insertComments. */
  addComments(requests: readonly CommentRequest[], checked: Snapshot): Promise<CommentOutcome> {
    return this.insertComments(requests, checked);
  }

  /** Deletes every comment the add-in wrote (tagged COMMENT_TAG) and no other; returns how many. */
  async removeAddinComments(): Promise<number> {
    if (!this.capabilities.comments) throw needsWordApi("comments", "1.4");
    return this.host.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items/content");
      await context.sync();
      const ours = comments.items.filter((c) => c.content.startsWith(COMMENT_TAG));
      for (const comment of ours) comment.delete();
      if (ours.length > 0) await context.sync();
      return ours.length;
    });
  }

  /** The job that covers a place (select, comment); an empty place covers the character beside it. */
  private rangeJob<T extends Place>(place: T, checked: Snapshot, refused: Refusal<T>[]): Job<T> | null {
    const seen = checked.paragraphs[place.paragraph];
    const reason = !seen
      ? "missing-paragraph"
      : seen.footnoteId !== undefined
        ? "footnote"
        : seen.text.slice(place.start, place.end) !== place.text
          ? "stale"
          : null;
    if (reason || !seen) {
      refused.push({ item: place, reason: reason ?? "missing-paragraph" });
      return null;
    }
    const word = toWordText(seen);
    let span = wordSpan(seen, place.start, place.end);
    if (span.start === span.end && word.length > 0) {
      span = span.start > 0 ? { start: span.start - 1, end: span.start } : { start: 0, end: 1 };
    }
    const wholeParagraph = word.length === 0 || (place.start === 0 && place.end === seen.text.length);
    const target: Target | string = wholeParagraph ? { kind: "paragraph", location: "Replace" } : planReplace(word, span, "range");
    if (typeof target === "string") {
      refused.push({ item: place, reason: target as RefusalReason });
      return null;
    }
    return { item: place, paragraph: place.paragraph, target, text: "", order: span.start };
  }

  /**
   * Finds the range of every job, in three syncs whatever their number: (1) the paragraph
   * collection, without its text; (2) each target paragraph's text and current text, with the
   * window searches scoped to it; (3) where needed, the search inside the found window and the
   * current text of the window in paragraphs with tracked changes. Extra loads the caller queued
   * before calling run in sync 1.
   */
  private async locate<T>(context: Word.RequestContext, jobs: readonly Job<T>[], checked: Snapshot, refused: Refusal<T>[]): Promise<Located<T>[]> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/isListItem"); // the collection, not the paragraphs' text
    await context.sync();

    const byParagraph = new Map<number, Job<T>[]>();
    for (const job of jobs) byParagraph.set(job.paragraph, [...(byParagraph.get(job.paragraph) ?? []), job]);
    const live: { proxy: Word.Paragraph; current: OfficeExtension.ClientResult<string> | null; jobs: Job<T>[] }[] = [];
    const lookups = new Map<Job<T>, ProbeLookup[]>();
    const wholeRanges = new Map<Job<T>, Word.Range>();
    for (const [index, list] of byParagraph) {
      const proxy = paragraphs.items[index];
      if (!proxy) {
        refused.push(...list.map((job) => ({ item: job.item, reason: "missing-paragraph" as const })));
        continue;
      }
      proxy.load("text");
      const current = this.capabilities.trackChanges ? proxy.getReviewedText("Current") : null;
      live.push({ proxy, current, jobs: list });
      const word = toWordText(checked.paragraphs[index]!);
      for (const job of list) {
        const target = job.target;
        if (target.kind === "paragraph") wholeRanges.set(job, proxy.getRange("Content"));
        else lookups.set(job, (target.kind === "probe" ? [target.probe] : [target.from, target.to]).map((probe) => new ProbeLookup(proxy, word, probe)));
      }
    }
    await context.sync();

    const pending: Job<T>[] = [];
    for (const { proxy, current, jobs: list } of live) {
      const seen = checked.paragraphs[list[0]!.paragraph]!;
      const currentText = current ? current.value : proxy.text;
      if (currentText !== toWordText(seen)) {
        refused.push(...list.map((job) => ({ item: job.item, reason: "stale" as const })));
        continue;
      }
      const tracked = proxy.text !== currentText;
      for (const job of list) {
        const probes = lookups.get(job);
        const reason = probes?.map((p) => p.check(tracked)).find((r) => r !== null);
        if (reason) refused.push({ item: job.item, reason });
        else pending.push(job);
      }
    }
    if ([...lookups.values()].some((probes) => probes.some((p) => p.needsSecondSync))) await context.sync();

    const located: Located<T>[] = [];
    for (const job of pending) {
      const probes = lookups.get(job);
      if (!probes) {
        located.push({ job, range: wholeRanges.get(job)! });
        continue;
      }
      const ranges = probes.map((p) => p.finish());
      const failed = ranges.find((r): r is RefusalReason => typeof r === "string");
      if (failed) refused.push({ item: job.item, reason: failed });
      else located.push({ job, range: ranges.length === 1 ? (ranges[0] as Word.Range) : (ranges[0] as Word.Range).expandTo(ranges[1] as Word.Range) });
    }
    return located;
  }

  /**
   * Inserts a table after the paragraph holding the selection, in one sync: Table Grid style,
   * header row repeated and centred, body cells aligned as asked, wrapped in a content control
   * tagged for the add-in; on WordApi 1.4 its data is kept in a custom XML part so it can be
   * refreshed later. If the sync fails, what was inserted is removed again.
   */
  insertTable(table: TableRequest): Promise<InsertedTable> {
    return this.host.run(async (context) => {
      const anchor = context.document.getSelection().paragraphs.getLast();
      const tag = `${TAG_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const values = [...table.headerRows, ...table.rows];
      const inserted = anchor.insertTable(values.length, values[0]?.length ?? 1, "After", values);
      const notes = insertNotes(inserted, table, tag);
      formatTable(inserted, table);
      const control = inserted.insertContentControl();
      control.tag = tag;
      control.title = table.title;
      const refreshable = this.capabilities.refreshableTables;
      if (refreshable) context.document.customXmlParts.add(tableXml(tag, table));
      try {
        await context.sync();
      } catch (error) {
        // The table first: a note the failed sync never inserted stops the clean-up batch at that point.
        await removeQuietly(context, () => {
          inserted.delete();
          for (const note of notes) note.paragraph.delete();
        });
        throw error;
      }
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

  /**
   * Rebuilds a table inserted earlier: the new table is built complete and formatted after the
   * old one (sync 2), then takes over its tag and data while the old one is deleted (sync 3). A
   * failure while building removes the new table, so the document never holds a half-built one.
   */
  refreshTable(tag: string, table: TableRequest): Promise<boolean> {
    if (!this.capabilities.refreshableTables) return Promise.reject(needsWordApi("table-refresh", "1.4"));
    return this.host.run(async (context) => {
      const control = context.document.contentControls.getByTag(tag).getFirstOrNullObject();
      control.load("tag");
      const oldNotes = context.document.contentControls.getByTag(noteTag(tag));
      oldNotes.load("items");
      const parts = context.document.customXmlParts.getByNamespace(tableNamespace(tag));
      parts.load("items");
      await context.sync();
      if (control.isNullObject) return false;

      const building = `${tag}-building`;
      const values = [...table.headerRows, ...table.rows];
      const fresh = control.insertTable(values.length, values[0]?.length ?? 1, "After", values);
      const freshNotes = insertNotes(fresh, table, building);
      formatTable(fresh, table);
      const freshControl = fresh.insertContentControl();
      freshControl.tag = building;
      freshControl.title = table.title;
      try {
        await context.sync();
      } catch (error) {
        await removeQuietly(context, () => {
          fresh.delete();
          for (const note of freshNotes) note.paragraph.delete();
        });
        throw error;
      }
      freshControl.tag = tag;
      for (const note of freshNotes) note.control.tag = noteTag(tag);
      for (const note of oldNotes.items) note.delete(false);
      control.delete(false);
      for (const part of parts.items) part.delete();
      context.document.customXmlParts.add(tableXml(tag, table));
      await context.sync();
      return true;
    });
  }

  private toParagraph(p: Word.Paragraph, index: number, wordText: string): Paragraph {
    const { text, marks } = fromWordText(wordText);
    const result: Paragraph = { index, text, style: p.style, styleBuiltIn: p.styleBuiltIn };
    if (marks.length > 0) result.inlineMarks = marks;
    if (p.outlineLevel >= 1 && p.outlineLevel <= 9) result.outlineLevel = p.outlineLevel;
    if (ALIGNMENTS.includes(p.alignment)) result.alignment = p.alignment as Alignment;
    if (p.tableNestingLevel > 0) result.tableNesting = p.tableNestingLevel;
    const list = p.listItemOrNullObject;
    if (p.isListItem && !list.isNullObject) result.list = { level: list.level, marker: list.listString || undefined };
    // Word reports null for mixed formatting; keep only what is known.
    const font: FontInfo = Object.fromEntries(
      (["name", "size", "bold", "italic"] as const).flatMap((key) => (p.font[key] === null || p.font[key] === undefined ? [] : [[key, p.font[key]]])),
    );
    // All Caps: Word's value (null when mixed) where it can be read, otherwise unknown.
    if (this.capabilities.allCaps) font.allCaps = p.font.allCaps ?? null;
    else if (Object.keys(font).length > 0) font.allCaps = null;
    if (Object.keys(font).length > 0) result.font = font;
    if (this.capabilities.contentControls) {
      const control = p.parentContentControlOrNullObject;
      if (!control.isNullObject && control.tag.startsWith(TAG_PREFIX)) result.ownedByAddin = true;
    }
    return result;
  }
}

/**
 * One probe of a job: the window search queued in sync 2, checked after it (exactly one match,
 * holding exactly the window's text), then narrowed to the inner string in sync 3.
 */
class ProbeLookup {
  private readonly search: Word.RangeCollection;
  private window: Word.Range | null = null;
  private windowCurrent: OfficeExtension.ClientResult<string> | null = null;
  private innerSearch: Word.RangeCollection | null = null;
  private readonly windowText: string;
  private readonly innerText: string;

  constructor(
    proxy: Word.Paragraph,
    word: string,
    private readonly probe: Probe,
  ) {
    this.windowText = word.slice(probe.window.start, probe.window.end);
    this.innerText = word.slice(probe.inner.start, probe.inner.end);
    this.search = proxy.search(escapeSearch(this.windowText), SEARCH_OPTIONS);
    this.search.load("items/text");
  }

  get needsSecondSync(): boolean {
    return this.windowCurrent !== null || this.innerSearch !== null;
  }

  /** After sync 2: null when the window was found once, with its text intact; queues sync 3's work. */
  check(tracked: boolean): RefusalReason | null {
    const found = this.search.items;
    if (found.length === 0) return tracked ? "revisions" : "not-found";
    if (found.length > 1) return "ambiguous";
    if (found[0]!.text !== this.windowText) return tracked ? "revisions" : "not-found";
    this.window = found[0]!;
    // A match in a paragraph with tracked changes must hold no deleted text to be the one the check saw.
    if (tracked) this.windowCurrent = this.window.getReviewedText("Current");
    if (this.probe.inner.start !== this.probe.window.start || this.probe.inner.end !== this.probe.window.end) {
      this.innerSearch = this.window.search(escapeSearch(this.innerText), SEARCH_OPTIONS);
      this.innerSearch.load("items/text");
    }
    return null;
  }

  /** After sync 3: the range of the inner string, or why it cannot be trusted. */
  finish(): Word.Range | RefusalReason {
    if (this.windowCurrent && this.windowCurrent.value !== this.windowText) return "revisions";
    if (!this.innerSearch) return this.window!;
    const index = occurrenceIndex(this.windowText, this.innerText, this.probe.inner.start - this.probe.window.start);
    const items = this.innerSearch.items;
    if (index < 0 || items.length !== matchCount(this.windowText, this.innerText) || items[index]?.text !== this.innerText) return "not-found";
    return items[index]!;
  }
}

/** Word span of an engine span: after any mark at its start, before any mark at its end. */
function wordSpan(seen: Paragraph, start: number, end: number): { start: number; end: number } {
  if (start === end) {
    const at = toWordOffset(seen.inlineMarks, start, "before");
    return { start: at, end: at };
  }
  return { start: toWordOffset(seen.inlineMarks, start, "after"), end: toWordOffset(seen.inlineMarks, end, "before") };
}

/**
 * Checks each edit against the text the check saw, drops the ones overlapping an earlier edit
 * (as the engine's applyEdits does), and merges edits that touch into one (an insertion right
 * after a replacement, e.g. "quyet" → "quyết" and " số" after it), applied right to left.
 */
function mergeEdits(edits: readonly Edit[], checked: Snapshot, refused: Refusal<Edit>[]): MergedEdit[] {
  const kept: Edit[] = [];
  for (const edit of edits) {
    const seen = checked.paragraphs[edit.paragraph];
    const reason: RefusalReason | null = !seen
      ? "missing-paragraph"
      : seen.footnoteId !== undefined
        ? "footnote"
        : seen.text.slice(edit.start, edit.end) !== edit.expected
          ? "stale"
          : kept.some((t) => t.paragraph === edit.paragraph && clashes(t, edit))
            ? "overlap"
            : null;
    if (reason) refused.push({ item: edit, reason });
    else kept.push(edit);
  }
  kept.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
  const merged: MergedEdit[] = [];
  for (const edit of kept) {
    const last = merged[merged.length - 1];
    if (last && last.paragraph === edit.paragraph && edit.start <= last.end) {
      last.edits.push(edit);
      last.end = Math.max(last.end, edit.end);
    } else merged.push({ edits: [edit], paragraph: edit.paragraph, start: edit.start, end: edit.end, text: "" });
  }
  for (const m of merged) {
    let text = checked.paragraphs[m.paragraph]!.text.slice(m.start, m.end);
    for (const e of [...m.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start - m.start) + e.text + text.slice(e.end - m.start);
    m.text = text;
  }
  return merged;
}

/** The engine's overlap rule (src/lint/fix.ts): shared characters, or an insertion at the same point. */
function clashes(a: Edit, b: Edit): boolean {
  return (b.start < a.end && a.start < b.end) || (b.start === b.end && a.start === b.start) || (a.start === a.end && b.start === a.start);
}

/** The error for a feature this Word does not offer. */
function needsWordApi(feature: "comments" | "table-refresh", version: string): LocalizedError {
  const what = feature === "comments" ? { vi: "Thêm nhận xét", en: "Comments" } : { vi: "Cập nhật bảng", en: "Refreshing a table" };
  return new LocalizedError(`needs-word-api-${version}`, {
    vi: `${what.vi} cần Word hỗ trợ WordApi ${version} (Microsoft 365, Word 2021 trở lên hoặc Word trên web).`,
    en: `${what.en} needs WordApi ${version} (Microsoft 365, Word 2021 or later, or Word on the web).`,
  });
}

/** Links the U+0002 marks of the body, in order, to the footnotes, when their numbers agree. */
function linkFootnotes(paragraphs: Paragraph[], footnotes: number): void {
  const marks = paragraphs.flatMap((p) => (p.inlineMarks ?? []).filter((m) => m.char === NOTE_MARK).map((m) => ({ p, offset: m.offset })));
  if (marks.length !== footnotes) return;
  marks.forEach(({ p, offset }, i) => (p.footnoteRefs ??= []).push({ id: String(i + 1), offset }));
}

/** Runs a clean-up batch after a failed sync; a failure of the clean-up itself changes nothing more. */
async function removeQuietly(context: Word.RequestContext, queue: () => void): Promise<void> {
  try {
    queue();
    await context.sync();
  } catch {
    // The object was never inserted: nothing to remove.
  }
}

/** The tag of the notes under the table tagged `tag`: the add-in's too, so checks skip them. */
function noteTag(tag: string): string {
  return `${tag}-note`;
}

/**
 * The table's note as paragraphs under it, one per line, each in a content control tagged as the
 * table's note: the reasons for empty cells and the sources are the add-in's text, not the writer's.
 */
function insertNotes(table: Word.Table, request: TableRequest, tag: string): { paragraph: Word.Paragraph; control: Word.ContentControl }[] {
  if (!request.note) return [];
  const notes: { paragraph: Word.Paragraph; control: Word.ContentControl }[] = [];
  let after: Word.Table | Word.Paragraph = table;
  for (const line of request.note.split("\n")) {
    const paragraph: Word.Paragraph = after.insertParagraph(line, "After");
    const control = paragraph.insertContentControl();
    control.tag = noteTag(tag);
    control.title = request.title;
    notes.push({ paragraph, control });
    after = paragraph;
  }
  return notes;
}

/** Table Grid style, header rows repeated and centred, every body cell aligned as asked (Left by default). */
function formatTable(table: Word.Table, request: TableRequest): void {
  const headers = request.headerRows.length;
  table.styleBuiltIn = "TableGrid";
  table.headerRowCount = headers;
  request.headerRows.forEach((row, r) => row.forEach((_, c) => (table.getCell(r, c).horizontalAlignment = "Centered")));
  request.rows.forEach((row, i) => row.forEach((_, c) => (table.getCell(headers + i, c).horizontalAlignment = request.align?.[i]?.[c] ?? "Left")));
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

/** The message a refused edit, jump or comment is reported with. */
export const REFUSAL_MESSAGES: Record<RefusalReason, Localized> = {
  stale: { vi: "Đoạn văn đã thay đổi từ lần kiểm tra trước — hãy kiểm tra lại.", en: "The paragraph changed since the check — re-check first." },
  "not-found": { vi: "Không tìm thấy đoạn chữ cần sửa trong văn bản.", en: "The text to change was not found in the document." },
  "missing-paragraph": { vi: "Đoạn văn không còn trong văn bản.", en: "The paragraph is no longer in the document." },
  footnote: { vi: "Chưa hỗ trợ sửa trong chú thích cuối trang.", en: "Changes inside footnotes are not supported yet." },
  "too-long": { vi: "Đoạn chữ quá dài để Word tìm kiếm (tối đa 255 ký tự).", en: "The text is too long for Word search (255 characters at most)." },
  ambiguous: {
    vi: "Đoạn chữ lặp lại trong đoạn văn, không xác định được chính xác chỗ cần sửa.",
    en: "The text repeats in the paragraph; the exact place cannot be determined.",
  },
  "crosses-mark": {
    vi: "Chỗ cần sửa chứa dấu chú thích hoặc ngắt dòng; sửa tự động sẽ làm mất chúng — hãy sửa tay.",
    en: "The change spans a footnote mark or line break that it would delete — edit it by hand.",
  },
  revisions: {
    vi: "Chỗ cần sửa nằm trong thay đổi đang được theo dõi (Track Changes); hãy chấp nhận hoặc từ chối thay đổi trước.",
    en: "The place lies in a tracked change; accept or reject the change first.",
  },
  overlap: { vi: "Trùng chỗ với một sửa đổi khác trong cùng lượt.", en: "Overlaps another change in the same batch." },
};
