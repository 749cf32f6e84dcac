/**
 * 撤销 in a .docx (the preview and the pane over a .docx): an insertion, a 修正 or the
 * 整改清单 is taken back to the main part exactly as it was, and refused, changing
 * nothing, once the body changed again since.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyze } from "../../../src/core/analyze";
import { planInsertion } from "../../../src/core/insert/planner";
import { rectificationRows } from "../../../src/core/insert/rectification";
import { DocxHost, readDocx } from "../../../src/host/docx";
import { UndoConflictError } from "../../../src/host/types";
import { docxFromLines } from "../../helpers/makeDocx";

const SAMPLE = readFileSync(path.resolve(__dirname, "..", "..", "..", "assets", "sample.txt"), "utf8").replace(/\n$/, "").split("\n");
const CUT = (() => {
  const a = SAMPLE.findIndex((l) => l.startsWith("三、原因剖析"));
  const b = SAMPLE.findIndex((l) => l.startsWith("四、整改措施"));
  return [...SAMPLE.slice(0, a), ...SAMPLE.slice(b).map((l) => l.replace(/^四、/, "三、"))].map((l) => l.replace("部署，局党组", "部署,局党组"));
})();

async function host(): Promise<DocxHost> {
  return new DocxHost(await readDocx(await docxFromLines(CUT, "typed"), "m.docx"));
}

test("an insertion (with the number it shifted) is undone to the very XML it changed", async () => {
  const h = await host();
  const xml = h.document.mainXml;
  const analysis = analyze(await h.readParagraphs(), { hostKind: "docx" });
  const plan = planInsertion(analysis.doc, { kind: "section", section: "causes" })!;
  expect(plan.renumbers).toHaveLength(1);
  const undo = await h.applyPlan(plan);
  expect(h.document.mainXml).not.toBe(xml);
  await undo!.undo();
  expect(h.document.mainXml).toBe(xml);
});

test("修正 and the 整改清单 are undone the same way; a later edit refuses the earlier undo", async () => {
  const h = await host();
  const xml = h.document.mainXml;
  const analysis = analyze(await h.readParagraphs(), { hostKind: "docx" });
  const comma = analysis.findings.find((f) => f.rule === "punct-halfwidth")!;
  const fixed = await h.applyFixes([comma.fix!]);
  expect(fixed.applied).toBe(1);
  const afterFix = h.document.mainXml;
  const table = await h.insertRectificationTable(rectificationRows(analysis.doc));
  // The fix can no longer be undone: the body changed since.
  await expect(fixed.undo!.undo()).rejects.toThrow(UndoConflictError);
  expect(h.document.mainXml).not.toBe(afterFix);
  await table.undo();
  expect(h.document.mainXml).toBe(afterFix);
  await fixed.undo!.undo();
  expect(h.document.mainXml).toBe(xml);
});
