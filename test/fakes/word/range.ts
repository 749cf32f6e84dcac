/**
 * Word.Range and Word.RangeCollection (search results).
 *
 * Sources for each belief:
 * - insertText(text, "Replace") replaces the range and returns the new text's
 *   range; select(); getRange("Whole" | "Start" | "End" | "Content"); expandTo():
 *   https://learn.microsoft.com/javascript/api/word/word.range
 * - A range keeps pointing at its text while the document changes around it within
 *   the batch (tracked objects adjust "based on surrounding changes"):
 *   https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
 * - RangeCollection.getFirst() throws ItemNotFound when there is no item:
 *   https://learn.microsoft.com/javascript/api/word/word.rangecollection#word-word-rangecollection-getfirst-member(1)
 */
import { FakeClientObject, FakeCollection } from "./base";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, itemNotFound, unsupported } from "./errors";
import { RANGE_COLLECTION_SCHEMA, RANGE_SCHEMA } from "./load";
import type { FakeParagraphData } from "./model";
import type { RangeCollectionLike, RangeLike, RangeLocationLike } from "../../../src/host/word/wordApi";

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

export function collapse(span: Span, mode: "Select" | "Start" | "End"): Span {
  if (mode === "Start") return { ...span, end: span.start };
  if (mode === "End") return { ...span, start: span.end };
  return span;
}

export function subRange(span: Span, location: RangeLocationLike): Span {
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
