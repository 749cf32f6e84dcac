/**
 * Word.Table, Word.TableRow and Word.TableRowCollection (WordApi 1.3).
 *
 * Sources for each belief:
 * - insertTable(rowCount, columnCount, location, values): values is an optional 2D
 *   array that fills the cells it names:
 *   https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-inserttable-member(1)
 * - Word tables have at most 63 columns. No Microsoft API page states it; Word
 *   libraries document Word's limit, e.g.
 *   https://help.syncfusion.com/file-formats/docio/working-with-tables . The fake
 *   refuses more with InvalidArgument.
 * - headerRowCount, styleBuiltIn (a Word.BuiltInStyleName table style), values,
 *   rowCount, font, rows: https://learn.microsoft.com/javascript/api/word/word.table ;
 *   TableRow.font, values, rowIndex: https://learn.microsoft.com/javascript/api/word/word.tablerow ;
 *   TableRowCollection.getFirst: https://learn.microsoft.com/javascript/api/word/word.tablerowcollection
 */
import { FakeClientObject, FakeCollection } from "./base";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeFont } from "./font";
import { TABLE_COLLECTION_SCHEMA, TABLE_ROW_COLLECTION_SCHEMA, TABLE_ROW_SCHEMA, TABLE_SCHEMA } from "./load";
import { TABLE_STYLES, type FakeParagraphData, type FakeTableData } from "./model";
import { checkParagraphText } from "./paragraph";
import type { TableCollectionLike, TableLike, TableRowCollectionLike, TableRowLike } from "../../../src/host/word/wordApi";

/** Word's limits and the shape of `values` (at most rowCount rows of at most columnCount strings). */
export function checkTableArguments(rowCount: number, columnCount: number, values: string[][] | undefined): void {
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

/**
 * ContentControl.tables (WordApi 1.3): the tables inside a content control, in
 * document order. https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-tables-member
 */
export class FakeTableCollection extends FakeCollection<FakeTable> implements TableCollectionLike {
  constructor(
    context: FakeRequestContext,
    /** The paragraphs the tables must lie in, resolved at sync time. */
    private readonly within: () => FakeParagraphData[],
  ) {
    super(context, TABLE_COLLECTION_SCHEMA);
  }
  protected liveItems(): FakeTable[] {
    const inside = new Set(this.within());
    const fake = this.context.fake;
    return fake.tables
      .filter((t) => {
        const cells = fake.tableRows(t).flat();
        return cells.length > 0 && cells.every((cell) => inside.has(cell));
      })
      .map((t) => ({ t, start: fake.paragraphs.indexOf(fake.tableRows(t)[0]![0]!) }))
      .sort((a, b) => a.start - b.start)
      .map(({ t }) => new FakeTable(this.context, t));
  }
}
