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
 * - Word on the web fails the whole sync (GeneralException, "Cannot read
 *   properties of null (reading 'listId')") when the list information of a list
 *   paragraph carrying tracked changes is loaded; desktop Word does not:
 *   https://github.com/OfficeDev/office-js/issues/5901 and
 *   https://github.com/OfficeDev/office-js/issues/5335
 */
import { FakeClientObject } from "./base";
import type { FakeRequestContext } from "./context";
import { generalException } from "./errors";
import { LIST_ITEM_SCHEMA, LIST_SCHEMA } from "./load";
import type { FakeParagraph } from "./paragraph";
import type { ListItemLike, ListLike } from "../../../src/host/word/wordApi";

/** Word on the web: list information of a tracked list paragraph cannot be loaded (office-js #5901, #5335). */
function failOnTheWeb(context: FakeRequestContext, paragraph: FakeParagraph): void {
  const data = paragraph.liveData();
  if (context.fake.onTheWeb && data?.isListItem && data.tracked) {
    throw generalException("Cannot read properties of null (reading 'listId')");
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
    failOnTheWeb(this.context, this.paragraph);
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
    failOnTheWeb(this.context, this.paragraph);
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
