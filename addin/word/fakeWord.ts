/**
 * A simulated Word host: the subset of the Word JavaScript API that the gateway uses, with the
 * same proxy semantics as Office (`load` queues a read, `sync` runs the queue in order, reading a
 * property that was not loaded throws, writes and inserts happen on `sync`; an action that fails
 * stops the sync with the earlier actions already applied, as Office does not roll a batch back).
 *
 * It fails where Word fails, so tests cannot pass on kindness:
 * - `paragraph.text` holds U+0002 where a footnote reference sits, and a note body starts with
 *   its own U+0002;
 * - with change tracking on, deleted text stays in `text` (as Word on the web and inline markup
 *   show it) and only `getReviewedText("Current")` drops it; search runs over `text`, so a string
 *   broken by a deletion is not found;
 * - search text longer than 255 characters (escapes included) fails the sync with
 *   `SearchStringInvalidOrTooLong`; an unknown `^` code fails with `InvalidArgument`; no match
 *   spans a note mark, a placeholder or a line break;
 * - `addRows` copies the first or last existing row's formatting as its template;
 * - properties outside the host's requirement sets (All Caps: WordApiDesktop 1.3) cannot be loaded.
 * It counts syncs and the ranges searches return, and notifies listeners after each sync that
 * changed the document (the playground re-renders on it).
 */
import type { Alignment, Snapshot } from "../../src/document/snapshot";
import { NOTE_MARK, isSearchBoundary, toWordText } from "./textModel";
import type { DocumentSettings } from "./documentSettings";
import { nextTask } from "../nextTask";

/** Unknown values stay unknown: a plain-text source has no fonts, and the host must not invent them. */
export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  allCaps?: boolean | null;
}

export interface FakeParagraph {
  id: number;
  /** What `paragraph.text` reports: note marks as U+0002, tracked deletions included. */
  text: string;
  /** One character per character of `text`: "=" plain, "+" tracked insertion, "-" tracked deletion. */
  changes: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  list?: { level: number; listString: string };
  alignment: Alignment | "Unknown";
  font: FakeFont;
  /** Set for paragraphs inside a table cell. */
  cell?: { tableId: number; row: number; column: number };
  /** A content control around this one paragraph (the add-in's notes under its tables). */
  contentControl?: { tag: string; title: string };
}

export interface FakeTable {
  id: number;
  rows: FakeParagraph[][];
  styleBuiltIn: string;
  headerRowCount: number;
  alignments: string[][];
  contentControl?: { tag: string; title: string };
}

export type FakeBlock = { kind: "paragraph"; paragraph: FakeParagraph } | { kind: "table"; table: FakeTable };

export interface FakeComment {
  id: number;
  paragraph: FakeParagraph;
  start: number;
  end: number;
  content: string;
}

export interface FakeRevision {
  paragraph: FakeParagraph;
  start: number;
  removed: string;
  inserted: string;
}

interface LiveRange {
  paragraph: FakeParagraph;
  start: number;
  end: number;
}

export interface FakeNote {
  id: string;
  /** Starts with the note's own U+0002 reference mark, as Word's note body text does. */
  text: string;
}

export interface FakeDocumentState {
  blocks: FakeBlock[];
  /** In the order of their reference marks in the body. */
  footnotes: FakeNote[];
  comments: FakeComment[];
  revisions: FakeRevision[];
  selection: LiveRange | null;
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly";
  customXmlParts: { id: string; namespace: string; xml: string }[];
}

type Action = () => void;

export class PropertyNotLoadedError extends Error {
  constructor(property: string) {
    super(`The property '${property}' is not available. Load it and call context.sync() before reading it.`);
    this.name = "PropertyNotLoaded";
  }
}

/** An error as Office reports it: `code` is one of Word.ErrorCodes. */
export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** The text without tracked deletions, what `getReviewedText("Current")` returns. */
export function currentText(p: FakeParagraph, start = 0, end = p.text.length): string {
  let out = "";
  for (let i = start; i < end; i++) if (p.changes[i] !== "-") out += p.text[i];
  return out;
}

function originalText(p: FakeParagraph, start = 0, end = p.text.length): string {
  let out = "";
  for (let i = start; i < end; i++) if (p.changes[i] !== "+") out += p.text[i];
  return out;
}

/** Where a simulated document's saved settings live (in memory by default; the playground keeps them per document). */
export interface SettingsShelf {
  read(): Record<string, unknown>;
  write(values: Record<string, unknown>): void;
}

export function memoryShelf(): SettingsShelf {
  let saved: Record<string, unknown> = {};
  return { read: () => saved, write: (values) => (saved = values) };
}

/**
 * Office document settings as Office keeps them: values are JSON (what is set is a copy), `set`
 * changes only the open session, and only `save` puts them into the document, so a pane opened
 * again (`reopen`) reads what was saved and nothing else.
 */
export class FakeDocumentSettings implements DocumentSettings {
  private values: Record<string, unknown>;
  saves = 0;

  constructor(private readonly shelf: SettingsShelf = memoryShelf()) {
    this.values = copy(shelf.read());
  }

  get(name: string): unknown {
    return name in this.values ? copy(this.values[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.values[name] = copy(value);
  }

  save(): Promise<void> {
    this.saves += 1;
    this.shelf.write(copy(this.values));
    return Promise.resolve();
  }

  /** The settings a pane sees when the saved document is opened again. */
  reopen(): FakeDocumentSettings {
    return new FakeDocumentSettings(this.shelf);
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export interface FakeHostOptions {
  /** The document's saved settings; false for a host without document settings. */
  settings?: SettingsShelf | false;
}

/** The simulated document plus its request queue. */
export class FakeWordHost {
  readonly state: FakeDocumentState;
  /** Office document settings, or null where the host offers none. */
  readonly settings: FakeDocumentSettings | null;
  syncCount = 0;
  /** Searches run and the ranges they returned (what Word sends back and the add-in must hold). */
  searches = 0;
  rangesReturned = 0;
  /** Characters of `text` properties loaded so far (what a jump must not spend on the whole document). */
  textCharsRead = 0;
  private nextId = 1;
  private liveRanges = new Map<FakeParagraph, LiveRange[]>();
  private listeners = new Set<() => void>();
  private failure: { sync: number; after: number } | null = null;

  constructor(
    snapshot: Snapshot,
    /** e.g. { WordApi: "1.4" }: the highest version of each requirement set this host claims. */
    private readonly supported: Record<string, string> = { WordApi: "1.4" },
    options: FakeHostOptions = {},
  ) {
    this.settings = options.settings === false ? null : new FakeDocumentSettings(options.settings);
    this.state = {
      blocks: [],
      footnotes: [],
      comments: [],
      revisions: [],
      selection: null,
      changeTrackingMode: "Off",
      customXmlParts: [],
    };
    const bodies = new Map<string, string[]>();
    const referenced: string[] = [];
    for (const p of snapshot.paragraphs) {
      if (p.footnoteId !== undefined) {
        bodies.set(p.footnoteId, [...(bodies.get(p.footnoteId) ?? []), p.text]);
        continue;
      }
      this.state.blocks.push({ kind: "paragraph", paragraph: this.makeParagraph(wordTextOf(p), p) });
      referenced.push(...(p.footnoteRefs ?? []).map((r) => r.id));
    }
    const ids = [...referenced.filter((id) => bodies.has(id)), ...[...bodies.keys()].filter((id) => !referenced.includes(id))];
    for (const id of new Set(ids)) this.state.footnotes.push({ id, text: NOTE_MARK + bodies.get(id)!.join("\r") });
  }

  isSetSupported = (name: string, version = "1.1"): boolean => {
    const have = this.supported[name];
    return have !== undefined && compareVersions(have, version) >= 0;
  };

  /** Same shape as `Word.run`: one request context per batch. */
  run = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Word.RequestContext);
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every paragraph in body order, table cells included (what `body.paragraphs` returns). */
  paragraphs(): FakeParagraph[] {
    return this.state.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.paragraph] : b.table.rows.flat()));
  }

  /** Each paragraph's text as the reader sees it after the tracked changes (marks included). */
  currentTexts(): string[] {
    return this.paragraphs().map((p) => currentText(p));
  }

  makeParagraph(text: string, from: Partial<Snapshot["paragraphs"][number]> = {}): FakeParagraph {
    const builtIn = from.styleBuiltIn ?? (from.outlineLevel ? `Heading${from.outlineLevel}` : "Normal");
    return {
      id: this.nextId++,
      text,
      changes: "=".repeat(text.length),
      style: from.style ?? builtIn,
      styleBuiltIn: builtIn,
      outlineLevel: from.outlineLevel ?? 10,
      list: from.list ? { level: from.list.level, listString: from.list.marker ?? "" } : undefined,
      alignment: from.alignment ?? "Unknown",
      font: { ...from.font },
    };
  }

  newId(): number {
    return this.nextId++;
  }

  /**
   * The next `sync` number `sync` (1 = the next one) stops with an error after running `after`
   * of its queued actions — to prove an operation never leaves the document half-changed.
   */
  failSync(sync: number, after: number): void {
    this.failure = { sync: this.syncCount + sync, after };
  }

  takeFailure(): number | null {
    if (!this.failure || this.failure.sync !== this.syncCount) return null;
    const after = this.failure.after;
    this.failure = null;
    return after;
  }

  /** Adds a footnote at Word offset `at` of `paragraph`, as the writer would. */
  insertFootnote(paragraph: FakeParagraph, at: number, text: string): void {
    const before = this.paragraphs().slice(0, this.paragraphs().indexOf(paragraph));
    const index = before.reduce((n, p) => n + countMarks(p.text), 0) + countMarks(paragraph.text.slice(0, at));
    this.splice(paragraph, at, 0, NOTE_MARK, "=");
    this.state.footnotes.splice(index, 0, { id: String(this.newId()), text: NOTE_MARK + text });
  }

  /** Types `text` over Word offsets start..end of `paragraph` under the document's tracking mode. */
  type(paragraph: FakeParagraph, start: number, end: number, text: string): void {
    this.write({ paragraph, start, end }, text, "Replace");
  }

  /** Registers a range so later edits in its paragraph move it the way Word's ranges track text. */
  track(range: LiveRange): LiveRange {
    const list = this.liveRanges.get(range.paragraph) ?? [];
    list.push(range);
    this.liveRanges.set(range.paragraph, list);
    return range;
  }

  /**
   * Writes text at a range and returns the range of the new text; under change tracking the
   * replaced text stays in the paragraph, marked deleted, and the new text follows it.
   */
  write(range: LiveRange, text: string, location: "Replace" | "Start" | "End"): LiveRange {
    const p = range.paragraph;
    const tracking = this.state.changeTrackingMode !== "Off";
    if (location !== "Replace") {
      const at = location === "Start" ? range.start : range.end;
      this.splice(p, at, 0, text, tracking ? "+" : "=");
      if (tracking) this.state.revisions.push({ paragraph: p, start: at, removed: "", inserted: text });
      return { paragraph: p, start: at, end: at + text.length };
    }
    const start = range.start;
    let end = range.end;
    const removed = currentText(p, start, end);
    if (!tracking) {
      this.splice(p, start, end - start, text, "=");
      return { paragraph: p, start, end: start + text.length };
    }
    // Text the tracking inserted is simply removed again; the rest stays, marked deleted.
    for (let i = end - 1; i >= start; i--) {
      if (p.changes[i] === "+") {
        this.splice(p, i, 1, "", "=");
        end--;
      }
    }
    p.changes = p.changes.slice(0, start) + p.changes.slice(start, end).replace(/=/g, "-") + p.changes.slice(end);
    this.splice(p, end, 0, text, "+");
    this.state.revisions.push({ paragraph: p, start, removed, inserted: text });
    return { paragraph: p, start: end, end: end + text.length };
  }

  /** Replaces `remove` characters at `at` and moves every range anchored in the paragraph. */
  private splice(p: FakeParagraph, at: number, remove: number, insert: string, mark: string): void {
    p.text = p.text.slice(0, at) + insert + p.text.slice(at + remove);
    p.changes = p.changes.slice(0, at) + mark.repeat(insert.length) + p.changes.slice(at + remove);
    const delta = insert.length - remove;
    const anchored = [...(this.liveRanges.get(p) ?? []), ...this.state.comments, ...(this.state.selection ? [this.state.selection] : [])];
    for (const r of anchored) {
      if (r.paragraph !== p) continue;
      r.start = r.start < at ? r.start : r.start >= at + remove ? r.start + delta : at;
      r.end = r.end <= at ? r.end : r.end >= at + remove ? r.end + delta : at;
    }
  }

  insertBlockAfter(paragraph: FakeParagraph, block: FakeBlock): void {
    const at = this.state.blocks.findIndex(
      (b) => (b.kind === "paragraph" && b.paragraph === paragraph) || (b.kind === "table" && b.table.rows.flat().includes(paragraph)),
    );
    this.state.blocks.splice(at < 0 ? this.state.blocks.length : at + 1, 0, block);
  }

  tableById(id: number): FakeTable | undefined {
    for (const b of this.state.blocks) if (b.kind === "table" && b.table.id === id) return b.table;
    return undefined;
  }

  removeBlock(test: (b: FakeBlock) => boolean): void {
    const at = this.state.blocks.findIndex(test);
    if (at < 0) throw new FakeWordError("ItemNotFound", "the object does not exist.");
    this.state.blocks.splice(at, 1);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function countMarks(text: string): number {
  return text.split(NOTE_MARK).length - 1;
}

/** The paragraph as Word holds it: the snapshot's marks back in place, U+0002 at each footnote reference. */
function wordTextOf(p: Snapshot["paragraphs"][number]): string {
  const marks = [...(p.inlineMarks ?? [])];
  if (!marks.some((m) => m.char === NOTE_MARK)) marks.push(...(p.footnoteRefs ?? []).map((r) => ({ offset: r.offset, char: NOTE_MARK })));
  marks.sort((a, b) => a.offset - b.offset);
  return toWordText({ text: p.text, inlineMarks: marks });
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

class FakeContext {
  private queue: Action[] = [];
  private dirty = false;
  readonly document: FakeDocument;
  constructor(readonly host: FakeWordHost) {
    this.document = new FakeDocument(this);
  }

  enqueue(action: Action, mutates = false): void {
    this.queue.push(action);
    if (mutates) this.dirty = true;
  }

  async sync(): Promise<void> {
    // Word answers a sync from another process: the pane's thread runs other tasks meanwhile. The
    // simulated host answers in a task of its own, so a fix's work is not one task with the click.
    await nextTask();
    this.host.syncCount++;
    const actions = this.queue;
    this.queue = [];
    const failAfter = this.host.takeFailure();
    try {
      actions.forEach((action, i) => {
        if (i === failAfter) throw new FakeWordError("GeneralException", "the sync failed (injected).");
        action();
      });
    } finally {
      if (this.dirty) {
        this.dirty = false;
        this.host.notify();
      }
    }
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}

/** A value computed at sync, like OfficeExtension.ClientResult. */
class FakeResult<T> {
  private ready = false;
  private result: T | undefined;
  constructor(context: FakeContext, compute: () => T) {
    context.enqueue(() => {
      this.result = compute();
      this.ready = true;
    });
  }
  get value(): T {
    if (!this.ready) throw new PropertyNotLoadedError("value");
    return this.result as T;
  }
}

/** Base proxy: loaded values live here; each subclass says how to read its target and navigate. */
abstract class FakeProxy<Target> {
  private loaded = new Map<string, unknown>();
  private children = new Map<string, FakeProxy<unknown>>();
  private resolved: { value: Target | null } | null = null;
  private synced = false;

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => Target | null,
  ) {}

  /** The object this proxy stands for, evaluated once, at its place in the queue. */
  target(): Target | null {
    if (!this.resolved) this.resolved = { value: this.resolver() };
    return this.resolved.value;
  }

  protected mustTarget(): Target {
    const t = this.target();
    if (t === null) throw new FakeWordError("ItemNotFound", "the object does not exist.");
    return t;
  }

  protected abstract scalars(target: Target): Record<string, unknown>;
  protected navigation(_name: string): FakeProxy<unknown> | undefined {
    return undefined;
  }

  protected child<C extends FakeProxy<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as C;
  }

  load(spec?: string | string[]): this {
    const paths = parsePaths(spec);
    this.context.enqueue(() => this.capture(paths));
    return this;
  }

  /** Runs during sync: copies the requested values from the document into the proxy. */
  capture(paths: string[][]): void {
    this.synced = true;
    const t = this.target();
    if (t === null) return;
    const values = this.scalars(t);
    const all = paths.length === 0;
    for (const key of Object.keys(values)) {
      if (!all && !paths.some((p) => p.length === 1 && p[0] === key)) continue;
      this.loaded.set(key, values[key]);
      if (key === "text") this.context.host.textCharsRead += String(values[key]).length;
    }
    const nested = new Map<string, string[][]>();
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === undefined || head in values) continue;
      const nav = this.navigation(head);
      if (!nav) throw new FakeWordError("PropertyNotFound", `'${head}' does not exist on this object in the supported requirement sets.`);
      nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest] : [])]);
    }
    for (const [name, sub] of nested) this.navigation(name)!.capture(sub);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw new PropertyNotLoadedError(name);
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new PropertyNotLoadedError("isNullObject");
    return this.target() === null;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function parsePaths(spec?: string | string[]): string[][] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim()).filter(Boolean).map((s) => s.split("/").map((x) => x.trim()));
}

/** A collection proxy: `items` exist only after a load + sync. */
abstract class FakeCollection<Target, Item extends FakeProxy<Target>> extends FakeProxy<Target[]> {
  private loadedItems: Item[] | null = null;

  protected abstract makeItem(target: Target): Item;
  protected scalars(): Record<string, unknown> {
    return {};
  }

  override capture(paths: string[][]): void {
    const targets = this.target() ?? [];
    this.loadedItems = targets.map((t) => this.makeItem(t));
    // "items/text" and "text" both load the property on every item.
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of this.loadedItems) item.capture(itemPaths);
  }

  get items(): Item[] {
    if (!this.loadedItems) throw new PropertyNotLoadedError("items");
    return this.loadedItems;
  }

  getFirst(): Item {
    return this.makeItemLazily(() => (this.target() ?? [])[0] ?? null);
  }

  getFirstOrNullObject(): Item {
    return this.getFirst();
  }

  getLast(): Item {
    return this.makeItemLazily(() => {
      const all = this.target() ?? [];
      return all[all.length - 1] ?? null;
    });
  }

  protected abstract makeItemLazily(resolve: () => Target | null): Item;
}

class FakeDocument extends FakeProxy<FakeDocumentState> {
  constructor(context: FakeContext) {
    super(context, () => context.host.state);
  }
  protected scalars(t: FakeDocumentState): Record<string, unknown> {
    return { changeTrackingMode: t.changeTrackingMode };
  }
  protected override navigation(name: string): FakeProxy<unknown> | undefined {
    if (name === "body") return this.body as FakeProxy<unknown>;
    return undefined;
  }
  get body(): FakeBody {
    return this.child("body", () => new FakeBody(this.context));
  }
  get changeTrackingMode(): string {
    return this.read("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    requireSet(this.context, "WordApi", "1.4", "changeTrackingMode");
    this.context.enqueue(() => {
      this.context.host.state.changeTrackingMode = mode as FakeDocumentState["changeTrackingMode"];
    }, true);
  }
  get customXmlParts(): FakeCustomXmlParts {
    requireSet(this.context, "WordApi", "1.4", "customXmlParts");
    return this.child("customXmlParts", () => new FakeCustomXmlParts(this.context));
  }
  get contentControls(): FakeContentControls {
    return this.child("contentControls", () => new FakeContentControls(this.context, () => controlsOf(this.context.host)));
  }
  getSelection(): FakeRange {
    return new FakeRange(this.context, () => this.context.host.state.selection);
  }
}

function requireSet(context: FakeContext, set: string, version: string, what: string): void {
  if (!context.host.isSetSupported(set, version)) throw new FakeWordError("ApiNotFound", `${what} needs ${set} ${version}.`);
}

class FakeBody extends FakeProxy<FakeDocumentState> {
  constructor(context: FakeContext) {
    super(context, () => context.host.state);
  }
  protected scalars(): Record<string, unknown> {
    return { text: this.context.host.paragraphs().map((p) => p.text).join("\r") };
  }
  protected override navigation(name: string): FakeProxy<unknown> | undefined {
    if (name === "paragraphs") return this.paragraphs as FakeProxy<unknown>;
    if (name === "footnotes") return this.footnotes as FakeProxy<unknown>;
    if (name === "endnotes") return this.endnotes as FakeProxy<unknown>;
    return undefined;
  }
  get paragraphs(): FakeParagraphs {
    return this.child("paragraphs", () => new FakeParagraphs(this.context, () => this.context.host.paragraphs()));
  }
  /** Matches in every body paragraph (table cells included, footnotes not), in document order. */
  search(text: string, options: { matchCase?: boolean } = {}): FakeRanges {
    const ranges = new FakeRanges(this.context, () => {
      this.context.host.searches++;
      const needle = parseSearchText(text);
      return this.context.host.paragraphs().flatMap((p) => searchIn(this.context.host, p, 0, p.text.length, needle, options.matchCase ?? false));
    });
    this.context.enqueue(() => ranges.target());
    return ranges;
  }
  get footnotes(): FakeNotes {
    requireSet(this.context, "WordApi", "1.5", "footnotes");
    return this.child("footnotes", () => new FakeNotes(this.context, () => this.context.host.state.footnotes));
  }
  /** The fake holds no endnotes; the collection exists where Word has it. */
  get endnotes(): FakeNotes {
    requireSet(this.context, "WordApi", "1.5", "endnotes");
    return this.child("endnotes", () => new FakeNotes(this.context, () => []));
  }
  getComments(): FakeComments {
    requireSet(this.context, "WordApi", "1.4", "comments");
    const comments = new FakeComments(this.context, () => [...this.context.host.state.comments]);
    this.context.enqueue(() => comments.target());
    return comments;
  }
}

class FakeNotes extends FakeCollection<FakeNote, FakeNoteItem> {
  protected makeItem(t: FakeNote): FakeNoteItem {
    return new FakeNoteItem(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => FakeNote | null): FakeNoteItem {
    return new FakeNoteItem(this.context, resolve);
  }
}

class FakeNoteItem extends FakeProxy<FakeNote> {
  protected scalars(): Record<string, unknown> {
    return { type: "Footnote" };
  }
  protected override navigation(name: string): FakeProxy<unknown> | undefined {
    return name === "body" ? (this.body as FakeProxy<unknown>) : undefined;
  }
  get body(): FakeNoteBody {
    return this.child("body", () => new FakeNoteBody(this.context, () => this.target()));
  }
}

class FakeNoteBody extends FakeProxy<FakeNote> {
  protected scalars(t: FakeNote): Record<string, unknown> {
    return { text: t.text };
  }
  get text(): string {
    return this.read("text");
  }
}

class FakeParagraphs extends FakeCollection<FakeParagraph, FakeParagraphProxy> {
  protected makeItem(t: FakeParagraph): FakeParagraphProxy {
    return new FakeParagraphProxy(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => FakeParagraph | null): FakeParagraphProxy {
    const item = new FakeParagraphProxy(this.context, resolve);
    this.context.enqueue(() => item.target());
    return item;
  }
}

class FakeParagraphProxy extends FakeProxy<FakeParagraph> {
  protected scalars(p: FakeParagraph): Record<string, unknown> {
    return {
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      outlineLevel: p.outlineLevel,
      isListItem: p.list !== undefined,
      alignment: p.alignment,
      tableNestingLevel: p.cell ? 1 : 0,
    };
  }
  protected override navigation(name: string): FakeProxy<unknown> | undefined {
    if (name === "font") return this.font as FakeProxy<unknown>;
    if (name === "listItemOrNullObject") return this.listItemOrNullObject as FakeProxy<unknown>;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject as FakeProxy<unknown>;
    return undefined;
  }
  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  get outlineLevel(): number {
    return this.read("outlineLevel");
  }
  get isListItem(): boolean {
    return this.read("isListItem");
  }
  get alignment(): string {
    return this.read("alignment");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }
  get font(): FakeFontProxy {
    return this.child("font", () => new FakeFontProxy(this.context, () => this.target()?.font ?? null));
  }
  get listItemOrNullObject(): FakeListItem {
    return this.child("listItemOrNullObject", () => new FakeListItem(this.context, () => this.target()?.list ?? null));
  }
  /** The content control around the paragraph: its own, or the one wrapping its table. */
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.child("parentContentControlOrNullObject", () =>
      new FakeContentControl(this.context, () => {
        const p = this.target();
        if (p?.contentControl) return p;
        const table = p?.cell ? this.context.host.tableById(p.cell.tableId) : undefined;
        return table?.contentControl ? table : null;
      }),
    );
  }

  /** Wraps the paragraph in a content control (WordApi 1.1); a paragraph of a table cell is not supported by the fake. */
  insertContentControl(): FakeContentControl {
    const control = new FakeContentControl(this.context, () => this.mustTarget());
    this.context.enqueue(() => {
      const p = this.mustTarget();
      if (p.cell) throw new FakeWordError("InvalidArgument", "the fake host wraps body paragraphs only.");
      p.contentControl ??= { tag: "", title: "" };
    }, true);
    return control;
  }

  getReviewedText(version: "Current" | "Original" = "Current"): FakeResult<string> {
    requireSet(this.context, "WordApi", "1.4", "getReviewedText");
    return new FakeResult(this.context, () => (version === "Current" ? currentText(this.mustTarget()) : originalText(this.mustTarget())));
  }

  search(text: string, options: { matchCase?: boolean } = {}): FakeRanges {
    const ranges = new FakeRanges(this.context, () => {
      this.context.host.searches++;
      const p = this.mustTarget();
      return searchIn(this.context.host, p, 0, p.text.length, parseSearchText(text), options.matchCase ?? false);
    });
    this.context.enqueue(() => ranges.target());
    return ranges;
  }

  /** "Whole" and "Content" are the paragraph's text (the fake has no paragraph mark to leave out). */
  getRange(location: "Whole" | "Start" | "End" | "Content" = "Whole"): FakeRange {
    const range = new FakeRange(this.context, () => {
      const p = this.mustTarget();
      const start = location === "End" ? p.text.length : 0;
      const end = location === "Start" ? 0 : p.text.length;
      return this.context.host.track({ paragraph: p, start, end });
    });
    this.context.enqueue(() => range.target());
    return range;
  }

  insertParagraph(text: string, location: "After" | "Before"): FakeParagraphProxy {
    const host = this.context.host;
    const made = host.makeParagraph(text);
    this.context.enqueue(() => {
      const p = this.mustTarget();
      if (location === "After") host.insertBlockAfter(p, { kind: "paragraph", paragraph: made });
      else {
        const at = host.state.blocks.findIndex((b) => b.kind === "paragraph" && b.paragraph === p);
        host.state.blocks.splice(Math.max(at, 0), 0, { kind: "paragraph", paragraph: made });
      }
    }, true);
    return new FakeParagraphProxy(this.context, () => made);
  }

  insertTable(rowCount: number, columnCount: number, location: "After" | "Before", values?: string[][]): FakeTableProxy {
    if (location !== "After") throw new FakeWordError("InvalidArgument", "the fake host inserts tables after a paragraph only.");
    return newTable(this.context, rowCount, columnCount, values, (block) => this.context.host.insertBlockAfter(this.mustTarget(), block));
  }

  delete(): void {
    this.context.enqueue(() => {
      const p = this.mustTarget();
      this.context.host.removeBlock((b) => b.kind === "paragraph" && b.paragraph === p);
    }, true);
  }
}

function newTable(
  context: FakeContext,
  rowCount: number,
  columnCount: number,
  values: string[][] | undefined,
  place: (block: FakeBlock) => void,
): FakeTableProxy {
  const host = context.host;
  const table: FakeTable = { id: host.newId(), rows: [], styleBuiltIn: "Normal", headerRowCount: 0, alignments: [] };
  fillRows(host, table, 0, rowCount, columnCount, values, null);
  context.enqueue(() => place({ kind: "table", table }), true);
  return new FakeTableProxy(context, () => (host.tableById(table.id) ? table : null));
}

/** New rows at `at`; with a template row they copy its alignment, as Word's addRows does. */
function fillRows(host: FakeWordHost, table: FakeTable, at: number, rowCount: number, columnCount: number, values: string[][] | undefined, template: number | null): void {
  const rows: FakeParagraph[][] = [];
  const alignments: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    rows.push(
      Array.from({ length: columnCount }, (_, c) => {
        const p = host.makeParagraph(values?.[r]?.[c] ?? "");
        if (template !== null) p.font = { ...table.rows[template]?.[c]?.font };
        p.cell = { tableId: table.id, row: at + r, column: c };
        return p;
      }),
    );
    alignments.push(Array.from({ length: columnCount }, (_, c) => (template !== null ? table.alignments[template]?.[c] : undefined) ?? "Left"));
  }
  table.rows.splice(at, 0, ...rows);
  table.alignments.splice(at, 0, ...alignments);
  renumberCells(table);
}

function renumberCells(table: FakeTable): void {
  table.rows.forEach((row, r) => row.forEach((p, c) => (p.cell = { tableId: table.id, row: r, column: c })));
}

/**
 * Word's search text: at most 255 characters, `^` codes for special characters (`^^` caret,
 * `^t` tab, `^s` non-breaking space, `^~` non-breaking hyphen, `^-` optional hyphen).
 */
function parseSearchText(text: string): string {
  if (text === "") throw new FakeWordError("InvalidArgument", "the search text is empty.");
  if (text.length > 255) throw new FakeWordError("SearchStringInvalidOrTooLong", `the search text has ${text.length} characters; 255 at most.`);
  const codes: Record<string, string> = { "^": "^", t: "\t", s: "\u00a0", "~": "\u001e", "-": "\u001f" };
  return text.replace(/\^(.?)/g, (_, code: string) => {
    const char = codes[code];
    if (char === undefined) throw new FakeWordError("InvalidArgument", `unknown special character ^${code}.`);
    return char;
  });
}

/** Non-overlapping matches left to right within start..end; none spans a note mark or a line break. */
function searchIn(host: FakeWordHost, p: FakeParagraph, start: number, end: number, needle: string, matchCase: boolean): LiveRange[] {
  if ([...needle].some((c) => isSearchBoundary(c) && c !== "\u001f")) return [];
  const fold = (s: string) => (matchCase ? s : s.toLocaleLowerCase("vi"));
  const hay = fold(p.text.slice(start, end));
  const pin = fold(needle);
  const found: LiveRange[] = [];
  for (let i = hay.indexOf(pin); i >= 0; i = hay.indexOf(pin, i + pin.length)) {
    found.push(host.track({ paragraph: p, start: start + i, end: start + i + needle.length }));
  }
  host.rangesReturned += found.length;
  return found;
}

class FakeFontProxy extends FakeProxy<FakeFont> {
  protected scalars(f: FakeFont): Record<string, unknown> {
    const values: Record<string, unknown> = { name: f.name ?? null, size: f.size ?? null, bold: f.bold ?? null, italic: f.italic ?? null };
    if (this.context.host.isSetSupported("WordApiDesktop", "1.3")) values.allCaps = f.allCaps ?? false;
    return values;
  }
  get name(): string | null {
    return this.read("name");
  }
  get size(): number | null {
    return this.read("size");
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  get allCaps(): boolean | null {
    return this.read("allCaps");
  }
}

class FakeListItem extends FakeProxy<{ level: number; listString: string }> {
  protected scalars(l: { level: number; listString: string }): Record<string, unknown> {
    return { level: l.level, listString: l.listString };
  }
  get level(): number {
    return this.read("level");
  }
  get listString(): string {
    return this.read("listString");
  }
}

class FakeRanges extends FakeCollection<LiveRange, FakeRange> {
  protected makeItem(t: LiveRange): FakeRange {
    return new FakeRange(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => LiveRange | null): FakeRange {
    const item = new FakeRange(this.context, resolve);
    this.context.enqueue(() => item.target());
    return item;
  }
}

type LocationRelation = "Equal" | "Before" | "After" | "Contains" | "InsideStart" | "Inside" | "Overlaps" | "Unrelated";

class FakeRange extends FakeProxy<LiveRange> {
  protected scalars(r: LiveRange): Record<string, unknown> {
    return { text: r.paragraph.text.slice(r.start, r.end) };
  }
  protected override navigation(name: string): FakeProxy<unknown> | undefined {
    return name === "paragraphs" ? (this.paragraphs as FakeProxy<unknown>) : undefined;
  }
  get text(): string {
    return this.read("text");
  }
  get paragraphs(): FakeParagraphs {
    return this.child("paragraphs", () => new FakeParagraphs(this.context, () => {
      const r = this.target();
      return r ? [r.paragraph] : [this.context.host.paragraphs().at(-1)!];
    }));
  }
  getReviewedText(version: "Current" | "Original" = "Current"): FakeResult<string> {
    requireSet(this.context, "WordApi", "1.4", "getReviewedText");
    return new FakeResult(this.context, () => {
      const r = this.mustTarget();
      return version === "Current" ? currentText(r.paragraph, r.start, r.end) : originalText(r.paragraph, r.start, r.end);
    });
  }
  search(text: string, options: { matchCase?: boolean } = {}): FakeRanges {
    const ranges = new FakeRanges(this.context, () => {
      this.context.host.searches++;
      const r = this.mustTarget();
      return searchIn(this.context.host, r.paragraph, r.start, r.end, parseSearchText(text), options.matchCase ?? false);
    });
    this.context.enqueue(() => ranges.target());
    return ranges;
  }
  /** From this range to the end of `other` (or from `other`'s start), like Word's expandTo. */
  expandTo(other: FakeRange): FakeRange {
    const range = new FakeRange(this.context, () => {
      const a = this.mustTarget();
      const b = other.mustTarget();
      if (a.paragraph !== b.paragraph) throw new FakeWordError("InvalidArgument", "the fake host expands within one paragraph only.");
      return this.context.host.track({ paragraph: a.paragraph, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    });
    this.context.enqueue(() => range.target());
    return range;
  }
  compareLocationWith(other: FakeRange): FakeResult<LocationRelation> {
    return new FakeResult(this.context, () => relation(this.mustTarget(), other.mustTarget()));
  }
  select(): void {
    this.context.enqueue(() => {
      const r = this.mustTarget();
      this.context.host.state.selection = { paragraph: r.paragraph, start: r.start, end: r.end };
    }, true);
  }
  insertText(text: string, location: "Replace" | "Start" | "End"): FakeRange {
    const inserted = new FakeRange(this.context, () => this.context.host.track(this.context.host.write(this.mustTarget(), text, location)));
    this.context.enqueue(() => inserted.target(), true);
    return inserted;
  }
  insertComment(content: string): FakeCommentProxy {
    requireSet(this.context, "WordApi", "1.4", "insertComment");
    const host = this.context.host;
    let made: FakeComment | null = null;
    this.context.enqueue(() => {
      const r = this.mustTarget();
      made = { id: host.newId(), paragraph: r.paragraph, start: r.start, end: r.end, content };
      host.state.comments.push(made);
    }, true);
    return new FakeCommentProxy(this.context, () => made);
  }
}

function relation(a: LiveRange, b: LiveRange): LocationRelation {
  if (a.paragraph !== b.paragraph) return "Unrelated";
  if (a.start === b.start && a.end === b.end) return "Equal";
  if (a.end <= b.start) return "Before";
  if (a.start >= b.end) return "After";
  if (a.start <= b.start && a.end >= b.end) return "Contains";
  if (a.start >= b.start && a.end <= b.end) return a.start === b.start ? "InsideStart" : "Inside";
  return "Overlaps";
}

class FakeComments extends FakeCollection<FakeComment, FakeCommentProxy> {
  protected makeItem(t: FakeComment): FakeCommentProxy {
    return new FakeCommentProxy(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => FakeComment | null): FakeCommentProxy {
    return new FakeCommentProxy(this.context, resolve);
  }
}

class FakeCommentProxy extends FakeProxy<FakeComment> {
  protected scalars(c: FakeComment): Record<string, unknown> {
    return { content: c.content, id: String(c.id) };
  }
  get content(): string {
    return this.read("content");
  }
  getRange(): FakeRange {
    const range = new FakeRange(this.context, () => this.mustTarget());
    this.context.enqueue(() => range.target());
    return range;
  }
  delete(): void {
    this.context.enqueue(() => {
      const comments = this.context.host.state.comments;
      comments.splice(comments.indexOf(this.mustTarget()), 1);
    }, true);
  }
}

class FakeTableProxy extends FakeProxy<FakeTable> {
  protected scalars(t: FakeTable): Record<string, unknown> {
    return {
      rowCount: t.rows.length,
      headerRowCount: t.headerRowCount,
      styleBuiltIn: t.styleBuiltIn,
      values: t.rows.map((row) => row.map((p) => p.text)),
    };
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  set styleBuiltIn(style: string) {
    this.context.enqueue(() => (this.mustTarget().styleBuiltIn = style), true);
  }
  set headerRowCount(count: number) {
    this.context.enqueue(() => (this.mustTarget().headerRowCount = count), true);
  }
  getCell(row: number, column: number): { horizontalAlignment: string } {
    const context = this.context;
    const table = (): FakeTable => this.mustTarget();
    return {
      set horizontalAlignment(alignment: string) {
        context.enqueue(() => {
          const t = table();
          if (!t.alignments[row] || t.alignments[row][column] === undefined) throw new FakeWordError("ItemNotFound", "no such cell.");
          t.alignments[row][column] = alignment;
        }, true);
      },
      get horizontalAlignment(): string {
        throw new PropertyNotLoadedError("horizontalAlignment");
      },
    };
  }
  deleteRows(rowIndex: number, rowCount = 1): void {
    this.context.enqueue(() => {
      const t = this.mustTarget();
      t.rows.splice(rowIndex, rowCount);
      t.alignments.splice(rowIndex, rowCount);
      renumberCells(t);
    }, true);
  }
  /** Word: "using the first or last existing row as a template". */
  addRows(location: "Start" | "End", rowCount: number, values?: string[][]): void {
    this.context.enqueue(() => {
      const t = this.mustTarget();
      const template = location === "End" ? t.rows.length - 1 : 0;
      const at = location === "End" ? t.rows.length : 0;
      fillRows(this.context.host, t, at, rowCount, t.rows[template]?.length ?? values?.[0]?.length ?? 0, values, template);
    }, true);
  }
  insertContentControl(): FakeContentControl {
    const cc = new FakeContentControl(this.context, () => this.mustTarget());
    this.context.enqueue(() => {
      const t = this.mustTarget();
      t.contentControl = t.contentControl ?? { tag: "", title: "" };
    }, true);
    return cc;
  }
  insertParagraph(text: string, location: "After"): FakeParagraphProxy {
    if (location !== "After") throw new FakeWordError("InvalidArgument", "the fake host inserts after a table only.");
    const host = this.context.host;
    const made = host.makeParagraph(text);
    this.context.enqueue(() => {
      const blocks = host.state.blocks;
      const at = blocks.findIndex((b) => b.kind === "table" && b.table === this.mustTarget());
      blocks.splice(at + 1, 0, { kind: "paragraph", paragraph: made });
    }, true);
    return new FakeParagraphProxy(this.context, () => (host.paragraphs().includes(made) ? made : null));
  }
  delete(): void {
    this.context.enqueue(() => {
      const t = this.mustTarget();
      this.context.host.removeBlock((b) => b.kind === "table" && b.table === t);
    }, true);
  }
  getParagraphAfterOrNullObject(): FakeParagraphProxy {
    const p = new FakeParagraphProxy(this.context, () => {
      const blocks = this.context.host.state.blocks;
      const at = blocks.findIndex((b) => b.kind === "table" && b.table === this.target());
      const next = blocks[at + 1];
      return next?.kind === "paragraph" ? next.paragraph : null;
    });
    this.context.enqueue(() => p.target());
    return p;
  }
}

/** What a content control wraps in the fake: one inserted table, or one body paragraph. */
type ControlHolder = FakeTable | FakeParagraph;

function isTable(holder: ControlHolder): holder is FakeTable {
  return "rows" in holder;
}

function holds(block: FakeBlock, holder: ControlHolder): boolean {
  return block.kind === "table" ? block.table === holder : block.paragraph === holder;
}

/** Tables (with or without a control, as before) and controlled paragraphs, in document order. */
function controlsOf(host: FakeWordHost): ControlHolder[] {
  return host.state.blocks.flatMap((b): ControlHolder[] => (b.kind === "table" ? [b.table] : b.paragraph.contentControl ? [b.paragraph] : []));
}

class FakeContentControl extends FakeProxy<ControlHolder> {
  protected scalars(t: ControlHolder): Record<string, unknown> {
    return { tag: t.contentControl?.tag ?? "", title: t.contentControl?.title ?? "" };
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(tag: string) {
    this.context.enqueue(() => (this.mustTarget().contentControl!.tag = tag), true);
  }
  set title(title: string) {
    this.context.enqueue(() => (this.mustTarget().contentControl!.title = title), true);
  }
  set appearance(_value: string) {
    // Visual only; the playground always draws a frame around content controls.
  }
  get tables(): { getFirstOrNullObject(): FakeTableProxy } {
    return {
      getFirstOrNullObject: () =>
        new FakeTableProxy(this.context, () => {
          const held = this.target();
          return held && isTable(held) ? held : null;
        }),
    };
  }
  insertTable(rowCount: number, columnCount: number, location: "After", values?: string[][]): FakeTableProxy {
    if (location !== "After") throw new FakeWordError("InvalidArgument", "the fake host inserts tables after a content control only.");
    return newTable(this.context, rowCount, columnCount, values, (block) => {
      const blocks = this.context.host.state.blocks;
      const at = blocks.findIndex((b) => holds(b, this.mustTarget()));
      blocks.splice(at + 1, 0, block);
    });
  }
  /** Removes the control; with `keepContent` false what it wraps goes too. */
  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const t = this.mustTarget();
      if (keepContent) delete t.contentControl;
      else this.context.host.removeBlock((b) => holds(b, t));
    }, true);
  }
}

class FakeContentControls extends FakeCollection<ControlHolder, FakeContentControl> {
  protected makeItem(t: ControlHolder): FakeContentControl {
    return new FakeContentControl(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => ControlHolder | null): FakeContentControl {
    return new FakeContentControl(this.context, resolve);
  }
  getByTag(tag: string): FakeContentControls {
    const found = new FakeContentControls(this.context, () => controlsOf(this.context.host).filter((t) => t.contentControl?.tag === tag));
    this.context.enqueue(() => found.target());
    return found;
  }
}

type FakeXmlPart = FakeDocumentState["customXmlParts"][number];

class FakeCustomXmlParts extends FakeCollection<FakeXmlPart, FakeCustomXmlPart> {
  constructor(context: FakeContext, resolver: () => FakeXmlPart[] | null = () => context.host.state.customXmlParts) {
    super(context, resolver);
  }
  protected makeItem(t: FakeXmlPart): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => FakeXmlPart | null): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, resolve);
  }
  add(xml: string): FakeCustomXmlPart {
    const part: FakeXmlPart = { id: `{${this.context.host.newId()}}`, namespace: rootNamespace(xml), xml };
    this.context.enqueue(() => this.context.host.state.customXmlParts.push(part), true);
    return new FakeCustomXmlPart(this.context, () => part);
  }
  getByNamespace(namespace: string): FakeCustomXmlParts {
    const found = new FakeCustomXmlParts(this.context, () =>
      this.context.host.state.customXmlParts.filter((p) => p.namespace === namespace),
    );
    this.context.enqueue(() => found.target());
    return found;
  }
}

function rootNamespace(xml: string): string {
  return /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}

class FakeCustomXmlPart extends FakeProxy<FakeXmlPart> {
  protected scalars(p: FakeXmlPart): Record<string, unknown> {
    return { id: p.id, namespaceUri: p.namespace };
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  getXml(): { value: string } {
    let value: string | null = null;
    this.context.enqueue(() => (value = this.mustTarget().xml));
    return {
      get value(): string {
        if (value === null) throw new PropertyNotLoadedError("value");
        return value;
      },
    };
  }
  setXml(xml: string): void {
    this.context.enqueue(() => (this.mustTarget().xml = xml), true);
  }
  delete(): void {
    this.context.enqueue(() => {
      const parts = this.context.host.state.customXmlParts;
      parts.splice(parts.indexOf(this.mustTarget()), 1);
    }, true);
  }
}
