/**
 * Word.ListItem and Word.List of a paragraph (listItemOrNullObject,
 * listOrNullObject; WordApi 1.3).
 *
 * Sources for each belief:
 * - ListItem.listString is the number text Word shows; ListItem.level is 0-based;
 *   both are null objects for a paragraph that is not a list item:
 *   https://learn.microsoft.com/javascript/api/word/word.listitem and
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-listitemornullobject-member
 * - List.id identifies the list a paragraph belongs to:
 *   https://learn.microsoft.com/javascript/api/word/word.list#word-word-list-id-member
 */
import { FakeClientObject } from "./base";
import type { FakeRequestContext } from "./context";
import { LIST_ITEM_SCHEMA, LIST_SCHEMA } from "./load";
import type { FakeParagraph } from "./paragraph";
import type { ListItemLike, ListLike } from "../../../src/host/word/wordApi";

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
