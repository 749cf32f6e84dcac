/**
 * Word.Paragraph.
 *
 * Sources for each belief:
 * - Properties (text, style, styleBuiltIn, outlineLevel, isListItem,
 *   tableNestingLevel, alignment, firstLineIndent, leftIndent, lineSpacing) and
 *   methods (insertParagraph "Before"/"After", insertContentControl, attachToList,
 *   detachFromList, select, getRange, search): https://learn.microsoft.com/javascript/api/word/word.paragraph
 * - attachToList "fails if the paragraph cannot join the list or if the paragraph is
 *   already a list item": https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-attachtolist-member(1)
 *   (the same holds for startNewList: https://github.com/OfficeDev/office-js/issues/2307)
 * - Applying a style (style, styleBuiltIn) gives the paragraph that style's
 *   formatting: https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-stylebuiltin-member ;
 *   setting styleBuiltIn on a new paragraph is reported to work on one inserted
 *   through Body.insertParagraph and to fail with InvalidArgument on one inserted
 *   through a Range: https://github.com/OfficeDev/office-js/issues/1656 (WordHost
 *   inserts through Paragraph and ContentControl, which the fake lets style).
 * - parentContentControlOrNullObject is the innermost content control around the
 *   paragraph (WordApi 1.3): https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-parentcontentcontrolornullobject-member
 * - Paragraph text cannot hold a paragraph mark; the fake refuses breaks in
 *   insertParagraph's text rather than guess what Word would split.
 * - Setting lineSpacing writes Word's "multiple" rule with the points divided by
 *   12, whatever the rule was (固定值 28 磅 becomes 2.33 lines):
 *   https://github.com/OfficeDev/office-js/issues/2296 and
 *   https://github.com/OfficeDev/office-js/issues/3203 (see model.ts).
 * - getReviewedText("Current" | "Original"), WordApi 1.4:
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)
 */
import { FakeClientObject } from "./base";
import type { FakeRequestContext } from "./context";
import { FakeContentControl } from "./contentControl";
import { FakeClientResult } from "./clientResult";
import { apiNotFound, FakeOfficeError, invalidArgument, itemNotFound, unsupported } from "./errors";
import { FakeFont } from "./font";
import { FakeList, FakeListItem } from "./list";
import { PARAGRAPH_SCHEMA } from "./load";
import { FakeParagraphData } from "./model";
import { collapse, FakeRange, FakeRangeCollection, subRange, type Span } from "./range";
import { searchKey, SEARCH_OPTIONS, unescapeSearch } from "./search";
import type { ChangeTrackingVersionLike, ParagraphLike, RangeLocationLike, SearchOptionsLike } from "../../../src/host/word/wordApi";

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
        // The API knows one line-spacing setting: Word's "multiple" rule (office-js #2296, #3203).
        if (name === "lineSpacing") data.lineSpacingRule = "multiple";
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

  getReviewedText(version: ChangeTrackingVersionLike): FakeClientResult<string> {
    this.context.assertUsable(this);
    const result = new FakeClientResult<string>();
    this.context.enqueue({
      describe: `Paragraph.getReviewedText ${version}`,
      kind: "load",
      run: () => {
        if (!this.context.fake.isSetSupported("WordApi", "1.4")) throw apiNotFound("Paragraph.getReviewedText: WordApi 1.4");
        if (!this.context.fake.loadedApiHas("Paragraph", "getReviewedText")) throw unsupported("a member the loaded office.js lacks");
        if (version !== "Current" && version !== "Original") throw invalidArgument(`version ${String(version)}`);
        const data = this.liveOrThrow();
        result.resolve(version === "Current" ? data.reviewedText : data.text);
      },
    });
    return result;
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

export function checkParagraphText(text: string): void {
  if (/[\r\n\u000b\u2029]/.test(text)) throw unsupported("paragraph text with breaks");
}
