/**
 * A simulated Word host: the subset of the Word JavaScript API that the gateway uses, with the
 * same proxy semantics as Office (`load` queues a read, `sync` runs the queue in order, reading a
 * property that was not loaded throws, writes and inserts happen on `sync`). It counts syncs so
 * tests can hold the gateway to its batching promises, and notifies listeners after each sync
 * that changed the document (the playground re-renders on it).
 */
import type { Alignment, Snapshot } from "../../src/document/snapshot";

/** Unknown values stay unknown: a plain-text source has no fonts, and the host must not invent them. */
export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

export interface FakeParagraph {
  id: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  list?: { level: number; listString: string };
  alignment: Alignment | "Unknown";
  font: FakeFont;
  /** Set for paragraphs inside a table cell. */
  cell?: { tableId: number; row: number; column: number };
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

export interface FakeDocumentState {
  blocks: FakeBlock[];
  footnotes: { id: string; text: string }[];
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

/** The simulated document plus its request queue. */
export class FakeWordHost {
  readonly state: FakeDocumentState;
  syncCount = 0;
  private nextId = 1;
  private liveRanges: LiveRange[] = [];
  private listeners = new Set<() => void>();

  constructor(
    snapshot: Snapshot,
    /** e.g. { WordApi: "1.4" }: the highest version of each requirement set this host claims. */
    private readonly supported: Record<string, string> = { WordApi: "1.4" },
  ) {
    this.state = {
      blocks: [],
      footnotes: [],
      comments: [],
      revisions: [],
      selection: null,
      changeTrackingMode: "Off",
      customXmlParts: [],
    };
    for (const p of snapshot.paragraphs) {
      if (p.footnoteId !== undefined) {
        this.state.footnotes.push({ id: p.footnoteId, text: p.text });
        continue;
      }
      this.state.blocks.push({ kind: "paragraph", paragraph: this.makeParagraph(p.text, p) });
    }
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

  makeParagraph(text: string, from: Partial<Snapshot["paragraphs"][number]> = {}): FakeParagraph {
    const builtIn = from.styleBuiltIn ?? (from.outlineLevel ? `Heading${from.outlineLevel}` : "Normal");
    return {
      id: this.nextId++,
      text,
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

  /** Registers a range so later edits in its paragraph shift it the way Word's ranges track text. */
  track(range: LiveRange): LiveRange {
    this.liveRanges.push(range);
    return range;
  }

  replaceText(range: LiveRange, text: string): void {
    const p = range.paragraph;
    const removed = p.text.slice(range.start, range.end);
    p.text = p.text.slice(0, range.start) + text + p.text.slice(range.end);
    const delta = text.length - (range.end - range.start);
    const anchored = [...this.liveRanges, ...this.state.comments, ...(this.state.selection ? [this.state.selection] : [])];
    for (const other of anchored) {
      if (other === range || other.paragraph !== p) continue;
      if (other.start >= range.end) other.start += delta;
      if (other.end >= range.end) other.end += delta;
      other.start = Math.min(other.start, p.text.length);
      other.end = Math.min(Math.max(other.end, other.start), p.text.length);
    }
    range.end = range.start + text.length;
    if (this.state.changeTrackingMode !== "Off") {
      this.state.revisions.push({ paragraph: p, start: range.start, removed, inserted: text });
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

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function tablesOf(host: FakeWordHost): FakeTable[] {
  return host.state.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
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
    this.host.syncCount++;
    const actions = this.queue;
    this.queue = [];
    for (const action of actions) action();
    if (this.dirty) {
      this.dirty = false;
      this.host.notify();
    }
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
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
    if (t === null) throw new Error("ItemNotFound: the object does not exist.");
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
      if (all || paths.some((p) => p.length === 1 && p[0] === key)) this.loaded.set(key, values[key]);
    }
    const nested = new Map<string, string[][]>();
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === undefined || head in values) continue;
      const nav = this.navigation(head);
      if (!nav) throw new Error(`PropertyNotFound: '${head}'`);
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
    this.requireSet("1.4", "changeTrackingMode");
    this.context.enqueue(() => {
      this.context.host.state.changeTrackingMode = mode as FakeDocumentState["changeTrackingMode"];
    }, true);
  }
  get customXmlParts(): FakeCustomXmlParts {
    this.requireSet("1.4", "customXmlParts");
    return this.child("customXmlParts", () => new FakeCustomXmlParts(this.context));
  }
  get contentControls(): FakeContentControls {
    return this.child("contentControls", () => new FakeContentControls(this.context, () => tablesOf(this.context.host)));
  }
  getSelection(): FakeRange {
    return new FakeRange(this.context, () => this.context.host.state.selection);
  }
  private requireSet(version: string, what: string): void {
    if (!this.context.host.isSetSupported("WordApi", version)) throw new Error(`ApiNotFound: ${what} needs WordApi ${version}.`);
  }
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
    return undefined;
  }
  get paragraphs(): FakeParagraphs {
    return this.child("paragraphs", () => new FakeParagraphs(this.context, () => this.context.host.paragraphs()));
  }
  /** Matches in every body paragraph (table cells included, footnotes not), in document order. */
  search(text: string, options: { matchCase?: boolean } = {}): FakeRanges {
    const needle = unescapeSearch(text);
    const ranges = new FakeRanges(this.context, () =>
      this.context.host.paragraphs().flatMap((p) => searchParagraph(this.context.host, p, needle, options.matchCase ?? false)),
    );
    this.context.enqueue(() => ranges.target());
    return ranges;
  }
  getComments(): FakeComments {
    if (!this.context.host.isSetSupported("WordApi", "1.4")) throw new Error("ApiNotFound: comments need WordApi 1.4.");
    const comments = new FakeComments(this.context, () => [...this.context.host.state.comments]);
    this.context.enqueue(() => comments.target());
    return comments;
  }
  get footnotes(): FakeNotes {
    if (!this.context.host.isSetSupported("WordApi", "1.5")) throw new Error("ApiNotFound: footnotes need WordApi 1.5.");
    return this.child("footnotes", () => new FakeNotes(this.context, () => this.context.host.state.footnotes));
  }
}

type FakeNote = { id: string; text: string };

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
    return {};
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
  /** The content control around the paragraph: here, only ones wrapping a table (what the add-in inserts). */
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.child("parentContentControlOrNullObject", () => new FakeContentControl(this.context, () => {
      const cell = this.target()?.cell;
      const table = cell ? this.context.host.tableById(cell.tableId) : undefined;
      return table?.contentControl ? table : null;
    }));
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

  search(text: string, options: { matchCase?: boolean } = {}): FakeRanges {
    const ranges = new FakeRanges(this.context, () =>
      searchParagraph(this.context.host, this.mustTarget(), unescapeSearch(text), options.matchCase ?? false),
    );
    this.context.enqueue(() => ranges.target());
    return ranges;
  }

  getRange(location: "Whole" | "Start" | "End" = "Whole"): FakeRange {
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
    if (location !== "After") throw new Error("InvalidArgument: the fake host inserts tables after a paragraph only.");
    const host = this.context.host;
    const table: FakeTable = { id: host.newId(), rows: [], styleBuiltIn: "Normal", headerRowCount: 0, alignments: [] };
    fillRows(host, table, 0, rowCount, columnCount, values);
    this.context.enqueue(() => host.insertBlockAfter(this.mustTarget(), { kind: "table", table }), true);
    return new FakeTableProxy(this.context, () => (host.tableById(table.id) ? table : null));
  }
}

function fillRows(host: FakeWordHost, table: FakeTable, at: number, rowCount: number, columnCount: number, values?: string[][]): void {
  const rows: FakeParagraph[][] = [];
  const alignments: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    rows.push(
      Array.from({ length: columnCount }, (_, c) => {
        const p = host.makeParagraph(values?.[r]?.[c] ?? "");
        p.cell = { tableId: table.id, row: at + r, column: c };
        return p;
      }),
    );
    alignments.push(Array.from({ length: columnCount }, () => "Left"));
  }
  table.rows.splice(at, 0, ...rows);
  table.alignments.splice(at, 0, ...alignments);
  renumberCells(table);
}

function renumberCells(table: FakeTable): void {
  table.rows.forEach((row, r) => row.forEach((p, c) => (p.cell = { tableId: table.id, row: r, column: c })));
}

function searchParagraph(host: FakeWordHost, p: FakeParagraph, needle: string, matchCase: boolean): LiveRange[] {
  return findAll(p.text, needle, matchCase).map((start) => host.track({ paragraph: p, start, end: start + needle.length }));
}

/** Word search, non-wildcard: non-overlapping matches left to right. */
function findAll(text: string, needle: string, matchCase: boolean): number[] {
  if (needle === "") return [];
  const hay = matchCase ? text : text.toLocaleLowerCase("vi");
  const pin = matchCase ? needle : needle.toLocaleLowerCase("vi");
  const found: number[] = [];
  for (let i = hay.indexOf(pin); i >= 0; i = hay.indexOf(pin, i + pin.length)) found.push(i);
  return found;
}

/** In Word search text `^` starts a special character; `^^` is a literal caret. */
function unescapeSearch(text: string): string {
  return text.replace(/\^\^/g, "^");
}

class FakeFontProxy extends FakeProxy<FakeFont> {
  protected scalars(f: FakeFont): Record<string, unknown> {
    return { name: f.name ?? null, size: f.size ?? null, bold: f.bold ?? null, italic: f.italic ?? null };
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
  select(): void {
    this.context.enqueue(() => {
      const r = this.mustTarget();
      this.context.host.state.selection = { paragraph: r.paragraph, start: r.start, end: r.end };
    }, true);
  }
  insertText(text: string, location: "Replace"): FakeRange {
    if (location !== "Replace") throw new Error("InvalidArgument: the fake host supports Replace only.");
    this.context.enqueue(() => this.context.host.replaceText(this.mustTarget(), text), true);
    return this;
  }
  insertComment(content: string): FakeProxy<FakeComment> {
    if (!this.context.host.isSetSupported("WordApi", "1.4")) throw new Error("ApiNotFound: comments need WordApi 1.4.");
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

class FakeCommentProxy extends FakeProxy<FakeComment> {
  protected scalars(c: FakeComment): Record<string, unknown> {
    return { content: c.content, id: String(c.id) };
  }
  get content(): string {
    return this.read("content");
  }
  getRange(): FakeRange {
    const range = new FakeRange(this.context, () => this.target());
    this.context.enqueue(() => range.target());
    return range;
  }
  delete(): void {
    this.context.enqueue(() => {
      const comments = this.context.host.state.comments;
      const at = comments.indexOf(this.mustTarget());
      if (at >= 0) comments.splice(at, 1);
    }, true);
  }
}

class FakeComments extends FakeCollection<FakeComment, FakeCommentProxy> {
  protected makeItem(c: FakeComment): FakeCommentProxy {
    return new FakeCommentProxy(this.context, () => c);
  }
  protected makeItemLazily(resolve: () => FakeComment | null): FakeCommentProxy {
    return new FakeCommentProxy(this.context, resolve);
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
          if (!t.alignments[row] || t.alignments[row][column] === undefined) throw new Error("ItemNotFound: no such cell.");
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
  addRows(location: "End", rowCount: number, values?: string[][]): void {
    if (location !== "End") throw new Error("InvalidArgument: the fake host adds rows at the end only.");
    this.context.enqueue(() => {
      const t = this.mustTarget();
      fillRows(this.context.host, t, t.rows.length, rowCount, t.rows[0]?.length ?? values?.[0]?.length ?? 0, values);
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
    if (location !== "After") throw new Error("InvalidArgument: the fake host inserts after a table only.");
    const host = this.context.host;
    const made = host.makeParagraph(text);
    this.context.enqueue(() => {
      const blocks = host.state.blocks;
      const at = blocks.findIndex((b) => b.kind === "table" && b.table === this.mustTarget());
      blocks.splice(at + 1, 0, { kind: "paragraph", paragraph: made });
    }, true);
    return new FakeParagraphProxy(this.context, () => made);
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

class FakeContentControl extends FakeProxy<FakeTable> {
  protected scalars(t: FakeTable): Record<string, unknown> {
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
    return { getFirstOrNullObject: () => new FakeTableProxy(this.context, () => this.target()) };
  }
}

class FakeContentControls extends FakeCollection<FakeTable, FakeContentControl> {
  protected makeItem(t: FakeTable): FakeContentControl {
    return new FakeContentControl(this.context, () => t);
  }
  protected makeItemLazily(resolve: () => FakeTable | null): FakeContentControl {
    return new FakeContentControl(this.context, resolve);
  }
  getByTag(tag: string): FakeContentControls {
    const found = new FakeContentControls(this.context, () => tablesOf(this.context.host).filter((t) => t.contentControl?.tag === tag));
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
