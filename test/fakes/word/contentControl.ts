/**
 * Word.ContentControl and Word.ContentControlCollection.
 *
 * Sources for each belief:
 * - appearance "BoundingBox" (Word's default: a box showing the title),
 *   "Tags" or "Hidden" (WordApi 1.1):
 *   https://learn.microsoft.com/javascript/api/word/word.contentcontrolappearance
 * - id, tag, title; text (read-only: the text of the control, its paragraphs each
 *   ending in Word's paragraph mark "\r", the last one without);
 *   insertParagraph("Start" | "End" | "Before" | "After");
 *   insertTable and tables (WordApi 1.3); delete(keepContent); select():
 *   https://learn.microsoft.com/javascript/api/word/word.contentcontrol
 * - ContentControlCollection.getByTag, and content controls listed in document
 *   order: https://learn.microsoft.com/javascript/api/word/word.contentcontrolcollection
 * - A proxy names one control from the moment its object path is resolved (the
 *   first sync that uses it), as every Office.js object path does:
 *   https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
 */
import { FakeClientObject, FakeCollection } from "./base";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound, unsupported } from "./errors";
import { CONTENT_CONTROL_COLLECTION_SCHEMA, CONTENT_CONTROL_SCHEMA } from "./load";
import { FakeParagraphData, type FakeContentControlData } from "./model";
import { checkParagraphText, FakeParagraph } from "./paragraph";
import { checkTableArguments, FakeTable, FakeTableCollection } from "./table";
import type { ContentControlCollectionLike, ContentControlLike } from "../../../src/host/word/wordApi";

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
    if (name === "text") return this.liveOrThrow().map((p) => p.text).join("\r");
    return this.control()[name as "id" | "tag" | "title" | "appearance"];
  }
  get appearance(): string {
    return this.read("appearance");
  }
  set appearance(value: string) {
    this.write("appearance", value, () => {
      if (!["BoundingBox", "Tags", "Hidden"].includes(value)) throw invalidArgument(`appearance ${value}`);
      this.control().appearance = value as "BoundingBox" | "Tags" | "Hidden";
    });
  }
  get text(): string {
    return this.read("text");
  }
  protected override createNavigation(name: string): FakeClientObject {
    if (name === "tables") return new FakeTableCollection(this.context, () => this.liveOrThrow());
    return super.createNavigation(name);
  }
  /** WordApi 1.3: the tables inside the control. */
  get tables(): FakeTableCollection {
    return this.navigation("tables");
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
