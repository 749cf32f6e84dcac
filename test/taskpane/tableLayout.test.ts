/**
 * The preview draws tables as tables (the 整改清单 as a grid): where each
 * paragraph of a .docx sits in a table, read from the main part, and the blocks
 * the document view draws from it.
 */
import { analyzeDocument } from "../../src/core/analyze";
import { RECTIFICATION_HEADERS, rectificationCells, rectificationRows } from "../../src/core/insert/rectification";
import { DocxHost, readDocx } from "../../src/host/docx";
import { blocksOf } from "../../src/taskpane/preview/DocumentView";
import { tableLayout } from "../../src/taskpane/preview/tableLayout";
import { textToDocx } from "../../src/taskpane/preview/textToDocx";
import { MATERIAL } from "./fakeHost";

test("the 整改清单 inserted into a .docx: every cell paragraph in its row and column, the rest outside", async () => {
  const host = new DocxHost(await readDocx(await textToDocx(MATERIAL), "材料.docx"));
  const rows = rectificationRows(analyzeDocument(await host.readParagraphs(), { hostKind: "docx" }));
  await host.insertRectificationTable(rows);
  const doc = await readDocx(await host.toBytes(), "材料.docx");
  const layout = tableLayout(doc.mainXml, doc.paragraphRanges.map((r) => r.start))!;
  expect(layout).toHaveLength(doc.paragraphs.length);
  const cells = rectificationCells(rows);
  doc.paragraphs.forEach((p, i) => {
    expect(layout[i] !== null).toBe(p.inTable === true);
  });
  const inTable = doc.paragraphs.map((p, i) => ({ p, at: layout[i] })).filter((x) => x.at);
  expect(inTable.map((x) => x.p.text)).toEqual(cells.flat());
  for (const { p, at } of inTable) expect(cells[at!.row][at!.cell]).toBe(p.text);
  expect(new Set(inTable.map((x) => x.at!.table))).toEqual(new Set([0]));

  // Drawn: the paragraphs before as paragraphs, then one table of 1 + rows.length rows of 5 cells.
  const blocks = blocksOf(doc.paragraphs, layout);
  const table = blocks.find((b) => b.kind === "table");
  expect(table && table.kind === "table" && table.rows.map((r) => r.map((c) => c.map((p) => p.text).join("")))).toEqual(cells);
  expect(cells[0]).toEqual([...RECTIFICATION_HEADERS]);
  expect(blocks.filter((b) => b.kind === "paragraph")).toHaveLength(doc.paragraphs.length - cells.flat().length);
});

test("tables nested in a cell stay in the outer cell; rows and cells count from 0; bad positions give no layout", () => {
  const xml =
    "<w:body><w:p/><w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr>" +
    "<w:tr><w:trPr/><w:tc><w:tcPr/><w:p/></w:tc></w:tr></w:tbl><w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body>";
  const starts = [...xml.matchAll(/<w:p\/>/g)].map((m) => m.index!);
  expect(tableLayout(xml, starts)).toEqual([
    null,
    { table: 0, row: 0, cell: 0 },
    { table: 0, row: 0, cell: 1 },
    { table: 0, row: 0, cell: 1 },
    { table: 0, row: 1, cell: 0 },
    null,
    { table: 1, row: 0, cell: 0 },
  ]);
  expect(tableLayout(xml, [xml.length + 5])).toBeNull();
  // A layout that does not fit the paragraphs is not used.
  const paragraphs = starts.map((_, index) => ({ index, text: `p${index}` }));
  expect(blocksOf(paragraphs, [null]).every((b) => b.kind === "paragraph")).toBe(true);
});
