/**
 * The fake Word itself: the live document behind the proxies, Word.run, the
 * Office common API object (Office.context), and views for tests.
 *
 * Sources for each belief:
 * - Word.run creates a request context and ends it when the batch's promise
 *   settles: https://learn.microsoft.com/javascript/api/word#word-word-run-function(1)
 * - Word numbers list items itself from the list's level formats; a deeper level
 *   restarts after a higher one: https://learn.microsoft.com/javascript/api/word/word.listitem#word-word-liststring-member
 *   and https://learn.microsoft.com/javascript/api/word/word.list
 * - Office.context.document.url, addHandlerAsync("documentSelectionChanged"),
 *   removeHandlerAsync: https://learn.microsoft.com/javascript/api/office/office.document and
 *   https://learn.microsoft.com/javascript/api/office/office.eventtype
 * - Content controls deleted with keepContent false take their paragraphs with
 *   them: https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-delete-member(1)
 * - Edits made while change tracking is on are revisions:
 *   https://learn.microsoft.com/javascript/api/word/word.changetrackingmode
 * - Office.context.platform ("PC", "Mac", "OfficeOnline", …) and
 *   Office.context.partitionKey (undefined where storage is not partitioned):
 *   https://learn.microsoft.com/javascript/api/office/office.context and
 *   https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 * - What the loaded office.js lacks, it lacks whatever isSetSupported says: the
 *   npm package is a snapshot "containing only the APIs available when it was
 *   created" and "no longer officially supported":
 *   https://www.npmjs.com/package/@microsoft/office-js (its README)
 * - The beliefs of each object are cited in its own file (paragraph.ts, range.ts …).
 */
import { FakeRequestContext } from "./context";
import { compareVersions, FakeCustomXmlPart, rootNamespace, type OfficeOperation } from "./customXml";
import { FakeOfficeError, invalidArgument, itemNotFound, unsupported } from "./errors";
import {
  builtInFor,
  chineseNumber,
  DEFAULT_FORMAT,
  FakeContentControlData,
  FakeParagraphData,
  FakeTableData,
  outlineLevelFor,
  type FakeEdit,
  type FakeParagraphSpec,
  type FakeSelection,
  type FakeStyleSpec,
  type FakeSyncRecord,
  type FakeWordOptions,
  type LoadLogEntry,
} from "./model";
import type { Span } from "./range";
import type { AsyncCallback, AsyncResultLike, CustomXmlPartsLike, LoadedApi, OfficeContextLike } from "../../../src/host/word/wordApi";

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
  /** Word.run batches running now, and the most that ever ran at once. */
  activeRuns = 0;
  maxActiveRuns = 0;
  /** Documents made with Application.createDocument and opened: their .docx bytes. */
  readonly openedDocuments: Buffer[] = [];
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
  /** The loaded office.js as WordHost asks it (WordHostOptions.api): every member but loadedApiLacks. */
  readonly api: LoadedApi = { has: (type, member) => this.loadedApiHas(type, member) };

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
    data.lineSpacingRule = style.lineSpacingRule ?? DEFAULT_FORMAT.lineSpacingRule;
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

  /** Content controls in document order: tag, title, appearance and the indexes of their paragraphs. */
  get controls(): { id: number; tag: string; title: string; appearance: string; paragraphs: number[] }[] {
    return this.contentControlsInOrder().map((c) => ({
      id: c.id,
      tag: c.tag,
      title: c.title,
      appearance: c.appearance,
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
    this.activeRuns++;
    this.maxActiveRuns = Math.max(this.maxActiveRuns, this.activeRuns);
    try {
      const result = await batch(context);
      if (context.pendingCommands.length > 0) {
        throw new Error(`wordFake: Word.run ended with commands never synced: ${context.pendingCommands.join("; ")}`);
      }
      return result;
    } finally {
      this.activeRuns--;
      context.close();
      this.runSyncs.push(context.syncCount);
    }
  };

  get lastRunSyncs(): number | undefined {
    return this.runSyncs[this.runSyncs.length - 1];
  }

  /** Whether the loaded office.js has `Type.member` (FakeWordOptions.loadedApiLacks). */
  loadedApiHas(type: string, member: string): boolean {
    return !(this.options.loadedApiLacks ?? []).includes(`${type}.${member}`);
  }

  /** Word on the web (Office.context.platform "OfficeOnline"). */
  get onTheWeb(): boolean {
    return this.options.platform === "OfficeOnline";
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
      platform: this.options.platform ?? "PC",
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
