/**
 * The exact subset of Office.js that WordHost uses, as structural types.
 *
 * The real `Word.RequestContext` and `Office` objects satisfy these shapes, so
 * WordHost runs against Word unchanged; the strict in-memory fake in
 * test/fakes/wordFake.ts implements the same shapes and nothing more. Adding a
 * Word call to WordHost means adding it here first (and to the fake), which
 * keeps the boundary visible and small.
 *
 * Requirement sets: everything here is WordApi 1.3 or older (tables, for the
 * 整改清单, included: ContentControl.insertTable, Table, TableRow;
 * Application.createDocument), except the font properties marked
 * "WordApiDesktop 1.3" and `changeTrackingMode` and `getReviewedText` (WordApi
 * 1.4), which WordHost only uses after `isSetSupported` says so AND the loaded
 * office.js has the member (LoadedApi): an old copy of office.js lacks members
 * the host supports, and assigning a member the proxy lacks does nothing.
 *
 * Properties WordHost writes are declared without `readonly`: in Office.js,
 * assigning a proxy's property queues a command for the next `sync()`.
 */

/** Argument forms `load()` accepts: "a,b/c", ["a", "b/c"], or `{ select, expand }`. */
export type LoadArgument = string | string[] | { select?: string | string[]; expand?: string | string[] };

export interface ClientObjectLike {
  /** Queue loading of the named properties; readable after the next `sync()`. */
  load(properties?: LoadArgument): unknown;
}

export interface FontLike extends ClientObjectLike {
  /** Word's "font name": the Latin (ASCII) font in the Word object model; "" or null when mixed. */
  name: string | null;
  size: number | null;
  bold: boolean | null;
  /** WordApiDesktop 1.3. */
  nameAscii?: string | null;
  /** WordApiDesktop 1.3. East Asian font. */
  nameFarEast?: string | null;
}

export interface ListItemLike extends ClientObjectLike {
  readonly isNullObject: boolean;
  /** The number text Word shows ("一、", "（三）", "1."). */
  readonly listString: string;
  /** WordApi 1.3. 0-based level in the list. */
  readonly level: number;
}

/** WordApi 1.3. */
export interface ListLike extends ClientObjectLike {
  readonly isNullObject: boolean;
  readonly id: number;
}

/** Options of `search`; WordHost always searches literally and case-sensitively. */
export interface SearchOptionsLike {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

export type RangeLocationLike = "Whole" | "Start" | "End" | "Content";

/** OfficeExtension.ClientResult: `value` is readable after the next `sync()`. */
export interface ClientResultLike<T> {
  readonly value: T;
}

/** "Current": the text as it reads with the tracked changes made; "Original": before them. */
export type ChangeTrackingVersionLike = "Original" | "Current";

export interface RangeLike extends ClientObjectLike {
  readonly text: string;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3. */
  getRange(rangeLocation?: RangeLocationLike): RangeLike;
  /** WordApi 1.3. */
  expandTo(range: RangeLike): RangeLike;
  /** Replaces the range's text; returns the range of the new text. */
  insertText(text: string, insertLocation: "Replace"): RangeLike;
}

export interface RangeCollectionLike extends ClientObjectLike {
  readonly items: RangeLike[];
  /** WordApi 1.3. Fails at sync time (ItemNotFound) when the collection is empty. */
  getFirst(): RangeLike;
}

export interface ParagraphLike extends ClientObjectLike {
  readonly text: string;
  /** The style's (localised) name. Setting it applies the style. */
  style: string;
  /** WordApi 1.3. "Other" for styles that are not built in; settable to a built-in name ("Heading1"). */
  styleBuiltIn: string;
  /** 1–9 for headings, 10 for body text (some hosts: "OutlineLevel1"… / "OutlineLevelBodyText"). */
  readonly outlineLevel: number | string;
  /** WordApi 1.3. */
  readonly isListItem: boolean;
  /** WordApi 1.3. 0 outside tables. */
  readonly tableNestingLevel: number;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  readonly font: FontLike;
  /** WordApi 1.3. */
  readonly listItemOrNullObject: ListItemLike;
  /** WordApi 1.3. */
  readonly listOrNullObject: ListLike;
  /** WordApi 1.3. The innermost content control around the paragraph. */
  readonly parentContentControlOrNullObject: ContentControlLike;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3. */
  getRange(rangeLocation?: RangeLocationLike): RangeLike;
  search(searchText: string, searchOptions?: SearchOptionsLike): RangeCollectionLike;
  /** A new paragraph next to this one (Word gives it this one's formatting, list membership included). */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): ParagraphLike;
  /** Wraps the paragraph in a (block-level, rich text) content control. */
  insertContentControl(): ContentControlLike;
  /** WordApi 1.3. Fails when the paragraph is already a list item. */
  attachToList(listId: number, level: number): unknown;
  /** WordApi 1.3. Does nothing when the paragraph is not a list item. */
  detachFromList(): void;
  /** WordApi 1.4. The text without (Current) or before (Original) the tracked changes. */
  getReviewedText(version: ChangeTrackingVersionLike): ClientResultLike<string>;
}

export interface ParagraphCollectionLike extends ClientObjectLike {
  readonly items: ParagraphLike[];
}

/** WordApi 1.3. A row of a table. */
export interface TableRowLike extends ClientObjectLike {
  /** Font of every cell in the row; setting it formats them all. */
  readonly font: FontLike;
}

/** WordApi 1.3. */
export interface TableRowCollectionLike extends ClientObjectLike {
  readonly items: TableRowLike[];
  /** Fails at sync time (ItemNotFound) when there is no row. */
  getFirst(): TableRowLike;
}

/** WordApi 1.3. */
export interface TableLike extends ClientObjectLike {
  /** How many rows at the top repeat as the header on every page. */
  headerRowCount: number;
  /** The table style by built-in name ("TableGrid": single borders on every cell). */
  styleBuiltIn: string;
  /** The cells' text, row by row. */
  readonly values: string[][];
  /** Font of every cell; setting it formats them all. */
  readonly font: FontLike;
  readonly rows: TableRowCollectionLike;
}

/** WordApi 1.3: a collection of tables (ContentControl.tables). */
export interface TableCollectionLike extends ClientObjectLike {
  readonly items: TableLike[];
}

export interface ContentControlLike extends ClientObjectLike {
  /** Only meaningful on *OrNullObject proxies, after load + sync. */
  readonly isNullObject: boolean;
  readonly id: number;
  tag: string;
  title: string;
  /** WordApi 1.1. "BoundingBox" (Word's default: a box with the title), "Tags" or "Hidden". */
  appearance: string;
  /** WordApi 1.1. The control's text (paragraphs separated by "\r"). */
  readonly text: string;
  /** WordApi 1.3. The tables inside the control. */
  readonly tables: TableCollectionLike;
  /** Inside the control with "Start"/"End", next to it with "Before"/"After". */
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End" | "Before" | "After"): ParagraphLike;
  /**
   * WordApi 1.3. A table of rowCount × columnCount cells, filled from `values` (one
   * string per cell), inside the control ("Start"/"End") or next to it ("Before"/"After").
   */
  insertTable(rowCount: number, columnCount: number, insertLocation: "Start" | "End" | "Before" | "After", values?: string[][]): TableLike;
  /** keepContent false: the control and everything in it. */
  delete(keepContent: boolean): void;
  select(selectionMode?: "Select" | "Start" | "End"): void;
}

export interface ContentControlCollectionLike extends ClientObjectLike {
  readonly items: ContentControlLike[];
  /** The controls with exactly this tag. */
  getByTag(tag: string): ContentControlCollectionLike;
}

export interface BodyLike extends ClientObjectLike {
  /** The whole body's text (what the change check fingerprints). */
  readonly text: string;
  /** WordApi 1.4. */
  getReviewedText(version: ChangeTrackingVersionLike): ClientResultLike<string>;
  readonly paragraphs: ParagraphCollectionLike;
  readonly contentControls: ContentControlCollectionLike;
  /** A new paragraph at the start or the end of the body (outside any content control). */
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): ParagraphLike;
}

export interface DocumentLike extends ClientObjectLike {
  readonly body: BodyLike;
  /** WordApi 1.4: "Off", "TrackAll" or "TrackMineOnly". */
  changeTrackingMode: string;
}

/** WordApi 1.3: a document made by Application.createDocument, not yet shown. */
export interface DocumentCreatedLike {
  /** Opens it in a new window (Word for Mac, Windows) or tab (on the web). */
  open(): void;
}

export interface ApplicationLike {
  /** WordApi 1.3. A new document from a Base64-encoded .docx. */
  createDocument(base64File?: string): DocumentCreatedLike;
}

export interface WordContextLike {
  readonly document: DocumentLike;
  readonly application: ApplicationLike;
  sync(): Promise<void>;
}

/**
 * What the loaded office.js has, member by member ("Font", "nameFarEast"). By
 * default the `Word` namespace's classes are asked (their prototypes carry the
 * proxies' properties); tests pass the fake's.
 */
export interface LoadedApi {
  has(type: string, member: string): boolean;
}

/** `Word.run`, narrowed to the batch form WordHost uses. */
export type WordRun = <T>(batch: (context: WordContextLike) => Promise<T>) => Promise<T>;

/* ---------- Office common API (customXmlParts, requirements, events) ---------- */

/** Office's AsyncResult; at run time `status` is the string "succeeded" or "failed". */
export interface AsyncResultLike<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly message: string; readonly code?: number | string } | null;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

export interface CustomXmlPartLike {
  readonly id: string;
  getXmlAsync(callback: AsyncCallback<string>): void;
  deleteAsync(callback: AsyncCallback<void>): void;
}

export interface CustomXmlPartsLike {
  getByNamespaceAsync(ns: string, callback: AsyncCallback<CustomXmlPartLike[]>): void;
  addAsync(xml: string, callback: AsyncCallback<CustomXmlPartLike>): void;
}

export interface OfficeContextLike {
  readonly document: {
    /** Full path or URL of the document ("" for a new, unsaved one). */
    readonly url?: string | null;
    readonly customXmlParts: CustomXmlPartsLike;
    addHandlerAsync?(eventType: string, handler: (args: unknown) => void, callback?: AsyncCallback<void>): void;
    removeHandlerAsync?(eventType: string, options: { handler: (args: unknown) => void }, callback?: AsyncCallback<void>): void;
  };
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** Office.PlatformType: "PC", "Mac", "OfficeOnline", "iOS", … (https://learn.microsoft.com/javascript/api/office/office.context) */
  readonly platform?: string | null;
  /**
   * The key to prefix local-storage keys with; undefined where storage is not partitioned
   * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
   */
  readonly partitionKey?: string | null;
}
