/**
 * 撤销 in Word, where Word's own undo cannot be relied on (a batch may be several
 * steps of Ctrl+Z): an insertion and a 修正 made by WordHost are taken back whole by
 * WordHost in one read and one write, and refused, changing nothing, when the
 * document changed since where the edit wrote (what the user typed is never deleted).
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { planInsertion } from "../../../src/core/insert/planner";
import { UndoConflictError } from "../../../src/host/types";
import { WordHost } from "../../../src/host/word/wordHost";
import { corpusDocuments } from "../../helpers/corpus";
import { FakeWord } from "../../fakes/wordFake";
import { corpusLines, LISTS, renumberHeadings, STYLES, withoutSection, wordSpecs } from "./corpusWord";

function open() {
  const doc = corpusDocuments().find((d) => d.name === "seed-004")!;
  const lines = renumberHeadings(withoutSection(doc, corpusLines(doc), "causes"));
  const fake = new FakeWord(wordSpecs(lines, "typed"), { lists: LISTS, styles: STYLES });
  const host = new WordHost({ run: fake.run, office: fake.office });
  return { fake, host };
}

async function insertCauses(host: WordHost) {
  const plan = planInsertion(analyzeDocument(await host.readParagraphs(), { hostKind: "word" }), { kind: "section", section: "causes" })!;
  expect(plan.renumbers.length).toBeGreaterThan(0);
  const undo = await host.applyPlan(plan);
  await host.readParagraphs();
  if (!undo) throw new Error("no undo");
  return { plan, undo };
}

test("an insertion is undone whole: the template goes and the shifted numbers get their old values, one read and one write", async () => {
  const { fake, host } = open();
  const before = fake.shownTexts;
  const { undo } = await insertCauses(host);
  expect(fake.shownTexts).not.toEqual(before);
  await undo.undo();
  expect(fake.shownTexts).toEqual(before);
  expect(fake.controls).toEqual([]);
  expect(fake.lastRunSyncs).toBe(2);
});

test("an insertion the user typed into is not undone, and nothing changes", async () => {
  const { fake, host } = open();
  const { plan, undo } = await insertCauses(host);
  const first = fake.shownTexts.indexOf(plan.insertion.paragraphs[1]!.text);
  fake.setText(first, fake.shownTexts[first]!.replace(/【[^】]*】/, "对学习重视不够"));
  const typed = fake.shownTexts;
  await expect(undo.undo()).rejects.toThrow(UndoConflictError);
  await expect(undo.undo()).rejects.toThrow(/已填写了内容/);
  expect(fake.shownTexts).toEqual(typed);
});

test("a shifted number edited since: the undo is refused whole", async () => {
  const { fake, host } = open();
  const { plan, undo } = await insertCauses(host);
  const shifted = fake.shownTexts.findIndex((t) => t.startsWith(plan.renumbers[0]!.replacement));
  fake.setText(shifted, fake.shownTexts[shifted]!.replace(plan.renumbers[0]!.replacement, "第三部分 "));
  const edited = fake.shownTexts;
  await expect(undo.undo()).rejects.toThrow(UndoConflictError);
  expect(fake.shownTexts).toEqual(edited);
});

test("修正 of two texts in one paragraph is undone whole", async () => {
  const fake = new FakeWord(["示例标题", "一是学习不够,二是调研偏少,三是作风不实。"]);
  const host = new WordHost({ run: fake.run, office: fake.office });
  await host.readParagraphs();
  const result = await host.applyFixes([
    { paragraph: 1, start: 6, end: 7, expected: ",", replacement: "，" },
    { paragraph: 1, start: 0, end: 2, expected: "一是", replacement: "第一，" },
  ]);
  expect(result.applied).toBe(2);
  expect(fake.shownTexts[1]).toBe("第一，学习不够，二是调研偏少,三是作风不实。");
  await host.readParagraphs();
  await result.undo!.undo();
  expect(fake.shownTexts).toEqual(["示例标题", "一是学习不够,二是调研偏少,三是作风不实。"]);
  expect(fake.lastRunSyncs).toBe(2);
});

test("修正 undone after the user changed the fixed text: refused, nothing changes", async () => {
  const fake = new FakeWord(["示例标题", "一是学习不够,二是调研偏少。"]);
  const host = new WordHost({ run: fake.run, office: fake.office });
  await host.readParagraphs();
  const result = await host.applyFixes([{ paragraph: 1, start: 6, end: 7, expected: ",", replacement: "，" }]);
  fake.setText(1, "一是学习不够；二是调研偏少。");
  await expect(result.undo!.undo()).rejects.toThrow(UndoConflictError);
  expect(fake.shownTexts[1]).toBe("一是学习不够；二是调研偏少。");
});
