/**
 * Word.Document, its body and Word.ParagraphCollection.
 *
 * Sources for each belief:
 * - Document.changeTrackingMode ("Off", "TrackAll", "TrackMineOnly") needs
 *   WordApi 1.4: https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-changetrackingmode-member
 *   and https://learn.microsoft.com/javascript/api/word/word.changetrackingmode
 * - Body.paragraphs, Body.contentControls, Body.insertParagraph("Start" | "End"),
 *   Body.text and Body.getReviewedText (WordApi 1.4):
 *   https://learn.microsoft.com/javascript/api/word/word.body . The fake's Body.text
 *   joins the paragraphs' texts with "\r" (Word's paragraph mark); WordHost only
 *   compares it with itself.
 * - A document always has at least one paragraph (the final paragraph mark, which
 *   no content control contains): Word's document model, see
 *   https://learn.microsoft.com/office/vba/api/word.paragraphs.add (a paragraph added at the very end goes
 *   before the last one). The fake puts Body.insertParagraph's paragraph outside
 *   every content control for that reason.
 */
import { FakeClientObject, FakeCollection } from "./base";
import { FakeContentControlCollection } from "./contentControl";
import type { FakeRequestContext } from "./context";
import { FakeClientResult } from "./clientResult";
import { apiNotFound, FakeOfficeError, invalidArgument, unsupported } from "./errors";
import { BODY_SCHEMA, DOCUMENT_SCHEMA, PARAGRAPH_COLLECTION_SCHEMA } from "./load";
import { FakeParagraphData } from "./model";
import { checkParagraphText, FakeParagraph } from "./paragraph";
import type { FakeWord } from "./word";
import type { BodyLike, ChangeTrackingVersionLike, DocumentLike, ParagraphCollectionLike } from "../../../src/host/word/wordApi";

export class FakeBody extends FakeClientObject implements BodyLike {
  constructor(context: FakeRequestContext) {
    super(context, BODY_SCHEMA);
  }
  protected liveExists(): boolean {
    return true;
  }
  protected liveScalar(): unknown {
    return this.context.fake.paragraphs.map((p) => p.text).join("\r");
  }
  get text(): string {
    return this.read("text");
  }
  /** Like Word, every access makes a new proxy. */
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context);
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context);
  }
  getReviewedText(version: ChangeTrackingVersionLike): FakeClientResult<string> {
    this.context.assertUsable(this);
    const result = new FakeClientResult<string>();
    this.context.enqueue({
      describe: `Body.getReviewedText ${version}`,
      kind: "load",
      run: () => {
        if (!this.context.fake.isSetSupported("WordApi", "1.4")) throw apiNotFound("Body.getReviewedText: WordApi 1.4");
        if (version !== "Current" && version !== "Original") throw invalidArgument(`version ${String(version)}`);
        const paragraphs = this.context.fake.paragraphs;
        result.resolve(paragraphs.map((p) => (version === "Current" ? p.reviewedText : p.text)).join("\r"));
      },
    });
    return result;
  }
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): FakeParagraph {
    const context = this.context;
    context.assertUsable(this);
    if (insertLocation !== "Start" && insertLocation !== "End") throw unsupported(`Body.insertParagraph "${String(insertLocation)}"`);
    if (context.fake.paragraphs.length === 0) throw new Error("wordFake: a document always has a paragraph");
    checkParagraphText(paragraphText);
    const created = new FakeParagraphData("");
    context.enqueueEdit(`Body.insertParagraph ${JSON.stringify(paragraphText)} ${insertLocation}`, () => {
      context.fake.insertInBody(created, paragraphText, insertLocation);
    });
    return new FakeParagraph(context, created);
  }
}

export class FakeDocument extends FakeClientObject implements DocumentLike {
  readonly body: FakeBody;
  constructor(context: FakeRequestContext) {
    super(context, DOCUMENT_SCHEMA);
    this.body = new FakeBody(context);
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
