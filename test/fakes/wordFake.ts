/**
 * A strict in-memory fake of exactly the Office.js subset WordHost uses
 * (src/host/word/wordApi.ts), built from a simple document description.
 *
 * Strict like Word, so code that only works by luck fails here:
 * - a proxy's properties throw PropertyNotLoaded until they were `load`ed AND a
 *   `sync()` completed (values are snapshots taken at that sync);
 * - collections' `items` must be loaded too; `isNullObject` needs a load + sync,
 *   and a null object's properties throw;
 * - every `sync()` is counted (per run and in total), queued commands run at
 *   sync time in order, the first failure rejects the sync and drops the rest,
 *   while earlier commands keep their effect (Word has no rollback);
 * - unknown property names, unsupported API sets (WordApiDesktop fonts), proxies
 *   used after their run or in another context, and runs that end with
 *   commands never synced are all errors;
 * - `search` follows Word's Find syntax (^^, ^t, ^l, ^s, ^~, ^-; 255 characters
 *   at most; non-overlapping matches, case-insensitive unless matchCase) and,
 *   by default, matches full-/half-width forms and curly/straight quotes alike.
 *
 * Editing (what WordHost's insertions and fixes use) keeps a document model
 * that tests assert on: paragraphs with styles, direct formatting and list
 * membership (Word numbers list items itself, from the list's level formats),
 * block-level content controls with tag and title, live ranges that move with
 * edits, and Word's change tracking (WordApi 1.4), with a log of every edit and
 * whether it was tracked. Like Word:
 * - a paragraph inserted next to another takes that one's style, formatting,
 *   list membership and content controls;
 * - applying a style resets the paragraph's direct formatting to the style's;
 * - attachToList fails on a paragraph that is already a list item;
 * - every sync is logged with how many loads, edits and selections it carried;
 * - tables (WordApi 1.3, inserted through ContentControl.insertTable) are cells
 *   of one paragraph each, in the document's paragraphs with tableNestingLevel 1;
 *   new cells take the formatting of the paragraph they are inserted next to;
 * - Body.insertParagraph puts the paragraph outside every content control (in
 *   Word the body's last paragraph mark is never inside one).
 *
 * Also a fake of the Office common API WordHost uses: `customXmlParts`,
 * `requirements.isSetSupported`, selection-changed events, `document.url`.
 */
import { SaxesParser } from "saxes";
import type {
  AsyncCallback,
  AsyncResultLike,
  ContentControlCollectionLike,
  ContentControlLike,
  CustomXmlPartLike,
  CustomXmlPartsLike,
  DocumentLike,
  FontLike,
  ListItemLike,
  ListLike,
  OfficeContextLike,
  ParagraphCollectionLike,
  ParagraphLike,
  RangeCollectionLike,
  RangeLike,
  RangeLocationLike,
  SearchOptionsLike,
  TableLike,
  TableRowCollectionLike,
  TableRowLike,
  WordContextLike,
} from "../../src/host/word/wordApi";

/* ------------------------------------------------------------------ errors */

/** Shaped like OfficeExtension.Error: name "RichApi.Error", a `code`, Word's message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

function propertyNotLoaded(property: string, hint = ""): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.${hint}`,
  );
}

const itemNotFound = () => new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
const invalidArgument = (detail: string) =>
  new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${detail})`);
/** What the fake deliberately does not emulate: a test using it is testing the wrong thing. */
const unsupported = (what: string) => new Error(`wordFake: ${what} is not part of the emulated Word API subset`);

/* --------------------------------------------------------- document model */

export interface FakeFontSpec {
  /** Word's Font.name (Latin font); null = mixed. Default "Times New Roman". */
  name?: string | null;
  size?: number | null;
  bold?: boolean | null;
  /** WordApiDesktop 1.3 properties. */
  nameAscii?: string | null;
  nameFarEast?: string | null;
}

export interface FakeParagraphSpec {
  /** Word's Paragraph.text: WITHOUT the automatic number. */
  text: string;
  /** Default "Normal". */
  style?: string;
  /** Default: "Normal" for the Normal style, "HeadingN" for "Heading N", else "Other". */
  styleBuiltIn?: string;
  /** Default: N for built-in HeadingN, else 10 (body text). */
  outlineLevel?: number | string;
  /** Present = the paragraph is a list item; Word's number text ("一、"), fixed. */
  listString?: string;
  /** Membership of a list of FakeWordOptions.lists: Word computes the number text. */
  list?: FakeListMembership;
  /** Default 0 (not in a table). */
  tableNestingLevel?: number;
  /** Default "Justified". */
  alignment?: string;
  /** Default 0. */
  firstLineIndent?: number;
  /** Default 0. */
  leftIndent?: number;
  /** Default 12 (single). */
  lineSpacing?: number;
  font?: FakeFontSpec;
}

export interface FakeListMembership {
  id: number;
  /** 0-based. */
  level: number;
}

/** A numbered list: per level, the number format; "{cn}" = 一二三…, "{n}" = 1 2 3… ("（{cn}）", "{n}."). */
export interface FakeListSpec {
  id: number;
  levels: string[];
}

/** A paragraph style: what applying it sets (unset values: the fake's defaults). */
export interface FakeStyleSpec {
  /** Word's styleBuiltIn for the style; default "Other" ("Normal"/"HeadingN" for those English names). */
  builtIn?: string;
  alignment?: string;
  firstLineIndent?: number;
  leftIndent?: number;
  lineSpacing?: number;
  font?: FakeFontSpec;
}

const DEFAULT_FORMAT = {
  alignment: "Justified",
  firstLineIndent: 0,
  leftIndent: 0,
  lineSpacing: 12,
  font: { name: "Times New Roman", size: 16, bold: false, nameAscii: "Times New Roman", nameFarEast: "仿宋_GB2312" } as Required<FakeFontSpec>,
};

/** Default styleBuiltIn for a style name: "Normal", "Heading N" → "HeadingN", else "Other". */
function builtInFor(style: string): string {
  const heading = /^Heading ?([1-9])$/.exec(style);
  return style === "Normal" ? "Normal" : heading ? `Heading${heading[1]}` : "Other";
}

/** Outline level Word gives a built-in style: N for HeadingN, else 10 (body text). */
function outlineLevelFor(builtIn: string): number {
  const heading = /^Heading([1-9])$/.exec(builtIn);
  return heading ? Number(heading[1]) : 10;
}

/** 1–99 in Chinese counting (一, 十, 十一, 二十三). */
export function chineseNumber(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (!Number.isInteger(n) || n < 1 || n > 99) throw unsupported(`list number ${n}`);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return (tens > 1 ? digits[tens] : "") + "十" + (n % 10 ? digits[n % 10] : "");
}

/** One paragraph of the fake document; proxies hold on to it (not to an index). */
export class FakeParagraphData {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number | string;
  /** A fixed number text (spec.listString); cleared when the paragraph leaves its list. */
  listString: string | undefined;
  list: FakeListMembership | undefined;
  tableNestingLevel: number;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  font: Required<FakeFontSpec>;
  /** Set for paragraphs WordHost inserted: whether Word tracked the insertion. */
  inserted: { tracked: boolean } | undefined;

  constructor(spec: FakeParagraphSpec | string) {
    const s: FakeParagraphSpec = typeof spec === "string" ? { text: spec } : spec;
    this.text = s.text;
    this.style = s.style ?? "Normal";
    this.styleBuiltIn = s.styleBuiltIn ?? builtInFor(this.style);
    this.outlineLevel = s.outlineLevel ?? outlineLevelFor(this.styleBuiltIn);
    this.listString = s.listString;
    this.list = s.list ? { ...s.list } : undefined;
    this.tableNestingLevel = s.tableNestingLevel ?? 0;
    this.alignment = s.alignment ?? DEFAULT_FORMAT.alignment;
    this.firstLineIndent = s.firstLineIndent ?? DEFAULT_FORMAT.firstLineIndent;
    this.leftIndent = s.leftIndent ?? DEFAULT_FORMAT.leftIndent;
    this.lineSpacing = s.lineSpacing ?? DEFAULT_FORMAT.lineSpacing;
    // Font.name is the Latin font: the same as nameAscii unless the spec says otherwise.
    this.font = { ...DEFAULT_FORMAT.font, ...s.font, nameAscii: s.font?.nameAscii ?? s.font?.name ?? DEFAULT_FORMAT.font.nameAscii };
    this.inserted = undefined;
  }

  get isListItem(): boolean {
    return this.list !== undefined || this.listString !== undefined;
  }

  /** A new paragraph as Word makes it next to this one: same style, formatting and list. */
  sibling(text: string): FakeParagraphData {
    const data = new FakeParagraphData({
      text,
      style: this.style,
      styleBuiltIn: this.styleBuiltIn,
      outlineLevel: this.outlineLevel,
      tableNestingLevel: this.tableNestingLevel,
      alignment: this.alignment,
      firstLineIndent: this.firstLineIndent,
      leftIndent: this.leftIndent,
      lineSpacing: this.lineSpacing,
      font: { ...this.font },
    });
    // A list continues into the new paragraph; a fixed number text does not repeat.
    data.list = this.list ? { ...this.list } : undefined;
    return data;
  }
}

/** A block-level content control: whole paragraphs, in document order. */
export class FakeContentControlData {
  tag = "";
  title = "";
  constructor(
    readonly id: number,
    /** @internal Use FakeWord.contentControlParagraphs for the live ones. */
    readonly paragraphs: FakeParagraphData[],
  ) {}
}

/** A table: rows of cells, each cell one paragraph of the document (tableNestingLevel > 0). */
export class FakeTableData {
  headerRowCount = 0;
  /** Word's default table style for new tables in the fake: none of the built-in grid styles. */
  styleBuiltIn = "Other";
  constructor(
    readonly id: number,
    /** @internal Use FakeWord.tableRows for the live cells. */
    readonly rows: FakeParagraphData[][],
  ) {}
}

/** Built-in table style names the fake accepts for Table.styleBuiltIn (Word.BuiltInStyleName's table styles). */
const TABLE_STYLES = /^(TableGrid|TableGridLight|PlainTable[1-5]|GridTable(1Light|[23]|4|5Dark|6Colorful|7Colorful)(_Accent[1-6])?|ListTable(1Light|[234]|5Dark|6Colorful|7Colorful)(_Accent[1-6])?)$/;

/** What Word shows selected: offsets into Word's Paragraph.text (automatic number excluded). */
export interface FakeSelection {
  /** "paragraph" from Paragraph.select(), "range" from Range.select(), "contentControl" from ContentControl.select(). */
  kind: "paragraph" | "range" | "contentControl";
  paragraph: number;
  start: number;
  end: number;
  /** For a content control: its paragraphs' texts joined with "\n". */
  text: string;
  /** For a content control: the index of its last paragraph. */
  lastParagraph?: number;
}

export interface FakeWordOptions {
  /** Requirement sets and their highest version; default { WordApi: "1.3" }. */
  requirementSets?: Record<string, string>;
  /** Whether search treats full/half-width forms and curly/straight quotes alike (default true). */
  searchFoldsWidthAndQuotes?: boolean;
  /** Office.context.document.url. */
  url?: string;
  /** Custom XML parts already in the document (e.g. written by the CLI). */
  customXmlParts?: string[];
  /** Numbered lists paragraphs can belong to (FakeParagraphSpec.list). */
  lists?: FakeListSpec[];
  /** Paragraph styles by name; styles used by paragraphs but not described here apply the defaults. */
  styles?: Record<string, FakeStyleSpec>;
  /** Document.changeTrackingMode (WordApi 1.4); default "Off". */
  changeTrackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
}

/** One edit command, as carried out at sync time. */
export interface FakeEdit {
  describe: string;
  /** Whether Word's change tracking was on when it happened. */
  tracked: boolean;
}

/** What one sync carried. */
export interface FakeSyncRecord {
  loads: number;
  edits: number;
  selects: number;
}

export interface LoadLogEntry {
  type: string;
  paths: string[];
}

/* ----------------------------------------------------------- load parsing */

interface Schema {
  type: string;
  scalars: readonly string[];
  navigations: Readonly<Record<string, () => Schema>>;
  /** For collections: the schema of the items. */
  items?: () => Schema;
}

const FONT_SCHEMA: Schema = { type: "Font", scalars: ["name", "size", "bold", "nameAscii", "nameFarEast"], navigations: {} };
const LIST_ITEM_SCHEMA: Schema = { type: "ListItem", scalars: ["listString", "level"], navigations: {} };
const PARAGRAPH_SCHEMA: Schema = {
  type: "Paragraph",
  scalars: [
    "text",
    "style",
    "styleBuiltIn",
    "outlineLevel",
    "isListItem",
    "tableNestingLevel",
    "alignment",
    "firstLineIndent",
    "leftIndent",
    "lineSpacing",
  ],
  navigations: {
    font: () => FONT_SCHEMA,
    listItemOrNullObject: () => LIST_ITEM_SCHEMA,
    listOrNullObject: () => LIST_SCHEMA,
    parentContentControlOrNullObject: () => CONTENT_CONTROL_SCHEMA,
  },
};
const LIST_SCHEMA: Schema = { type: "List", scalars: ["id"], navigations: {} };
const PARAGRAPH_COLLECTION_SCHEMA: Schema = {
  type: "ParagraphCollection",
  scalars: [],
  navigations: {},
  items: () => PARAGRAPH_SCHEMA,
};
const RANGE_SCHEMA: Schema = { type: "Range", scalars: ["text"], navigations: {} };
const RANGE_COLLECTION_SCHEMA: Schema = { type: "RangeCollection", scalars: [], navigations: {}, items: () => RANGE_SCHEMA };
const CONTENT_CONTROL_SCHEMA: Schema = { type: "ContentControl", scalars: ["id", "tag", "title"], navigations: {} };
const CONTENT_CONTROL_COLLECTION_SCHEMA: Schema = {
  type: "ContentControlCollection",
  scalars: [],
  navigations: {},
  items: () => CONTENT_CONTROL_SCHEMA,
};
const DOCUMENT_SCHEMA: Schema = { type: "Document", scalars: ["changeTrackingMode"], navigations: {} };
const TABLE_ROW_SCHEMA: Schema = { type: "TableRow", scalars: ["values", "rowIndex"], navigations: { font: () => FONT_SCHEMA } };
const TABLE_ROW_COLLECTION_SCHEMA: Schema = { type: "TableRowCollection", scalars: [], navigations: {}, items: () => TABLE_ROW_SCHEMA };
const TABLE_SCHEMA: Schema = {
  type: "Table",
  scalars: ["headerRowCount", "styleBuiltIn", "values", "rowCount"],
  navigations: { font: () => FONT_SCHEMA, rows: () => TABLE_ROW_COLLECTION_SCHEMA },
};

/** The object forms of load(): `{ select, expand }` or a property tree `{ text: true, font: { name: true } }`. */
export type LoadTree = { [property: string]: boolean | LoadTree };
export type FakeLoadArgument = string | string[] | { select?: string | string[]; expand?: string | string[] } | LoadTree;

function splitNames(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : value.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Any load() argument → "a/b/c" paths ("*" = all scalars). */
export function parseLoadArgument(arg: FakeLoadArgument | undefined): string[] {
  if (arg === undefined) return ["*"];
  if (typeof arg === "string" || Array.isArray(arg)) {
    const names = splitNames(arg);
    if (names.length === 0) throw invalidArgument("empty load");
    return names;
  }
  if ("select" in arg || "expand" in arg) {
    const { select, expand } = arg as { select?: string | string[]; expand?: string | string[] };
    const paths = select !== undefined ? splitNames(select) : [];
    for (const nav of expand !== undefined ? splitNames(expand) : []) paths.push(nav);
    return paths.length > 0 ? paths : ["*"];
  }
  const paths: string[] = [];
  const walk = (tree: LoadTree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (key === "$top" || key === "$skip") throw unsupported(`load option ${key}`);
      const name = key === "$all" ? "*" : key;
      if (value === true) paths.push(prefix + name);
      else if (value && typeof value === "object") walk(value, `${prefix}${name}/`);
    }
  };
  walk(arg as LoadTree, "");
  return paths;
}

/** Throws (like Word) for names the object type does not have. Collections: "text" means "items/text". */
function validatePath(schema: Schema, path: string): void {
  const segments = path.split("/");
  let current = schema;
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i];
    const last = i === segments.length - 1;
    if (current.items) {
      if (name === "$none" && last) return;
      current = current.items();
      if (name === "items") {
        if (last) return;
        continue;
      }
    }
    if ((name === "*" || name === "$none") && last) return;
    if (current.scalars.includes(name)) {
      if (!last) throw invalidArgument(`'${name}' is not a navigation property of ${current.type}`);
      return;
    }
    const nav = current.navigations[name];
    if (!nav) throw new FakeOfficeError("PropertyNotFound", `The property '${name}' doesn't exist on ${current.type}.`);
    current = nav();
  }
}

/** Paths of a collection → paths for each item. */
function itemPaths(paths: string[]): string[] {
  return paths.map((p) => (p === "items" ? "*" : p.startsWith("items/") ? p.slice("items/".length) : p));
}

/* ------------------------------------------------------------- the context */

interface QueuedCommand {
  describe: string;
  kind: "load" | "edit" | "select";
  run: () => void;
}

export class FakeRequestContext implements WordContextLike {
  readonly document: FakeDocument;
  private queue: QueuedCommand[] = [];
  private closed = false;
  /** Syncs made through this context. */
  syncCount = 0;

  constructor(readonly fake: FakeWord) {
    this.document = new FakeDocument(this);
  }

  /** @internal Queue an edit: it runs at sync time and is logged, tracked or not. */
  enqueueEdit(describe: string, run: () => void): void {
    this.enqueue({ describe, kind: "edit", run: () => this.fake.edit(describe, run) });
  }

  /** @internal */
  assertUsable(object: { context: FakeRequestContext }): void {
    if (object.context !== this) {
      throw new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.");
    }
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do. The request context of this object has ended (Word.run finished).",
      );
    }
  }

  /** @internal */
  enqueue(command: QueuedCommand): void {
    this.queue.push(command);
  }

  get pendingCommands(): readonly string[] {
    return this.queue.map((c) => c.describe);
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError("InvalidRequestContext", "sync() called after Word.run finished.");
    this.syncCount++;
    this.fake.syncCount++;
    const commands = this.queue;
    this.queue = [];
    const count = (kind: QueuedCommand["kind"]) => commands.filter((c) => c.kind === kind).length;
    this.fake.syncLog.push({ loads: count("load"), edits: count("edit"), selects: count("select") });
    // A real round trip: nothing loaded is readable until this promise settles.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const command of commands) command.run();
  }

  /** @internal */
  close(): void {
    this.closed = true;
  }
}

/* -------------------------------------------------------------- the proxies */

abstract class FakeClientObject {
  protected readonly loadedValues = new Map<string, unknown>();
  private loaded = false;
  private nullObject = false;
  private readonly navigationCache = new Map<string, FakeClientObject>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly schema: Schema,
  ) {}

  /** Current value of a scalar from the live document (called at sync time). */
  protected abstract liveScalar(name: string): unknown;
  /** Whether the object exists now (false for a null object); throws where Word would. */
  protected abstract liveExists(): boolean;
  /** What loading "everything" gives on this host. */
  protected availableScalars(): readonly string[] {
    return this.schema.scalars;
  }
  protected createNavigation(name: string): FakeClientObject {
    throw unsupported(`navigation '${name}'`);
  }

  /** @internal Same proxy for every access, as in Office.js. */
  navigation<T extends FakeClientObject>(name: string): T {
    let child = this.navigationCache.get(name);
    if (!child) {
      child = this.createNavigation(name);
      this.navigationCache.set(name, child);
    }
    return child as T;
  }

  load(properties?: FakeLoadArgument): this {
    this.context.assertUsable(this);
    const paths = parseLoadArgument(properties);
    for (const path of paths) validatePath(this.schema, path);
    this.context.fake.loadLog.push({ type: this.schema.type, paths });
    this.context.enqueue({ describe: `load ${this.schema.type} ${paths.join(",")}`, kind: "load", run: () => this.applyLoad(paths) });
    return this;
  }

  /** @internal Take the snapshot for `paths` (at sync time). */
  applyLoad(paths: string[]): void {
    this.context.fake.onLoad(this.schema.type);
    const exists = this.liveExists();
    this.loaded = true;
    this.nullObject = !exists;
    if (!exists) return;
    const navigations = new Map<string, string[]>();
    for (const path of paths) {
      if (path === "$none") continue;
      if (path === "*") {
        for (const name of this.availableScalars()) this.loadedValues.set(name, this.liveScalar(name));
        continue;
      }
      const [head, ...rest] = path.split("/");
      if (this.schema.scalars.includes(head)) {
        this.loadedValues.set(head, this.liveScalar(head));
      } else {
        const list = navigations.get(head) ?? [];
        list.push(rest.length > 0 ? rest.join("/") : "*");
        navigations.set(head, list);
      }
    }
    for (const [name, sub] of navigations) this.navigation(name).applyLoad(sub);
  }

  protected read<T>(name: string): T {
    if (this.loaded && this.nullObject) {
      throw propertyNotLoaded(name, " (This is a null object: test isNullObject before reading its properties.)");
    }
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /**
   * Setting a property: the proxy shows the new value at once (as in Office.js);
   * the document changes at sync time, where `apply` may fail like Word would.
   */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.context.assertUsable(this);
    if (!this.schema.scalars.includes(name)) throw unsupported(`setting ${this.schema.type}.${name}`);
    this.loadedValues.set(name, value);
    this.context.enqueueEdit(`set ${this.schema.type}.${name} = ${JSON.stringify(value)}`, apply);
  }

  /** Only on *OrNullObject proxies in Word; here for all, readable after load + sync. */
  protected readIsNullObject(): boolean {
    if (!this.loaded) throw propertyNotLoaded("isNullObject");
    return this.nullObject;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this.loadedValues);
    for (const [name, child] of this.navigationCache) {
      if (child.loaded) json[name] = child.toJSON();
    }
    return json;
  }
}

abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private loadedItems: T[] | null = null;

  protected abstract liveItems(): T[];

  protected liveScalar(name: string): unknown {
    throw unsupported(`collection scalar '${name}'`);
  }

  protected liveExists(): boolean {
    return true;
  }

  override applyLoad(paths: string[]): void {
    this.context.fake.onLoad(this.schema.type);
    const items = this.liveItems();
    const perItem = itemPaths(paths);
    for (const item of items) item.applyLoad(perItem);
    this.loadedItems = items;
  }

  get items(): T[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override toJSON(): Record<string, unknown> {
    return { items: this.items.map((item) => item.toJSON()) };
  }
}

/**
 * The font of a paragraph, or of a table or table row (every cell paragraph):
 * reading gives the common value, null where the paragraphs differ (as Word
 * reports mixed formatting); setting formats them all.
 */
export class FakeFont extends FakeClientObject implements FontLike {
  constructor(
    context: FakeRequestContext,
    /** The paragraphs now, or null when the object is gone from the document. */
    private readonly target: () => FakeParagraphData[] | null,
  ) {
    super(context, FONT_SCHEMA);
  }
  protected liveExists(): boolean {
    return this.target() !== null;
  }
  protected override availableScalars(): readonly string[] {
    const desktop = this.context.fake.isSetSupported("WordApiDesktop", "1.3");
    return this.schema.scalars.filter((name) => desktop || (name !== "nameAscii" && name !== "nameFarEast"));
  }
  protected liveScalar(name: string): unknown {
    if ((name === "nameAscii" || name === "nameFarEast") && !this.context.fake.isSetSupported("WordApiDesktop", "1.3")) {
      throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (Font.${name}: WordApiDesktop 1.3).`);
    }
    const values = (this.target() ?? []).map((p) => p.font[name as keyof FakeFontSpec]);
    return values.every((v) => v === values[0]) ? values[0] : null;
  }
  private setFont(name: keyof FakeFontSpec, value: unknown, valid: boolean): void {
    this.write(name, value, () => {
      const paragraphs = this.target();
      if (!paragraphs) throw itemNotFound();
      if (!valid) throw invalidArgument(`Font.${name} = ${JSON.stringify(value)}`);
      if ((name === "nameAscii" || name === "nameFarEast") && !this.context.fake.isSetSupported("WordApiDesktop", "1.3")) {
        throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (Font.${name}: WordApiDesktop 1.3).`);
      }
      for (const data of paragraphs) {
        (data.font as Record<string, unknown>)[name] = value;
        // Font.name is the Latin font: the same setting as nameAscii.
        if (name === "name") data.font.nameAscii = value as string;
        if (name === "nameAscii") data.font.name = value as string;
      }
    });
  }
  get name(): string | null {
    return this.read("name");
  }
  set name(value: string | null) {
    this.setFont("name", value, typeof value === "string" && value !== "");
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(value: number | null) {
    this.setFont("size", value, typeof value === "number" && value > 0);
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(value: boolean | null) {
    this.setFont("bold", value, typeof value === "boolean");
  }
  get nameAscii(): string | null {
    return this.read("nameAscii");
  }
  set nameAscii(value: string | null) {
    this.setFont("nameAscii", value, typeof value === "string" && value !== "");
  }
  get nameFarEast(): string | null {
    return this.read("nameFarEast");
  }
  set nameFarEast(value: string | null) {
    this.setFont("nameFarEast", value, typeof value === "string" && value !== "");
  }
}

export class FakeListItem extends FakeClientObject implements ListItemLike {
  constructor(
    context: FakeRequestContext,
    private readonly paragraph: FakeParagraph,
  ) {
    super(context, LIST_ITEM_SCHEMA);
  }
  protected liveExists(): boolean {
    return this.paragraph.liveData()?.isListItem ?? false;
  }
  protected liveScalar(name: string): unknown {
    const data = this.paragraph.liveOrThrow();
    return name === "listString" ? this.context.fake.listStringOf(data) : (data.list?.level ?? 0);
  }
  get isNullObject(): boolean {
    return this.readIsNullObject();
  }
  get listString(): string {
    return this.read("listString");
  }
  get level(): number {
    return this.read("level");
  }
}

export class FakeList extends FakeClientObject implements ListLike {
  constructor(
    context: FakeRequestContext,
    private readonly paragraph: FakeParagraph,
  ) {
    super(context, LIST_SCHEMA);
  }
  protected liveExists(): boolean {
    return this.paragraph.liveData()?.isListItem ?? false;
  }
  protected liveScalar(): unknown {
    return this.context.fake.listIdOf(this.paragraph.liveOrThrow());
  }
  get isNullObject(): boolean {
    return this.readIsNullObject();
  }
  get id(): number {
    return this.read("id");
  }
}

/** A span of one paragraph, resolved at sync time. */
export interface Span {
  paragraph: FakeParagraphData;
  start: number;
  end: number;
}

export class FakeRange extends FakeClientObject implements RangeLike {
  constructor(
    context: FakeRequestContext,
    /** @internal Where the range is, computed against the live document at sync time. */
    readonly resolve: () => Span,
  ) {
    super(context, RANGE_SCHEMA);
  }
  protected liveExists(): boolean {
    this.resolve();
    return true;
  }
  protected liveScalar(name: string): unknown {
    const span = this.resolve();
    return name === "text" ? span.paragraph.text.slice(span.start, span.end) : undefined;
  }
  get text(): string {
    return this.read("text");
  }
  insertText(text: string, insertLocation: "Replace"): FakeRange {
    this.context.assertUsable(this);
    if (insertLocation !== "Replace") throw unsupported(`insertText "${String(insertLocation)}"`);
    if (/[\r\n\u2029]/.test(text)) throw unsupported("insertText with paragraph breaks");
    // Like a Word range, the result follows later edits of its paragraph.
    let inserted: Span | null = null;
    this.context.enqueueEdit(`Range.insertText ${JSON.stringify(text)} Replace`, () => {
      inserted = this.context.fake.replaceText(this.resolve(), text);
    });
    return new FakeRange(this.context, () => {
      if (!inserted) throw new FakeOfficeError("InvalidObjectPath", "The range of text not yet inserted was used.");
      return inserted;
    });
  }
  select(selectionMode: "Select" | "Start" | "End" = "Select"): void {
    this.context.assertUsable(this);
    this.context.enqueue({
      describe: "Range.select",
      kind: "select",
      run: () => this.context.fake.setSelection("range", collapse(this.resolve(), selectionMode)),
    });
  }
  getRange(rangeLocation: RangeLocationLike = "Whole"): FakeRange {
    this.context.assertUsable(this);
    return new FakeRange(this.context, () => subRange(this.resolve(), rangeLocation));
  }
  expandTo(range: RangeLike): FakeRange {
    this.context.assertUsable(this);
    if (!(range instanceof FakeRange)) throw unsupported("expandTo with a non-fake range");
    this.context.assertUsable(range);
    return new FakeRange(this.context, () => {
      const a = this.resolve();
      const b = range.resolve();
      if (a.paragraph !== b.paragraph) throw unsupported("ranges across paragraphs");
      return { paragraph: a.paragraph, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }
}

function collapse(span: Span, mode: "Select" | "Start" | "End"): Span {
  if (mode === "Start") return { ...span, end: span.start };
  if (mode === "End") return { ...span, start: span.end };
  return span;
}

function subRange(span: Span, location: RangeLocationLike): Span {
  switch (location) {
    case "Whole":
    case "Content":
      return span;
    case "Start":
      return { ...span, end: span.start };
    case "End":
      return { ...span, start: span.end };
    default:
      throw unsupported(`getRange("${String(location)}")`);
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> implements RangeCollectionLike {
  constructor(
    context: FakeRequestContext,
    private readonly resolveAll: () => Span[],
  ) {
    super(context, RANGE_COLLECTION_SCHEMA);
  }
  protected liveItems(): FakeRange[] {
    return this.resolveAll().map((span) => new FakeRange(this.context, () => span));
  }
  getFirst(): FakeRange {
    this.context.assertUsable(this);
    return new FakeRange(this.context, () => {
      const all = this.resolveAll();
      if (all.length === 0) throw itemNotFound();
      return all[0];
    });
  }
}

const SEARCH_OPTIONS = ["matchCase", "matchWildcards", "matchWholeWord", "matchPrefix", "matchSuffix", "ignorePunct", "ignoreSpace"];

/** Word's Find syntax (wildcards off) → the literal characters to find. */
function unescapeSearch(search: string): string {
  const specials: Record<string, string> = { "^": "^", t: "\t", l: "\u000b", s: "\u00a0", "~": "\u001e", "-": "\u001f" };
  let out = "";
  for (let i = 0; i < search.length; i++) {
    if (search[i] !== "^") {
      out += search[i];
      continue;
    }
    const code = search[i + 1];
    if (code === undefined) throw invalidArgument("search text ends with ^");
    if (code in specials) out += specials[code];
    else if (code === "p") out += "\u2029"; // a paragraph mark: never inside one paragraph's text
    else throw unsupported(`search special character ^${code}`);
    i++;
  }
  return out;
}

/** Word's width / quote-insensitive comparison, written independently of src/. */
function searchKey(ch: string, matchCase: boolean, foldWidthAndQuotes: boolean): string {
  let c = ch;
  if (foldWidthAndQuotes) {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    else if (c === "\u3000") c = " ";
    else if (/[“”„″＂]/.test(c)) c = '"';
    else if (/[‘’‚′＇]/.test(c)) c = "'";
  }
  return matchCase ? c : c.toLowerCase();
}

export class FakeParagraph extends FakeClientObject implements ParagraphLike {
  constructor(
    context: FakeRequestContext,
    /** @internal */
    readonly data: FakeParagraphData,
  ) {
    super(context, PARAGRAPH_SCHEMA);
  }

  /** @internal The paragraph, or null when it was removed from the document. */
  liveData(): FakeParagraphData | null {
    return this.context.fake.paragraphs.includes(this.data) ? this.data : null;
  }
  /** @internal */
  liveOrThrow(): FakeParagraphData {
    const data = this.liveData();
    if (!data) throw itemNotFound();
    return data;
  }
  protected liveExists(): boolean {
    this.liveOrThrow();
    return true;
  }
  protected liveScalar(name: string): unknown {
    const data = this.liveOrThrow();
    return name === "isListItem" ? data.isListItem : data[name as keyof FakeParagraphData];
  }
  protected override createNavigation(name: string): FakeClientObject {
    if (name === "font") {
      return new FakeFont(this.context, () => {
        const data = this.liveData();
        return data ? [data] : null;
      });
    }
    if (name === "listItemOrNullObject") return new FakeListItem(this.context, this);
    if (name === "listOrNullObject") return new FakeList(this.context, this);
    if (name === "parentContentControlOrNullObject") {
      return new FakeContentControl(this.context, () => this.context.fake.innermostContentControl(this.liveOrThrow()));
    }
    return super.createNavigation(name);
  }

  /** Paragraph formatting set directly (not through a style). */
  private setFormat(name: "alignment" | "firstLineIndent" | "leftIndent" | "lineSpacing", value: string | number): void {
    this.write(name, value, () => {
      const data = this.liveOrThrow();
      if (name === "alignment") {
        if (!["Left", "Centered", "Right", "Justified"].includes(String(value))) throw invalidArgument(`alignment ${String(value)}`);
        data.alignment = String(value);
      } else {
        if (typeof value !== "number" || !Number.isFinite(value) || (name === "lineSpacing" && value <= 0)) {
          throw invalidArgument(`${name} ${String(value)}`);
        }
        data[name] = value;
      }
    });
  }

  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.write("style", value, () => this.context.fake.applyStyle(this.liveOrThrow(), { name: value }));
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.write("styleBuiltIn", value, () => this.context.fake.applyStyle(this.liveOrThrow(), { builtIn: value }));
  }
  get outlineLevel(): number | string {
    return this.read("outlineLevel");
  }
  get isListItem(): boolean {
    return this.read("isListItem");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }
  get alignment(): string {
    return this.read("alignment");
  }
  set alignment(value: string) {
    this.setFormat("alignment", value);
  }
  get firstLineIndent(): number {
    return this.read("firstLineIndent");
  }
  set firstLineIndent(value: number) {
    this.setFormat("firstLineIndent", value);
  }
  get leftIndent(): number {
    return this.read("leftIndent");
  }
  set leftIndent(value: number) {
    this.setFormat("leftIndent", value);
  }
  get lineSpacing(): number {
    return this.read("lineSpacing");
  }
  set lineSpacing(value: number) {
    this.setFormat("lineSpacing", value);
  }
  get font(): FakeFont {
    return this.navigation("font");
  }
  get listItemOrNullObject(): FakeListItem {
    return this.navigation("listItemOrNullObject");
  }
  get listOrNullObject(): FakeList {
    return this.navigation("listOrNullObject");
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.navigation("parentContentControlOrNullObject");
  }

  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): FakeParagraph {
    this.context.assertUsable(this);
    if (insertLocation !== "Before" && insertLocation !== "After") throw unsupported(`Paragraph.insertParagraph "${String(insertLocation)}"`);
    checkParagraphText(paragraphText);
    // The new paragraph exists (as data) at once; it joins the document at sync time.
    const created = new FakeParagraphData("");
    this.context.enqueueEdit(`Paragraph.insertParagraph ${JSON.stringify(paragraphText)} ${insertLocation}`, () => {
      const anchor = this.liveOrThrow();
      this.context.fake.insertNextTo(anchor, insertLocation === "After" ? 1 : 0, created, paragraphText);
    });
    return new FakeParagraph(this.context, created);
  }

  insertContentControl(): FakeContentControl {
    this.context.assertUsable(this);
    const control = this.context.fake.newContentControl();
    this.context.enqueueEdit("Paragraph.insertContentControl", () => this.context.fake.addContentControl(control, [this.liveOrThrow()]));
    return new FakeContentControl(this.context, () => control);
  }

  attachToList(listId: number, level: number): FakeList {
    this.context.assertUsable(this);
    this.context.enqueueEdit(`Paragraph.attachToList ${listId} ${level}`, () => {
      const data = this.liveOrThrow();
      if (data.isListItem) throw new FakeOfficeError("InvalidArgument", "The paragraph is already a list item.");
      const list = this.context.fake.options.lists?.find((l) => l.id === listId);
      if (!list) throw itemNotFound();
      if (!Number.isInteger(level) || level < 0 || level >= list.levels.length) throw invalidArgument(`list level ${level}`);
      data.list = { id: listId, level };
    });
    return this.listOrNullObject;
  }

  detachFromList(): void {
    this.context.assertUsable(this);
    this.context.enqueueEdit("Paragraph.detachFromList", () => {
      const data = this.liveOrThrow();
      data.list = undefined;
      data.listString = undefined;
    });
  }

  private whole(): Span {
    const data = this.liveOrThrow();
    return { paragraph: data, start: 0, end: data.text.length };
  }

  select(selectionMode: "Select" | "Start" | "End" = "Select"): void {
    this.context.assertUsable(this);
    this.context.enqueue({
      describe: "Paragraph.select",
      kind: "select",
      run: () => this.context.fake.setSelection("paragraph", collapse(this.whole(), selectionMode)),
    });
  }

  getRange(rangeLocation: RangeLocationLike = "Whole"): FakeRange {
    this.context.assertUsable(this);
    return new FakeRange(this.context, () => subRange(this.whole(), rangeLocation));
  }

  search(searchText: string, searchOptions: SearchOptionsLike = {}): FakeRangeCollection {
    this.context.assertUsable(this);
    for (const [key, value] of Object.entries(searchOptions)) {
      if (!SEARCH_OPTIONS.includes(key)) throw invalidArgument(`unknown search option ${key}`);
      if (key !== "matchCase" && value) throw unsupported(`search option ${key}`);
    }
    const matchCase = searchOptions.matchCase === true;
    const fold = this.context.fake.options.searchFoldsWidthAndQuotes !== false;
    this.context.fake.searchLog.push(searchText);
    return new FakeRangeCollection(this.context, () => {
      const data = this.liveOrThrow();
      if (searchText.length === 0) throw invalidArgument("empty search text");
      if (searchText.length > 255) {
        throw new FakeOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or exceeds the maximum length of 255 characters.");
      }
      const needle = [...unescapeSearch(searchText)].map((c) => searchKey(c, matchCase, fold)).join("");
      const hay = data.text.split("").map((c) => searchKey(c, matchCase, fold));
      const spans: Span[] = [];
      for (let i = 0; i + needle.length <= hay.length; ) {
        if (hay.slice(i, i + needle.length).join("") === needle) {
          spans.push({ paragraph: data, start: i, end: i + needle.length });
          i += needle.length; // Word's matches do not overlap
        } else i++;
      }
      return spans;
    });
  }
}

function checkParagraphText(text: string): void {
  if (/[\r\n\u000b\u2029]/.test(text)) throw unsupported("paragraph text with breaks");
}

export class FakeContentControl extends FakeClientObject implements ContentControlLike {
  /** Which control this proxy is, fixed the first time it is used at sync time (as Word resolves object paths). */
  private resolved: FakeContentControlData | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => FakeContentControlData | null,
  ) {
    super(context, CONTENT_CONTROL_SCHEMA);
  }
  /** @internal */
  get data(): FakeContentControlData | null {
    if (this.resolved === undefined) this.resolved = this.resolve();
    return this.resolved;
  }
  private liveOrThrow(): FakeParagraphData[] {
    const data = this.data;
    const paragraphs = data ? this.context.fake.contentControlParagraphs(data) : [];
    if (!data || paragraphs.length === 0) throw itemNotFound();
    return paragraphs;
  }
  private control(): FakeContentControlData {
    this.liveOrThrow();
    return this.data as FakeContentControlData;
  }
  protected liveExists(): boolean {
    const data = this.data;
    return data !== null && this.context.fake.contentControlParagraphs(data).length > 0;
  }
  protected liveScalar(name: string): unknown {
    return this.control()[name as "id" | "tag" | "title"];
  }
  get isNullObject(): boolean {
    return this.readIsNullObject();
  }
  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(value: string) {
    this.write("tag", value, () => {
      this.control().tag = String(value);
    });
  }
  get title(): string {
    return this.read("title");
  }
  set title(value: string) {
    this.write("title", value, () => {
      this.control().title = String(value);
    });
  }

  insertParagraph(paragraphText: string, insertLocation: "Start" | "End" | "Before" | "After"): FakeParagraph {
    this.context.assertUsable(this);
    if (!["Start", "End", "Before", "After"].includes(insertLocation)) throw unsupported(`ContentControl.insertParagraph "${insertLocation}"`);
    checkParagraphText(paragraphText);
    const created = new FakeParagraphData("");
    this.context.enqueueEdit(`ContentControl.insertParagraph ${JSON.stringify(paragraphText)} ${insertLocation}`, () => {
      const paragraphs = this.liveOrThrow();
      const atEnd = insertLocation === "End" || insertLocation === "After";
      const next = atEnd ? paragraphs[paragraphs.length - 1] : paragraphs[0];
      const outside = insertLocation === "Before" || insertLocation === "After";
      this.context.fake.insertNextTo(next, atEnd ? 1 : 0, created, paragraphText, outside ? this.control() : null);
    });
    return new FakeParagraph(this.context, created);
  }

  insertTable(rowCount: number, columnCount: number, insertLocation: "Start" | "End" | "Before" | "After", values?: string[][]): FakeTable {
    this.context.assertUsable(this);
    if (!["Start", "End", "Before", "After"].includes(insertLocation)) throw unsupported(`ContentControl.insertTable "${insertLocation}"`);
    // The table exists (as data) at once; it joins the document at sync time.
    const table = this.context.fake.newTable();
    this.context.enqueueEdit(`ContentControl.insertTable ${rowCount}x${columnCount} ${insertLocation}`, () => {
      checkTableArguments(rowCount, columnCount, values);
      const paragraphs = this.liveOrThrow();
      const atEnd = insertLocation === "End" || insertLocation === "After";
      const next = atEnd ? paragraphs[paragraphs.length - 1] : paragraphs[0];
      const outside = insertLocation === "Before" || insertLocation === "After";
      this.context.fake.insertTableNextTo(next, atEnd ? 1 : 0, table, rowCount, columnCount, values ?? [], outside ? this.control() : null);
    });
    return new FakeTable(this.context, table);
  }

  delete(keepContent: boolean): void {
    this.context.assertUsable(this);
    this.context.enqueueEdit(`ContentControl.delete keepContent=${keepContent}`, () => {
      this.context.fake.deleteContentControl(this.control(), keepContent);
    });
  }

  select(selectionMode: "Select" | "Start" | "End" = "Select"): void {
    this.context.assertUsable(this);
    if (selectionMode !== "Select") throw unsupported(`ContentControl.select "${selectionMode}"`);
    this.context.enqueue({
      describe: "ContentControl.select",
      kind: "select",
      run: () => this.context.fake.selectParagraphs(this.liveOrThrow()),
    });
  }
}

/** Word's limits and the shape of `values` (at most rowCount rows of at most columnCount strings). */
function checkTableArguments(rowCount: number, columnCount: number, values: string[][] | undefined): void {
  if (!Number.isInteger(rowCount) || rowCount < 1) throw invalidArgument(`rowCount ${rowCount}`);
  if (!Number.isInteger(columnCount) || columnCount < 1 || columnCount > 63) throw invalidArgument(`columnCount ${columnCount}`);
  if (values === undefined) return;
  if (!Array.isArray(values) || values.length > rowCount) throw invalidArgument("values has more rows than the table");
  for (const row of values) {
    if (!Array.isArray(row) || row.length > columnCount) throw invalidArgument("a row of values has more cells than the table");
    for (const cell of row) {
      if (typeof cell !== "string") throw invalidArgument("values must be strings");
      checkParagraphText(cell);
    }
  }
}

export class FakeTable extends FakeClientObject implements TableLike {
  constructor(
    context: FakeRequestContext,
    /** @internal */
    readonly data: FakeTableData,
  ) {
    super(context, TABLE_SCHEMA);
  }
  /** @internal The live rows (cells still in the document), or throws ItemNotFound. */
  liveRows(): FakeParagraphData[][] {
    const rows = this.context.fake.tableRows(this.data);
    if (rows.length === 0) throw itemNotFound();
    return rows;
  }
  protected liveExists(): boolean {
    this.liveRows();
    return true;
  }
  protected liveScalar(name: string): unknown {
    const rows = this.liveRows();
    if (name === "values") return rows.map((row) => row.map((cell) => cell.text));
    if (name === "rowCount") return rows.length;
    return this.data[name as "headerRowCount" | "styleBuiltIn"];
  }
  protected override createNavigation(name: string): FakeClientObject {
    if (name === "font") {
      return new FakeFont(this.context, () => {
        const cells = this.context.fake.tableRows(this.data).flat();
        return cells.length > 0 ? cells : null;
      });
    }
    if (name === "rows") return new FakeTableRowCollection(this.context, this);
    return super.createNavigation(name);
  }
  get headerRowCount(): number {
    return this.read("headerRowCount");
  }
  set headerRowCount(value: number) {
    this.write("headerRowCount", value, () => {
      const rows = this.liveRows();
      if (!Number.isInteger(value) || value < 0 || value > rows.length) throw invalidArgument(`headerRowCount ${value}`);
      this.data.headerRowCount = value;
    });
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.write("styleBuiltIn", value, () => {
      this.liveRows();
      if (!TABLE_STYLES.test(value)) throw invalidArgument(`table styleBuiltIn ${value}`);
      this.data.styleBuiltIn = value;
    });
  }
  get values(): string[][] {
    return this.read("values");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get font(): FakeFont {
    return this.navigation("font");
  }
  get rows(): FakeTableRowCollection {
    return this.navigation("rows");
  }
}

export class FakeTableRow extends FakeClientObject implements TableRowLike {
  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
    /** Which row, from the top, resolved at sync time. */
    private readonly index: number,
  ) {
    super(context, TABLE_ROW_SCHEMA);
  }
  private liveCells(): FakeParagraphData[] {
    const row = this.table.liveRows()[this.index];
    if (!row) throw itemNotFound();
    return row;
  }
  protected liveExists(): boolean {
    this.liveCells();
    return true;
  }
  protected liveScalar(name: string): unknown {
    const cells = this.liveCells();
    return name === "values" ? [cells.map((cell) => cell.text)] : this.index;
  }
  protected override createNavigation(name: string): FakeClientObject {
    if (name === "font") {
      return new FakeFont(this.context, () => this.context.fake.tableRows(this.table.data)[this.index] ?? null);
    }
    return super.createNavigation(name);
  }
  get font(): FakeFont {
    return this.navigation("font");
  }
}

export class FakeTableRowCollection extends FakeCollection<FakeTableRow> implements TableRowCollectionLike {
  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
  ) {
    super(context, TABLE_ROW_COLLECTION_SCHEMA);
  }
  protected liveItems(): FakeTableRow[] {
    return this.table.liveRows().map((_, k) => new FakeTableRow(this.context, this.table, k));
  }
  getFirst(): FakeTableRow {
    this.context.assertUsable(this);
    return new FakeTableRow(this.context, this.table, 0);
  }
}

export class FakeContentControlCollection extends FakeCollection<FakeContentControl> implements ContentControlCollectionLike {
  constructor(
    context: FakeRequestContext,
    private readonly tag: string | null = null,
  ) {
    super(context, CONTENT_CONTROL_COLLECTION_SCHEMA);
  }
  protected liveItems(): FakeContentControl[] {
    return this.context.fake
      .contentControlsInOrder()
      .filter((c) => this.tag === null || c.tag === this.tag)
      .map((c) => new FakeContentControl(this.context, () => c));
  }
  getByTag(tag: string): FakeContentControlCollection {
    this.context.assertUsable(this);
    if (this.tag !== null) throw unsupported("getByTag on a filtered collection");
    return new FakeContentControlCollection(this.context, tag);
  }
}

export class FakeDocument extends FakeClientObject implements DocumentLike {
  readonly body: {
    readonly paragraphs: FakeParagraphCollection;
    readonly contentControls: FakeContentControlCollection;
    insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): FakeParagraph;
  };
  constructor(context: FakeRequestContext) {
    super(context, DOCUMENT_SCHEMA);
    // Like Word, every access to body.paragraphs or body.contentControls makes a new proxy.
    this.body = {
      get paragraphs() {
        return new FakeParagraphCollection(context);
      },
      get contentControls() {
        return new FakeContentControlCollection(context);
      },
      insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): FakeParagraph {
        if (insertLocation !== "Start" && insertLocation !== "End") throw unsupported(`Body.insertParagraph "${String(insertLocation)}"`);
        if (context.fake.paragraphs.length === 0) throw new Error("wordFake: a document always has a paragraph");
        checkParagraphText(paragraphText);
        const created = new FakeParagraphData("");
        context.enqueueEdit(`Body.insertParagraph ${JSON.stringify(paragraphText)} ${insertLocation}`, () => {
          context.fake.insertInBody(created, paragraphText, insertLocation);
        });
        return new FakeParagraph(context, created);
      },
    };
  }
  private requireTracking(): void {
    if (!this.context.fake.isSetSupported("WordApi", "1.4")) {
      throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (Document.changeTrackingMode: WordApi 1.4).");
    }
  }
  protected liveExists(): boolean {
    return true;
  }
  protected liveScalar(): unknown {
    this.requireTracking();
    return this.context.fake.changeTrackingMode;
  }
  get changeTrackingMode(): string {
    return this.read("changeTrackingMode");
  }
  set changeTrackingMode(value: string) {
    this.write("changeTrackingMode", value, () => {
      this.requireTracking();
      if (!["Off", "TrackAll", "TrackMineOnly"].includes(value)) throw invalidArgument(`changeTrackingMode ${value}`);
      this.context.fake.changeTrackingMode = value as FakeWord["changeTrackingMode"];
    });
  }
}

export class FakeParagraphCollection extends FakeCollection<FakeParagraph> implements ParagraphCollectionLike {
  constructor(context: FakeRequestContext) {
    super(context, PARAGRAPH_COLLECTION_SCHEMA);
  }
  protected liveItems(): FakeParagraph[] {
    return this.context.fake.paragraphs.map((data) => new FakeParagraph(this.context, data));
  }
}

/* ------------------------------------------------------ Office common API */

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The namespace URI of the root element, or throws when `xml` is not well-formed. */
export function rootNamespace(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let uri: string | null = null;
  parser.on("opentag", (tag) => {
    if (uri === null) uri = tag.uri ?? "";
  });
  parser.write(xml).close();
  if (uri === null) throw new Error("no root element");
  return uri;
}

type OfficeOperation = "get" | "add" | "delete" | "getXml" | "event";

class FakeCustomXmlPart implements CustomXmlPartLike {
  constructor(
    private readonly fake: FakeWord,
    readonly id: string,
  ) {}
  getXmlAsync(callback: AsyncCallback<string>): void {
    this.fake.respond("getXml", callback, () => {
      const xml = this.fake.customXmlParts.get(this.id);
      if (xml === undefined) throw new Error("part was deleted");
      return xml;
    });
  }
  deleteAsync(callback: AsyncCallback<void>): void {
    this.fake.respond("delete", callback, () => {
      if (!this.fake.customXmlParts.delete(this.id)) throw new Error("part was deleted");
    });
  }
}

/* ------------------------------------------------------------- the fake */

export class FakeWord {
  /** The live document; tests may edit it between runs (insert, remove, change text). */
  readonly paragraphs: FakeParagraphData[];
  /** Custom XML parts by id. */
  readonly customXmlParts = new Map<string, string>();
  selection: FakeSelection | null = null;
  readonly selections: FakeSelection[] = [];
  /** All syncs, across runs. */
  syncCount = 0;
  /** Syncs per Word.run, in order. */
  readonly runSyncs: number[] = [];
  readonly loadLog: LoadLogEntry[] = [];
  readonly searchLog: string[] = [];
  /** How many proxies of each type were loaded (at sync time). */
  readonly loadedObjects = new Map<string, number>();
  /** Office calls that fail from now on (failure injection). */
  readonly failing = new Set<OfficeOperation>();
  /** Document.changeTrackingMode (WordApi 1.4). */
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly";
  /** Every sync: how many loads, edits and selections it carried. */
  readonly syncLog: FakeSyncRecord[] = [];
  /** Every edit carried out, in order, and whether Word tracked it. */
  readonly edits: FakeEdit[] = [];
  /** Content controls, in the order they were made (see contentControlsInOrder). */
  readonly contentControls: FakeContentControlData[] = [];
  /** Tables, in the order they were made (see tablesInOrder). */
  readonly tables: FakeTableData[] = [];
  /** Paragraph styles: name → built-in name and what applying the style sets. */
  readonly styles = new Map<string, FakeStyleSpec & { builtIn: string }>();
  private readonly selectionHandlers = new Set<(args: unknown) => void>();
  private nextPartId = 1;
  private nextControlId = 1;
  private nextTableId = 1;
  /** Ranges returned by insertText: they move with later edits of their paragraph. */
  private readonly liveSpans = new Set<Span>();
  /** Ids of the one-paragraph lists of paragraphs given only a fixed listString. */
  private readonly fixedListIds = new Map<FakeParagraphData, number>();
  readonly office: OfficeContextLike;

  constructor(
    document: ReadonlyArray<FakeParagraphSpec | string>,
    readonly options: FakeWordOptions = {},
  ) {
    this.paragraphs = document.map((spec) => {
      const data = new FakeParagraphData(spec);
      // A style described in the options gives its built-in name when the spec does not.
      const described = options.styles?.[data.style]?.builtIn;
      if (typeof spec !== "string" && spec.styleBuiltIn === undefined && described) {
        data.styleBuiltIn = described;
        if (spec.outlineLevel === undefined) data.outlineLevel = outlineLevelFor(described);
      }
      return data;
    });
    this.changeTrackingMode = options.changeTrackingMode ?? "Off";
    this.styles.set("Normal", { builtIn: "Normal" });
    for (const [name, spec] of Object.entries(options.styles ?? {})) this.styles.set(name, { ...spec, builtIn: spec.builtIn ?? builtInFor(name) });
    for (const p of this.paragraphs) {
      if (!this.styles.has(p.style)) this.styles.set(p.style, { builtIn: p.styleBuiltIn });
      if (p.list && !options.lists?.some((l) => l.id === p.list?.id && p.list.level < l.levels.length)) {
        throw new Error(`wordFake: paragraph "${p.text}" is in list ${p.list.id} level ${p.list.level}, which FakeWordOptions.lists does not describe`);
      }
    }
    for (const xml of options.customXmlParts ?? []) this.customXmlParts.set(this.newPartId(), xml);
    this.office = this.createOffice();
  }

  /* --- the model behind the proxies --- */

  /** @internal Carry out one edit command, noting whether change tracking was on. */
  edit(describe: string, run: () => void): void {
    const tracked = this.changeTrackingMode !== "Off";
    run();
    this.edits.push({ describe, tracked });
  }

  /** The number text Word shows for a list item (undefined when it is not one). */
  listStringOf(data: FakeParagraphData): string | undefined {
    const membership = data.list;
    if (!membership) return data.listString;
    const list = this.options.lists?.find((l) => l.id === membership.id);
    if (!list) return undefined;
    const counters: number[] = [];
    for (const p of this.paragraphs) {
      if (p.list?.id !== membership.id) continue;
      const level = p.list.level;
      counters[level] = (counters[level] ?? 0) + 1;
      counters.length = level + 1; // deeper levels restart
      if (p === data) {
        const n = counters[level];
        return list.levels[level].replace("{cn}", chineseNumber(n)).replace("{n}", String(n));
      }
    }
    return undefined;
  }

  /** @internal List.id of a list item. */
  listIdOf(data: FakeParagraphData): number {
    if (data.list) return data.list.id;
    let id = this.fixedListIds.get(data);
    if (id === undefined) {
      id = 900000 + this.fixedListIds.size;
      this.fixedListIds.set(data, id);
    }
    return id;
  }

  /** @internal Applying a style: its name, built-in name, outline level and formatting replace the paragraph's. */
  applyStyle(data: FakeParagraphData, which: { name: string } | { builtIn: string }): void {
    let name: string | undefined;
    if ("name" in which) {
      if (!this.styles.has(which.name)) throw new FakeOfficeError("ItemNotFound", `The style '${which.name}' doesn't exist.`);
      name = which.name;
    } else {
      if (which.builtIn === "Other" || !/^[A-Z][A-Za-z0-9]*$/.test(which.builtIn)) throw invalidArgument(`styleBuiltIn ${which.builtIn}`);
      name = [...this.styles].find(([, style]) => style.builtIn === which.builtIn)?.[0];
      if (name === undefined) {
        // A built-in style the document has not used yet: Word has it anyway.
        name = which.builtIn.replace(/^Heading(\d)$/, "Heading $1");
        this.styles.set(name, { builtIn: which.builtIn });
      }
    }
    const style = this.styles.get(name) as FakeStyleSpec & { builtIn: string };
    data.style = name;
    data.styleBuiltIn = style.builtIn;
    data.outlineLevel = outlineLevelFor(style.builtIn);
    data.alignment = style.alignment ?? DEFAULT_FORMAT.alignment;
    data.firstLineIndent = style.firstLineIndent ?? DEFAULT_FORMAT.firstLineIndent;
    data.leftIndent = style.leftIndent ?? DEFAULT_FORMAT.leftIndent;
    data.lineSpacing = style.lineSpacing ?? DEFAULT_FORMAT.lineSpacing;
    data.font = { ...DEFAULT_FORMAT.font, ...style.font };
  }

  /**
   * @internal A new paragraph before (offset 0) or after (1) `next`, made as Word
   * makes it: `next`'s formatting, list and content controls.
   */
  insertNextTo(next: FakeParagraphData, offset: 0 | 1, created: FakeParagraphData, text: string, outsideOf: FakeContentControlData | null = null): void {
    const at = this.paragraphs.indexOf(next);
    if (at < 0) throw itemNotFound();
    if (this.paragraphs.includes(created)) throw new Error("wordFake: paragraph inserted twice");
    // Inside every control around `next`, except `outsideOf` and the controls within it.
    const within = outsideOf ? this.contentControlParagraphs(outsideOf) : [];
    const joins = this.contentControls.filter(
      (c) => c.paragraphs.includes(next) && c !== outsideOf && !(outsideOf && this.contentControlParagraphs(c).every((p) => within.includes(p))),
    );
    Object.assign(created, next.sibling(text));
    created.inserted = { tracked: this.changeTrackingMode !== "Off" };
    this.paragraphs.splice(at + offset, 0, created);
    for (const control of joins) control.paragraphs.push(created);
  }

  /** @internal A new paragraph at the start or end of the body, formatted like its neighbour, in no content control and no table. */
  insertInBody(created: FakeParagraphData, text: string, location: "Start" | "End"): void {
    if (this.paragraphs.includes(created)) throw new Error("wordFake: paragraph inserted twice");
    const next = location === "End" ? this.paragraphs[this.paragraphs.length - 1] : this.paragraphs[0];
    Object.assign(created, next.sibling(text));
    created.tableNestingLevel = 0;
    created.inserted = { tracked: this.changeTrackingMode !== "Off" };
    if (location === "End") this.paragraphs.push(created);
    else this.paragraphs.unshift(created);
  }

  /** @internal */
  newTable(): FakeTableData {
    return new FakeTableData(this.nextTableId++, []);
  }

  /**
   * @internal A table before (offset 0) or after (1) `next`, inside the same
   * content controls as an inserted paragraph would be; its cells take `next`'s
   * formatting (no list), one paragraph each, filled from `values`.
   */
  insertTableNextTo(
    next: FakeParagraphData,
    offset: 0 | 1,
    table: FakeTableData,
    rowCount: number,
    columnCount: number,
    values: string[][],
    outsideOf: FakeContentControlData | null,
  ): void {
    const at = this.paragraphs.indexOf(next);
    if (at < 0) throw itemNotFound();
    if (this.tables.includes(table)) throw new Error("wordFake: table inserted twice");
    const within = outsideOf ? this.contentControlParagraphs(outsideOf) : [];
    const joins = this.contentControls.filter(
      (c) => c.paragraphs.includes(next) && c !== outsideOf && !(outsideOf && this.contentControlParagraphs(c).every((p) => within.includes(p))),
    );
    const tracked = this.changeTrackingMode !== "Off";
    for (let r = 0; r < rowCount; r++) {
      const row: FakeParagraphData[] = [];
      for (let c = 0; c < columnCount; c++) {
        const cell = next.sibling(values[r]?.[c] ?? "");
        cell.list = undefined;
        cell.tableNestingLevel = next.tableNestingLevel + 1;
        cell.inserted = { tracked };
        row.push(cell);
      }
      table.rows.push(row);
    }
    const cells = table.rows.flat();
    this.paragraphs.splice(at + offset, 0, ...cells);
    for (const control of joins) control.paragraphs.push(...cells);
    this.tables.push(table);
  }

  /** The rows of a table with the cells still in the document ([] once it is gone). */
  tableRows(table: FakeTableData): FakeParagraphData[][] {
    if (!this.tables.includes(table)) return [];
    return table.rows.map((row) => row.filter((cell) => this.paragraphs.includes(cell))).filter((row) => row.length > 0);
  }

  /** @internal The innermost content control around a paragraph (the smallest; the newest of equals). */
  innermostContentControl(paragraph: FakeParagraphData): FakeContentControlData | null {
    let best: { control: FakeContentControlData; size: number } | null = null;
    for (const control of this.contentControls) {
      if (!control.paragraphs.includes(paragraph)) continue;
      const size = this.contentControlParagraphs(control).length;
      if (!best || size <= best.size) best = { control, size };
    }
    return best?.control ?? null;
  }

  /** @internal Replace a span's text; returns the live span of the new text. */
  replaceText(span: Span, text: string): Span {
    const { paragraph, start, end } = span;
    if (!this.paragraphs.includes(paragraph)) throw itemNotFound();
    paragraph.text = paragraph.text.slice(0, start) + text + paragraph.text.slice(end);
    const delta = text.length - (end - start);
    const move = (x: number, side: "start" | "end") =>
      x >= end && !(x === start && side === "start") ? x + delta : x > start ? (side === "start" ? start : start + text.length) : x;
    for (const live of this.liveSpans) {
      if (live.paragraph !== paragraph) continue;
      live.start = move(live.start, "start");
      live.end = move(live.end, "end");
    }
    const inserted: Span = { paragraph, start, end: start + text.length };
    this.liveSpans.add(inserted);
    return inserted;
  }

  /** @internal */
  newContentControl(): FakeContentControlData {
    return new FakeContentControlData(this.nextControlId++, []);
  }

  /** @internal */
  addContentControl(control: FakeContentControlData, paragraphs: FakeParagraphData[]): void {
    if (this.contentControls.includes(control)) throw new Error("wordFake: content control inserted twice");
    control.paragraphs.push(...paragraphs);
    this.contentControls.push(control);
  }

  /** The paragraphs of a content control still in the document, in document order. */
  contentControlParagraphs(control: FakeContentControlData): FakeParagraphData[] {
    if (!this.contentControls.includes(control)) return [];
    return this.paragraphs.filter((p) => control.paragraphs.includes(p));
  }

  /** Content controls in document order (outer before inner when they start together). */
  contentControlsInOrder(): FakeContentControlData[] {
    const start = (c: FakeContentControlData) => this.paragraphs.indexOf(this.contentControlParagraphs(c)[0]);
    return this.contentControls
      .filter((c) => this.contentControlParagraphs(c).length > 0)
      .map((c, order) => ({ c, order, start: start(c) }))
      .sort((a, b) => a.start - b.start || a.order - b.order)
      .map(({ c }) => c);
  }

  /** @internal */
  deleteContentControl(control: FakeContentControlData, keepContent: boolean): void {
    const paragraphs = this.contentControlParagraphs(control);
    this.contentControls.splice(this.contentControls.indexOf(control), 1);
    if (keepContent) return;
    for (const p of paragraphs) this.paragraphs.splice(this.paragraphs.indexOf(p), 1);
    // Word keeps at least one (empty) paragraph in a document.
    if (this.paragraphs.length === 0) this.paragraphs.push(new FakeParagraphData(""));
  }

  /** @internal */
  selectParagraphs(paragraphs: FakeParagraphData[]): void {
    const first = this.paragraphs.indexOf(paragraphs[0]);
    const last = this.paragraphs.indexOf(paragraphs[paragraphs.length - 1]);
    const selection: FakeSelection = {
      kind: "contentControl",
      paragraph: first,
      start: 0,
      end: paragraphs[paragraphs.length - 1].text.length,
      text: paragraphs.map((p) => p.text).join("\n"),
      lastParagraph: last,
    };
    this.selection = selection;
    this.selections.push(selection);
  }

  /* --- views for tests --- */

  /** Paragraph texts as a reader sees them: Word's number text, then the paragraph text. */
  get shownTexts(): string[] {
    return this.paragraphs.map((p) => (this.listStringOf(p) ?? "") + p.text);
  }

  /** Content controls in document order: tag, title and the indexes of their paragraphs. */
  get controls(): { id: number; tag: string; title: string; paragraphs: number[] }[] {
    return this.contentControlsInOrder().map((c) => ({
      id: c.id,
      tag: c.tag,
      title: c.title,
      paragraphs: this.contentControlParagraphs(c).map((p) => this.paragraphs.indexOf(p)),
    }));
  }

  /** Tables still in the document, in document order: cell texts, header rows, style, the indexes of their cells. */
  get shownTables(): { id: number; values: string[][]; headerRowCount: number; styleBuiltIn: string; paragraphs: number[] }[] {
    return this.tables
      .filter((t) => this.tableRows(t).length > 0)
      .map((t) => ({ t, start: this.paragraphs.indexOf(this.tableRows(t)[0][0]) }))
      .sort((a, b) => a.start - b.start)
      .map(({ t }) => ({
        id: t.id,
        values: this.tableRows(t).map((row) => row.map((cell) => cell.text)),
        headerRowCount: t.headerRowCount,
        styleBuiltIn: t.styleBuiltIn,
        paragraphs: this.tableRows(t)
          .flat()
          .map((cell) => this.paragraphs.indexOf(cell)),
      }));
  }

  /** A content control the user made (paragraphs first..last), as tests set documents up. */
  wrapInContentControl(first: number, last: number, tag: string, title = ""): void {
    const control = this.newContentControl();
    control.tag = tag;
    control.title = title;
    this.addContentControl(control, this.paragraphs.slice(first, last + 1));
  }

  /** Word.run. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    try {
      const result = await batch(context);
      if (context.pendingCommands.length > 0) {
        throw new Error(`wordFake: Word.run ended with commands never synced: ${context.pendingCommands.join("; ")}`);
      }
      return result;
    } finally {
      context.close();
      this.runSyncs.push(context.syncCount);
    }
  };

  get lastRunSyncs(): number | undefined {
    return this.runSyncs[this.runSyncs.length - 1];
  }

  isSetSupported(name: string, minVersion = "1.1"): boolean {
    const sets = this.options.requirementSets ?? { WordApi: "1.3" };
    const version = sets[name];
    return version !== undefined && compareVersions(version, minVersion) >= 0;
  }

  /* --- document editing, as a user would between runs --- */

  insertParagraph(index: number, spec: FakeParagraphSpec | string): void {
    this.paragraphs.splice(index, 0, new FakeParagraphData(spec));
  }
  removeParagraph(index: number): void {
    this.paragraphs.splice(index, 1);
  }
  setText(index: number, text: string): void {
    this.paragraphs[index].text = text;
  }

  /** Fire Office's DocumentSelectionChanged handlers. */
  fireSelectionChanged(): void {
    for (const handler of this.selectionHandlers) handler({ type: "documentSelectionChanged" });
  }

  get selectionHandlerCount(): number {
    return this.selectionHandlers.size;
  }

  /** @internal */
  setSelection(kind: FakeSelection["kind"], span: Span): void {
    const paragraph = this.paragraphs.indexOf(span.paragraph);
    if (paragraph < 0) throw itemNotFound();
    const selection = { kind, paragraph, start: span.start, end: span.end, text: span.paragraph.text.slice(span.start, span.end) };
    this.selection = selection;
    this.selections.push(selection);
  }

  /** @internal */
  onLoad(type: string): void {
    this.loadedObjects.set(type, (this.loadedObjects.get(type) ?? 0) + 1);
  }

  /** @internal Office-style async answer (never synchronous), with failure injection. */
  respond<T>(operation: OfficeOperation, callback: AsyncCallback<T>, work: () => T): void {
    setImmediate(() => {
      let result: AsyncResultLike<T>;
      try {
        if (this.failing.has(operation)) throw new Error(`injected failure of ${operation}`);
        result = { status: "succeeded", value: work() };
      } catch (e) {
        result = { status: "failed", value: undefined as T, error: { code: 5001, message: (e as Error).message } };
      }
      callback(result);
    });
  }

  private newPartId(): string {
    const n = String(this.nextPartId++).padStart(12, "0");
    return `{00000000-0000-0000-0000-${n}}`;
  }

  private createOffice(): OfficeContextLike {
    const customXmlParts: CustomXmlPartsLike = {
      getByNamespaceAsync: (ns, callback) =>
        this.respond("get", callback, () =>
          [...this.customXmlParts]
            .filter(([, xml]) => {
              try {
                return rootNamespace(xml) === ns;
              } catch {
                return false;
              }
            })
            .map(([id]) => new FakeCustomXmlPart(this, id)),
        ),
      addAsync: (xml, callback) =>
        this.respond("add", callback, () => {
          rootNamespace(xml); // Word refuses XML that is not well-formed
          const id = this.newPartId();
          this.customXmlParts.set(id, xml);
          return new FakeCustomXmlPart(this, id);
        }),
    };
    return {
      document: {
        url: this.options.url ?? "",
        customXmlParts,
        addHandlerAsync: (eventType, handler, callback) => {
          if (eventType !== "documentSelectionChanged") throw unsupported(`event ${eventType}`);
          this.selectionHandlers.add(handler);
          if (callback) this.respond("event", callback, () => undefined);
        },
        removeHandlerAsync: (eventType, options, callback) => {
          this.selectionHandlers.delete(options.handler);
          if (callback) this.respond("event", callback, () => undefined);
        },
      },
      requirements: { isSetSupported: (name, minVersion) => this.isSetSupported(name, minVersion) },
    };
  }
}
