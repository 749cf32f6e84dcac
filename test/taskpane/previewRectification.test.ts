/**
 * "插入整改清单" in the preview: the wrapper passes it through to a .docx host,
 * redraws the document and selects the inserted title; the .txt host has no
 * such method, and neither has its wrapper (the pane hides the button).
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

test("a .txt in the preview cannot take the table: the method is absent, wrapped or not", () => {
  const inner = new TextDocumentHost("材料.txt", MATERIAL.join("\n"));
  expect("insertRectificationTable" in inner).toBe(false);
  expect(withEditNotifications(inner, () => undefined).insertRectificationTable).toBeUndefined();
});
