/** "修正" / "全部修正" in Word: exact replacements, checked against the document first. */
import { analyzeDocument } from "../../../src/core/analyze";
import type { TextFix } from "../../../src/core/findings";
import { runRules } from "../../../src/core/rules/engine";
import { applyFixes } from "../../../src/core/rules/fixes";
import { WordHost } from "../../../src/host/word/wordHost";
import { corpusDocuments } from "../../helpers/corpus";
import { FakeWord, type FakeParagraphSpec, type FakeWordOptions } from "../../fakes/wordFake";
import { corpusLines, LISTS, STYLES, wordSpecs } from "./corpusWord";

const DOC: FakeParagraphSpec[] = [
  { text: "关于个人对照检查材料" },
  { text: "存在问题", list: { id: 1, level: 0 } },
  { text: "（六）强化纪律建设,大兴务实之风，坚定“ 四个自信”,做到“两个维护”，纪律建设,常抓不懈。" },
  { text: "理论学习不深入,学用脱节", list: { id: 1, level: 1 } },
];

function open(document: FakeParagraphSpec[] = DOC, options: FakeWordOptions = {}) {
  const fake = new FakeWord(document, { lists: LISTS, ...options });
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host };
}

/** A fix replacing the `nth` occurrence of `expected` in core's text of paragraph `paragraph`. */
function fixAt(texts: string[], paragraph: number, expected: string, replacement: string, nth = 0): TextFix {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = texts[paragraph].indexOf(expected, start + 1);
  if (start < 0) throw new Error(`"${expected}" not in paragraph ${paragraph}`);
  return { paragraph, start, end: start + expected.length, expected, replacement };
}

describe("WordHost.applyFixes", () => {
  test("replaces exactly each range (several in one paragraph, after an automatic number) in one read and one write", async () => {
    const { fake, host } = open();
    const texts = (await host.readParagraphs()).map((p) => p.text);
    expect(texts[3]).toBe("（一）理论学习不深入,学用脱节");
    const fixes = [
      fixAt(texts, 2, ",", "，", 0),
      fixAt(texts, 2, "“ ", "“"),
      fixAt(texts, 2, ",", "，", 1),
      fixAt(texts, 3, ",", "，"),
    ];

    const result = await host.applyFixes(fixes);

    expect(result).toMatchObject({ applied: 4, skipped: 0 });
    // Read (the paragraphs, then the list paragraphs' numbers), then one write.
    expect(fake.lastRunSyncs).toBe(3);
    const [read, numbers, write] = fake.syncLog.slice(-3);
    expect(read.edits).toBe(0);
    expect(numbers.edits).toBe(0);
    expect(write).toEqual({ loads: 4, edits: 4, selects: 1 });
    expect(fake.shownTexts).toEqual(applyFixes(texts, fixes).texts);
    expect(fake.paragraphs[2].text).toBe("（六）强化纪律建设，大兴务实之风，坚定“四个自信”，做到“两个维护”，纪律建设,常抓不懈。");
    expect(fake.paragraphs[3].text).toBe("理论学习不深入，学用脱节");
    // The last fix in document order is selected.
    expect(fake.selection).toMatchObject({ kind: "range", paragraph: 3, start: 7, end: 8, text: "，" });
  });

  test("the selected last fix follows the replacements made before it in its paragraph", async () => {
    const { fake, host } = open();
    const texts = (await host.readParagraphs()).map((p) => p.text);
    await host.applyFixes([fixAt(texts, 2, "“ ", "“"), fixAt(texts, 2, ",", "，", 1)]);
    const after = fake.paragraphs[2].text;
    expect(fake.selection).toMatchObject({ paragraph: 2, text: "，", start: after.indexOf("”，") + 1 });
  });

  test("a fix whose text changed, one in the automatic number, an overlapping one: skipped and counted", async () => {
    const { fake, host } = open();
    const texts = (await host.readParagraphs()).map((p) => p.text);
    const fixes: TextFix[] = [
      fixAt(texts, 2, ",", "，"),
      { ...fixAt(texts, 2, "建设,", "建设，"), replacement: "建设、" }, // overlaps the first
      { paragraph: 3, start: 0, end: 3, expected: "（一）", replacement: "(一)" }, // Word's number
      { paragraph: 1, start: 2, end: 4, expected: "存在", replacement: "查摆" }, // "存在" is at 2 only with the number
      { paragraph: 0, start: 0, end: 2, expected: "有关", replacement: "关于" }, // not there
    ];
    const result = await host.applyFixes(fixes);
    expect(result).toMatchObject({ applied: 2, skipped: 3 });
    expect(fake.paragraphs[1].text).toBe("查摆问题");
    expect(fake.shownTexts[3]).toBe("（一）理论学习不深入,学用脱节");
    expect(fake.paragraphs[0].text).toBe("关于个人对照检查材料");
  });

  test("a paragraph edited since the analysis is skipped even where the expected text is still there", async () => {
    const { fake, host } = open();
    const texts = (await host.readParagraphs()).map((p) => p.text);
    const fix = fixAt(texts, 2, ",", "，");
    fake.setText(2, "补充：" + fake.paragraphs[2].text);
    const before = fake.shownTexts;
    expect(await host.applyFixes([fix])).toMatchObject({ applied: 0, skipped: 1 });
    expect(fake.shownTexts).toEqual(before);
    expect(fake.lastRunSyncs).toBe(2); // reads only
    expect(fake.edits).toEqual([]);
  });

  test("a paragraph moved since the analysis is found by its text", async () => {
    const { fake, host } = open();
    const texts = (await host.readParagraphs()).map((p) => p.text);
    const fix = fixAt(texts, 3, ",", "，");
    fake.insertParagraph(0, "新加的一段");
    expect(await host.applyFixes([fix])).toMatchObject({ applied: 1, skipped: 0 });
    expect(fake.paragraphs[4].text).toBe("理论学习不深入，学用脱节");
  });

  test("without an earlier read, indexes and offsets are taken as they are (number text included)", async () => {
    const { fake } = open();
    const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
    expect(await host.applyFixes([{ paragraph: 3, start: 10, end: 11, expected: ",", replacement: "，" }])).toMatchObject({ applied: 1, skipped: 0 });
    expect(fake.shownTexts[3]).toBe("（一）理论学习不深入，学用脱节");
  });

  test.each([true, false])("Word's Find folding widths (%s) never moves a replacement to a look-alike", async (folds) => {
    // The half-width comma to fix comes after full-width ones, which a folding Find matches first.
    const { fake, host } = open([{ text: "一是学习，二是工作，三是作风,四是纪律，五是,廉洁" }], { searchFoldsWidthAndQuotes: folds });
    const texts = (await host.readParagraphs()).map((p) => p.text);
    const fixes = [fixAt(texts, 0, ",", "，", 0), fixAt(texts, 0, ",", "，", 1)];
    expect(await host.applyFixes(fixes)).toMatchObject({ applied: 2, skipped: 0 });
    expect(fake.paragraphs[0].text).toBe("一是学习，二是工作，三是作风，四是纪律，五是，廉洁");
  });

  test("the real punctuation rules' fixes on a corpus document apply exactly, and are gone afterwards", async () => {
    const doc = corpusDocuments().find((d) => d.name === "seed-004");
    if (!doc) throw new Error("corpus seed-004 missing");
    const { fake, host } = open(wordSpecs(corpusLines(doc), "typed"), { styles: STYLES });
    const only = ["punct-halfwidth", "punct-space"] as const;
    const paragraphs = await host.readParagraphs();
    const fixes = runRules(analyzeDocument(paragraphs, { hostKind: "word" }), { only }).flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    const expected = applyFixes(paragraphs, fixes);

    const result = await host.applyFixes(fixes);

    expect(result).toMatchObject({ applied: expected.applied.length, skipped: fixes.length - expected.applied.length });
    expect(fake.shownTexts).toEqual(expected.texts);
    const again = runRules(analyzeDocument(await host.readParagraphs(), { hostKind: "word" }), { only });
    expect(again.filter((f) => f.fix)).toEqual([]);
  });

  test("nothing to apply: one read, no write", async () => {
    const { fake, host } = open();
    await host.readParagraphs();
    expect(await host.applyFixes([{ paragraph: 9, start: 0, end: 1, expected: "x", replacement: "y" }])).toMatchObject({ applied: 0, skipped: 1 });
    expect(fake.lastRunSyncs).toBe(2); // reads only
    expect(await host.applyFixes([])).toMatchObject({ applied: 0, skipped: 0 });
  });
});
