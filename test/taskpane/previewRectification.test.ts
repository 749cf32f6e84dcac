/**
 * "插入整改清单" in the preview: the wrapper passes it through to a .docx host,
 * redraws the document and selects the inserted title; a .txt takes the table
 * too: it becomes a .docx in memory and keeps taking edits and choices.
 */
import { analyzeDocument } from "../../src/core/analyze";
import { RECTIFICATION_TITLE, rectificationCells, rectificationRows } from "../../src/core/insert/rectification";
import type { Paragraph } from "../../src/core/model";
import { DocxHost, readDocx } from "../../src/host/docx";
import type { DocumentTarget } from "../../src/host/types";
import { withEditNotifications } from "../../src/taskpane/preview/previewHost";
import { TextDocumentHost } from "../../src/taskpane/preview/textDocumentHost";
import { textToDocx } from "../../src/taskpane/preview/textToDocx";
import { MATERIAL } from "./fakeHost";

test("a .docx in the preview: inserted, redrawn, the title selected, and in the download", async () => {
  const selections: DocumentTarget[] = [];
  const inner = new DocxHost(await readDocx(await textToDocx(MATERIAL), "材料.docx"), (t) => selections.push(t));
  const redrawn: Paragraph[][] = [];
  const host = withEditNotifications(inner, (paragraphs) => redrawn.push(paragraphs));
  const rows = rectificationRows(analyzeDocument(await host.readParagraphs(), { hostKind: "docx" }));
  expect(rows).toHaveLength(3);

  await host.insertRectificationTable!(rows);
  expect(redrawn).toHaveLength(1);
  expect(redrawn[0].slice(0, MATERIAL.length).map((p) => p.text)).toEqual(MATERIAL);
  expect(redrawn[0].slice(MATERIAL.length).map((p) => p.text)).toEqual([RECTIFICATION_TITLE, ...rectificationCells(rows).flat(), ""]);
  expect(selections[selections.length - 1]).toEqual({ paragraph: MATERIAL.length });

  await host.settled();
  const saved = await readDocx(await host.toBytes!(), "材料.docx");
  expect(saved.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toEqual(rectificationCells(rows).flat());
});

test("a .txt in the preview takes the table too: it becomes a .docx in memory, edits and choices go on", async () => {
  const selections: DocumentTarget[] = [];
  const inner = new TextDocumentHost("材料.txt", MATERIAL.join("\n"), (t) => selections.push(t));
  const redrawn: Paragraph[][] = [];
  const host = withEditNotifications(inner, (paragraphs) => redrawn.push(paragraphs));
  expect(typeof host.insertRectificationTable).toBe("function");
  await host.writeState!('{"version":1}');
  const rows = rectificationRows(analyzeDocument(await host.readParagraphs(), { hostKind: "text" }));

  const tableUndo = await host.insertRectificationTable!(rows);
  const after = redrawn[redrawn.length - 1];
  expect(after.slice(0, MATERIAL.length).map((p) => p.text)).toEqual(MATERIAL);
  expect(after.filter((p) => p.inTable).map((p) => p.text)).toEqual(rectificationCells(rows).flat());
  expect(selections[selections.length - 1]).toEqual({ paragraph: MATERIAL.length });
  // The state written before is still there, and later writes go to the same document.
  expect(await host.readState!()).toBe('{"version":1}');
  await host.writeState!('{"version":1,"ignoredFindings":["k"]}');

  // A fix after the table still lands in the text, and the download carries text, table and state.
  const comma = MATERIAL[3].indexOf(",");
  const fixed = await host.applyFixes!([{ paragraph: 3, start: comma, end: comma + 1, expected: ",", replacement: "，" }]);
  expect(fixed).toMatchObject({ applied: 1, skipped: 0 });
  expect(fixed.undo).toBeDefined();
  await host.settled();
  const saved = await readDocx(await host.toBytes!(), "材料.docx");
  expect(saved.paragraphs[3].text).toContain("及时，2024年");
  expect(saved.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toEqual(rectificationCells(rows).flat());
  const reopened = new DocxHost(saved);
  expect(await reopened.readState()).toBe('{"version":1,"ignoredFindings":["k"]}');

  // 撤销 of the table is refused while the fix after it stands (nothing is lost); 撤销 of
  // the fix puts the comma back, and then the table's goes too.
  await expect(tableUndo!.undo()).rejects.toThrow();
  expect((await host.readParagraphs()).filter((p) => p.inTable).map((p) => p.text)).toEqual(rectificationCells(rows).flat());
  await fixed.undo!.undo();
  expect((await host.readParagraphs())[3].text).toContain("及时,2024年");
  await tableUndo!.undo();
  expect((await host.readParagraphs()).map((p) => p.text)).toEqual(MATERIAL);
});

test("a .txt's 整改清单 is taken back in one step: the text as it was, the state kept", async () => {
  const inner = new TextDocumentHost("材料.txt", MATERIAL.join("\n"));
  await inner.writeState('{"version":1}');
  const rows = rectificationRows(analyzeDocument(await inner.readParagraphs(), { hostKind: "text" }));
  const undo = await inner.insertRectificationTable(rows);
  expect((await inner.readParagraphs()).some((p) => p.inTable)).toBe(true);
  await undo.undo();
  const back = await inner.readParagraphs();
  expect(back.map((p) => p.text)).toEqual(MATERIAL);
  expect(back.some((p) => p.inTable)).toBe(false);
  expect(await inner.readState()).toBe('{"version":1}');
});
