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
 *
 * One file per object under test/fakes/word/ (errors, model, load, base, context,
 * font, list, range, search, paragraph, contentControl, table, document,
 * customXml, word), each citing the Microsoft page or office-js issue every belief
 * about Word comes from; this module gathers them.
 */
export { FakeOfficeError } from "./word/errors";
export {
  chineseNumber,
  FakeContentControlData,
  FakeParagraphData,
  FakeTableData,
  type FakeEdit,
  type FakeFontSpec,
  type FakeListMembership,
  type FakeListSpec,
  type FakeParagraphSpec,
  type FakeSelection,
  type FakeStyleSpec,
  type FakeSyncRecord,
  type FakeWordOptions,
  type LoadLogEntry,
} from "./word/model";
export { parseLoadArgument, type FakeLoadArgument, type LoadTree } from "./word/load";
export { FakeRequestContext } from "./word/context";
export { FakeFont } from "./word/font";
export { FakeList, FakeListItem } from "./word/list";
export { FakeRange, FakeRangeCollection, type Span } from "./word/range";
export { FakeParagraph } from "./word/paragraph";
export { FakeContentControl, FakeContentControlCollection } from "./word/contentControl";
export { FakeTable, FakeTableRow, FakeTableRowCollection } from "./word/table";
export { FakeDocument, FakeParagraphCollection } from "./word/document";
export { rootNamespace } from "./word/customXml";
export { FakeWord } from "./word/word";
