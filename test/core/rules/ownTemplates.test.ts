/**
 * The add-in's own templates are not the author's errors: an inserted template
 * still holding placeholders is one "待填写 N 处" warning on the template (N counted
 * from what was inserted), no other rule reports its paragraphs, and once filled in
 * it is checked like the rest of the material. The 整改清单's title is not held to
 * the body text's format. Recognised by the host's mark (.docx bookmark) and, where
 * the host cannot tell, by the placeholders only the add-in writes.
 */
import { analyze } from "../../../src/core/analyze";
import { applyPlanToTexts } from "../../../src/core/insert/apply";
import { planInsertion, type EditPlan } from "../../../src/core/insert/planner";
import { countPlaceholders } from "../../../src/core/insert/preview";
import { rectificationRows } from "../../../src/core/insert/rectification";
import { DocxHost, readDocx } from "../../../src/host/docx";
import { paragraphsFromText } from "../../../src/host/text";
import { corpusDocuments } from "../../helpers/corpus";
import { docxFromLines } from "../../helpers/makeDocx";
import { withoutSection } from "../../helpers/removal";

const seed = corpusDocuments().find((d) => d.name === "seed-004")!;
const cut = withoutSection(seed, paragraphsFromText(seed.text).map((p) => p.text), "causes", { renumber: true });

function planCauses(texts: string[]): EditPlan {
  return planInsertion(analyze(paragraphsFromText(texts.join("\n")), { hostKind: "text" }).doc, { kind: "section", section: "causes" })!;
}

const inTemplate = (plan: EditPlan, at: number, paragraph: number | null) => paragraph !== null && paragraph >= at && paragraph < at + plan.insertion.paragraphs.length;

test("an inserted 原因分析 is one 待填写 note, counted from what was inserted, and nothing else on its paragraphs (plain text)", () => {
  const before = analyze(paragraphsFromText(cut.join("\n")), { hostKind: "text" });
  const plan = planCauses(cut);
  const { texts, inserted } = applyPlanToTexts(cut, plan);
  const after = analyze(paragraphsFromText(texts.join("\n")), { hostKind: "text" });
  const at = inserted[0]!;
  const inside = after.findings.filter((f) => inTemplate(plan, at, f.paragraph));
  // Plain text cannot say which lines were inserted: the template is known by its placeholders,
  // from the first line holding one (the heading before it has none, and raises nothing).
  const firstBlank = at + plan.insertion.paragraphs.findIndex((p) => p.text.includes("【"));
  expect(inside).toEqual([expect.objectContaining({ rule: "placeholder-left", severity: "warning", paragraph: firstBlank })]);
  expect(inside[0]!.data).toMatchObject({ kind: "template", count: countPlaceholders(plan.insertion.paragraphs.map((p) => p.text)) });
  expect(inside[0]!.message).toBe(`插入的模板待填写 ${countPlaceholders(plan.insertion.paragraphs.map((p) => p.text))} 处（【】中的内容）`);
  // No error came with the insertion (section-missing went, nothing came).
  expect(after.findings.filter((f) => f.severity === "error").length).toBeLessThan(before.findings.filter((f) => f.severity === "error").length);
});

test("filled in, the template is the author's text and checked as such", () => {
  const plan = planCauses(cut);
  const { texts, inserted } = applyPlanToTexts(cut, plan);
  const filled = texts.map((t, i) => (i >= inserted[0]! && i <= inserted[inserted.length - 1]! ? t.replace(/【[^】]*】/g, "对理论学习抓得不紧,满足于完成规定学时") : t));
  const after = analyze(paragraphsFromText(filled.join("\n")), { hostKind: "text" });
  expect(after.findings.some((f) => f.rule === "placeholder-left" && inTemplate(plan, inserted[0]!, f.paragraph))).toBe(false);
  // Its half-width comma is now the author's, and reported.
  expect(after.findings.some((f) => f.rule === "punct-halfwidth" && inTemplate(plan, inserted[0]!, f.paragraph))).toBe(true);
});

test("in a .docx the bookmark says which paragraphs are the template; the 整改清单 is one note and its title is no format finding", async () => {
  const host = new DocxHost(await readDocx(await docxFromLines(cut, "typed"), "m.docx"));
  const first = analyze(await host.readParagraphs(), { hostKind: "docx" });
  const plan = planInsertion(first.doc, { kind: "section", section: "causes" })!;
  await host.applyPlan(plan);
  const withTemplate = analyze(await host.readParagraphs(), { hostKind: "docx" });
  const paragraphs = await host.readParagraphs();
  const at = paragraphs.findIndex((p) => p.template);
  expect(at).toBeGreaterThan(0);
  expect(withTemplate.findings.filter((f) => inTemplate(plan, at, f.paragraph)).map((f) => f.rule)).toEqual(["placeholder-left"]);

  const rows = rectificationRows(withTemplate.doc);
  await host.insertRectificationTable(rows);
  const withTable = analyze(await host.readParagraphs(), { hostKind: "docx" });
  const title = (await host.readParagraphs()).findIndex((p) => p.text === "整改清单" && !p.inTable);
  const onTable = withTable.findings.filter((f) => (f.paragraph ?? -1) >= title);
  expect(onTable).toEqual([expect.objectContaining({ rule: "placeholder-left", severity: "warning", paragraph: title })]);
  expect(onTable[0]!.message).toMatch(/^插入的“整改清单”模板待填写 \d+ 处/);
  expect(withTable.findings.some((f) => f.rule === "format-gbt9704" && f.paragraph === title)).toBe(false);
});
