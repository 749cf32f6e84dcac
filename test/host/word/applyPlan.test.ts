/**
 * Inserting templates in Word: plans made by the real analyzer and planner from
 * corpus documents with a part removed, applied by WordHost to the Word fake.
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { applyPlanToTexts, PlanConflictError } from "../../../src/core/insert/apply";
import { planInsertion, type EditPlan, type InsertRequest } from "../../../src/core/insert/planner";
import { TEMPLATE_TAG_PREFIX, TEMPLATE_TITLE } from "../../../src/host/word/edits";
import { WordHost } from "../../../src/host/word/wordHost";
import { corpusDocuments, type CorpusDocument } from "../../helpers/corpus";
import { FakeWord, type FakeParagraphData, type FakeParagraphSpec, type FakeWordOptions } from "../../fakes/wordFake";
import { corpusLines, LISTS, renumberHeadings, ROLE_FORMAT, STYLES, withoutSection, wordSpecs, type CorpusLines, type Role } from "./corpusWord";

const SEED = (): CorpusDocument => {
  const doc = corpusDocuments().find((d) => d.name === "seed-004");
  if (!doc) throw new Error("corpus seed-004 missing");
  return doc;
};

function open(specs: FakeParagraphSpec[], options: FakeWordOptions = {}) {
  const fake = new FakeWord(specs, { lists: LISTS, styles: STYLES, ...options });
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host };
}

/** Read through WordHost, analyse and plan, as the task pane does. */
async function planFor(host: WordHost, request: InsertRequest): Promise<EditPlan> {
  const paragraphs = await host.readParagraphs();
  const plan = planInsertion(analyzeDocument(paragraphs, { hostKind: "word" }), request);
  if (!plan) throw new Error(`nothing planned for ${JSON.stringify(request)}`);
  return plan;
}

/**
 * The formatting a test can compare (everything formatParagraph copies). Line
 * spacing is not copied (the API can only write Word's "multiple" rule): a new
 * paragraph keeps what it inherits, see the line-spacing tests below.
 */
function formatting(p: FakeParagraphData) {
  return { style: p.style, styleBuiltIn: p.styleBuiltIn, alignment: p.alignment, firstLineIndent: p.firstLineIndent, leftIndent: p.leftIndent, font: p.font };
}

/** The last syncs: a read (two round trips when the document has list paragraphs) that edits nothing, then one write. */
function expectReadThenWrite(fake: FakeWord) {
  const syncs = fake.lastRunSyncs ?? 0;
  expect(syncs).toBeGreaterThanOrEqual(2);
  expect(syncs).toBeLessThanOrEqual(3);
  const log = fake.syncLog.slice(-syncs);
  const write = log[log.length - 1];
  for (const read of log.slice(0, -1)) {
    expect(read.edits).toBe(0);
    expect(read.selects).toBe(0);
  }
  expect(write.edits).toBeGreaterThan(0);
  expect(write.selects).toBe(1);
}

/** A document that never had its causes section: typed section numbers run 一、二、. */
function withoutCauses(): CorpusLines {
  const doc = SEED();
  return renumberHeadings(withoutSection(doc, corpusLines(doc), "causes"));
}

describe("WordHost.insertPlan: typed numbers", () => {
  test("inserts 原因分析 after the problems in one read and one write, shifting 二、 to 三、", async () => {
    const lines = withoutCauses();
    const { fake, host } = open(wordSpecs(lines, "typed"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    expect(plan.renumbers).toEqual([expect.objectContaining({ expected: "二、", replacement: "三、" })]);
    const before = fake.shownTexts;
    const originals = [...fake.paragraphs];

    const result = await host.insertPlan(plan);

    expect(result).toMatchObject({ inserted: plan.insertion.paragraphs.length, tracked: null });
    expectReadThenWrite(fake);
    // Exactly the text the pure application gives: new paragraphs after the anchor, 二、→三、.
    const expected = applyPlanToTexts(before, plan);
    expect(fake.shownTexts).toEqual(expected.texts);
    const measures = lines.texts.findIndex((t) => t.startsWith("二、针对"));
    expect(fake.shownTexts[expected.moved[measures]]).toMatch(/^三、针对问题的改进措施/);
    // The original paragraphs are the same objects, in order; only the typed number changed.
    expect(fake.paragraphs.filter((p) => !p.inserted)).toEqual(originals);
    // One content control, ours, around exactly the new paragraphs, which are selected.
    // Hidden: no box and no title around the text in the material handed in.
    expect(fake.controls).toEqual([{ id: expect.any(Number), tag: plan.insertion.tag, title: TEMPLATE_TITLE, appearance: "Hidden", paragraphs: expected.inserted }]);
    expect(plan.insertion.tag.startsWith(`${TEMPLATE_TAG_PREFIX}:`)).toBe(true);
    expect(fake.selection).toMatchObject({ kind: "contentControl", paragraph: expected.inserted[0], lastParagraph: expected.inserted.at(-1) });
  });

  test("new paragraphs are formatted like the paragraph the plan names, not like the anchor", async () => {
    const lines = withoutCauses();
    const { fake, host } = open(wordSpecs(lines, "typed"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    const likes = plan.insertion.paragraphs.map((p) => p.formatLike);
    const roles = lines.roles;
    // The heading copies a section heading; the items copy an item; the anchor is an item.
    expect(roles[likes[0] as number]).toBe<Role>("heading");
    expect(likes.slice(1).every((k) => k !== null && roles[k] === "item")).toBe(true);
    const likeFormats = likes.map((k) => formatting(fake.paragraphs[k as number]));

    await host.insertPlan(plan);

    const inserted = fake.paragraphs.filter((p) => p.inserted);
    expect(inserted.map(formatting)).toEqual(likeFormats);
    expect(formatting(inserted[0])).toMatchObject({ style: "标题 1", firstLineIndent: ROLE_FORMAT.heading.firstLineIndent, font: expect.objectContaining({ name: "SimHei", bold: false }) });
    // Not a list item: the numbers are typed.
    expect(inserted.every((p) => !p.isListItem)).toBe(true);
  });

  test("the inserted section is found by a new analysis; planning again gives nothing", async () => {
    const { host } = open(wordSpecs(withoutCauses(), "typed"));
    await host.insertPlan(await planFor(host, { kind: "section", section: "causes" }));
    const analysed = analyzeDocument(await host.readParagraphs(), { hostKind: "word" });
    expect(analysed.missingSections).not.toContain("causes");
    expect(analysed.sections.filter((s) => s.marker).map((s) => s.marker?.value)).toEqual([1, 2, 3]);
    expect(planInsertion(analysed, { kind: "section", section: "causes" })).toBeNull();
  });

  describe("every corpus document, with a section removed, gets it back as the text host would", () => {
    for (const doc of corpusDocuments()) {
      for (const kind of ["problems", "causes", "measures"] as const) {
        test(`${doc.name} without ${kind}`, async () => {
          const lines = renumberHeadings(withoutSection(doc, corpusLines(doc), kind));
          const { fake, host } = open(wordSpecs(lines, "typed"));
          const plan = await planFor(host, { kind: "section", section: kind });
          const before = fake.shownTexts;
          await host.insertPlan(plan);
          expectReadThenWrite(fake);
          const expected = applyPlanToTexts(before, plan);
          expect(fake.shownTexts).toEqual(expected.texts);
          expect(fake.controls.map((c) => [c.tag, c.paragraphs])).toEqual([[plan.insertion.tag, expected.inserted]]);
          const numbers = fake.shownTexts.flatMap((t, i) => (lines.roles[expected.moved.indexOf(i)] === "heading" || expected.inserted[0] === i ? [t.trim().slice(0, 2)] : []));
          expect(numbers).toEqual(["一、", "二、", "三、"]);
        });
      }
    }
  });
});

describe("WordHost.insertPlan: automatic numbering", () => {
  test("a new heading joins the Word list; its items start again at （一） as typed numbers; Word renumbers the rest", async () => {
    const lines = withoutCauses();
    const { fake, host } = open(wordSpecs(lines, "auto"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    // The planner types the new section's item numbers: continuing a separate Word list would
    // number them (七)(八)…, and only a multilevel list restarts them by itself.
    expect(plan.insertion.paragraphs.map((p) => p.autoNumbered)).toEqual([true, false, false, false, false]);
    expect(plan.renumbers).toEqual([]);

    await host.insertPlan(plan);

    expectReadThenWrite(fake);
    const inserted = fake.paragraphs.filter((p) => p.inserted);
    expect(inserted.map((p) => p.list)).toEqual([{ id: 1, level: 0 }, ...inserted.slice(1).map(() => undefined)]);
    const shown = fake.shownTexts;
    const first = fake.paragraphs.indexOf(inserted[0]);
    expect(shown[first]).toBe("二、产生问题的原因分析");
    expect(shown.slice(first + 1, first + inserted.length).map((t) => t.slice(0, 3))).toEqual(["（一）", "（二）", "（三）", "（四）"]);
    // The measures heading was never touched: Word numbers it 三、 now.
    expect(shown[first + inserted.length]).toMatch(/^三、针对问题的改进措施/);
    expect(fake.paragraphs[first + inserted.length].text).toBe("针对问题的改进措施");
    expect(fake.edits.some((e) => e.describe.startsWith("Range.insertText"))).toBe(false);
    // A new analysis sees consecutive automatic numbers and nothing missing.
    const analysed = analyzeDocument(await host.readParagraphs(), { hostKind: "word" });
    expect(analysed.sections.filter((s) => s.marker).map((s) => [s.marker?.value, s.marker?.auto])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(planInsertion(analysed, { kind: "section", section: "causes" })).toBeNull();
  });

  test("a plan whose numbered paragraph is no longer a list item is refused", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "auto"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    // The user took the heading the plan copies out of the list (its text stays).
    const like = fake.paragraphs[plan.insertion.paragraphs[0].formatLike as number];
    like.list = undefined;
    const before = fake.shownTexts;
    await expect(host.insertPlan(plan)).rejects.toThrow(PlanConflictError);
    expect(fake.shownTexts).toEqual(before);
    expect(fake.edits).toEqual([]);
  });
});

describe("WordHost.insertPlan: a document changed since the analysis", () => {
  test("anchor edited → refused with the message, one read, nothing changed", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    fake.setText(plan.insertion.anchor.paragraph, fake.paragraphs[plan.insertion.anchor.paragraph].text + "补充一句。");
    const before = fake.shownTexts;
    const syncs = fake.syncLog.length;

    const attempt = host.insertPlan(plan);
    await expect(attempt).rejects.toThrow(PlanConflictError);
    await expect(attempt).rejects.toThrow("文档在分析之后已被修改，找不到插入位置，请刷新后重试");

    expect(fake.shownTexts).toEqual(before);
    expect(fake.controls).toEqual([]);
    expect(fake.edits).toEqual([]);
    expect(fake.syncLog.slice(syncs)).toEqual([{ loads: 1, edits: 0, selects: 0 }]);
  });

  test("anchor moved (paragraphs added above) → found by its text; numbers shift with it", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    fake.insertParagraph(1, "（抄送：办公室）");
    fake.insertParagraph(1, "");
    const before = fake.shownTexts;

    await host.insertPlan(plan);

    const expected = applyPlanToTexts(before, plan);
    expect(fake.shownTexts).toEqual(expected.texts);
    expect(fake.shownTexts[expected.inserted[0] - 1]).toBe(plan.insertion.anchor.text);
    expect(fake.shownTexts.filter((t) => t.startsWith("三、"))).toHaveLength(1);
  });

  test("anchor text no longer unique after a move → refused", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    fake.insertParagraph(0, plan.insertion.anchor.text);
    const before = fake.shownTexts;
    await expect(host.insertPlan(plan)).rejects.toThrow(PlanConflictError);
    expect(fake.shownTexts).toEqual(before);
  });

  test("a typed number to shift that changed → refused, nothing inserted", async () => {
    const lines = withoutCauses();
    const { fake, host } = open(wordSpecs(lines, "typed"));
    const plan = await planFor(host, { kind: "section", section: "causes" });
    const measures = plan.renumbers[0].paragraph;
    fake.setText(measures, fake.paragraphs[measures].text.replace(/^二、/, "三、"));
    const before = fake.shownTexts;
    await expect(host.insertPlan(plan)).rejects.toThrow("序号与分析时不同");
    expect(fake.shownTexts).toEqual(before);
    expect(fake.edits).toEqual([]);
  });
});

describe("WordHost.insertPlan: change tracking (WordApi 1.4)", () => {
  const request: InsertRequest = { kind: "section", section: "causes" };

  test("asked to track in a document that does not: TrackAll for the batch, then Off again", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"), { requirementSets: { WordApi: "1.4" } });
    expect(await host.tracksChanges()).toBe(false);
    const plan = await planFor(host, request);

    const result = await host.insertPlan(plan, { trackChanges: true });

    expect(result.tracked).toBe(true);
    expectReadThenWrite(fake);
    expect(fake.changeTrackingMode).toBe("Off");
    const [on, ...rest] = fake.edits;
    const off = rest.pop();
    expect(on.describe).toBe('set Document.changeTrackingMode = "TrackAll"');
    expect(off?.describe).toBe('set Document.changeTrackingMode = "Off"');
    // Every change of the insertion was tracked: the paragraphs, their formatting, the shifted number.
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((e) => e.tracked)).toBe(true);
    expect(rest.some((e) => e.describe.startsWith("Range.insertText"))).toBe(true);
    expect(fake.paragraphs.filter((p) => p.inserted).every((p) => p.inserted?.tracked)).toBe(true);
    expect(await host.tracksChanges()).toBe(false);
  });

  test("a document that tracks changes shows the insertion as tracked; its mode is left alone", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"), { requirementSets: { WordApi: "1.4" }, changeTrackingMode: "TrackMineOnly" });
    expect(await host.tracksChanges()).toBe(true);
    const result = await host.insertPlan(await planFor(host, request));
    expect(result.tracked).toBe(true);
    expect(fake.changeTrackingMode).toBe("TrackMineOnly");
    expect(fake.edits.every((e) => e.tracked && !e.describe.includes("changeTrackingMode"))).toBe(true);
  });

  test("not asked, not tracking: untracked", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"), { requirementSets: { WordApi: "1.4" } });
    const result = await host.insertPlan(await planFor(host, request));
    expect(result.tracked).toBe(false);
    expect(fake.edits.some((e) => e.tracked)).toBe(false);
  });

  test("without WordApi 1.4: tracking state unknown, a tracked insertion refused before any sync", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"));
    expect(await host.tracksChanges()).toBeNull();
    const plan = await planFor(host, request);
    const syncs = fake.syncCount;
    await expect(host.insertPlan(plan, { trackChanges: true })).rejects.toThrow("不支持以修订方式插入");
    expect(fake.syncCount).toBe(syncs);
    expect(fake.edits).toEqual([]);
  });

  test("a write batch that fails part way still leaves the tracking mode as it was", async () => {
    const { fake, host } = open(wordSpecs(withoutCauses(), "typed"), { requirementSets: { WordApi: "1.4" } });
    const plan = await planFor(host, request);
    // A style that does not exist makes Word fail in the middle of the write batch.
    const like = fake.paragraphs[plan.insertion.paragraphs[1].formatLike as number];
    like.style = "已删除的样式";
    like.styleBuiltIn = "Other";
    await expect(host.insertPlan(plan, { trackChanges: true })).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.changeTrackingMode).toBe("Off");
  });
});

describe("WordHost.insertPlan: placement and defaults", () => {
  test("a template next to another template goes beside it, in its own control", async () => {
    const doc = SEED();
    const lines = renumberHeadings(withoutSection(doc, corpusLines(doc), ["causes", "measures"]));
    const { fake, host } = open(wordSpecs(lines, "typed"));
    const causes = await planFor(host, { kind: "section", section: "causes" });
    await host.insertPlan(causes);
    const measures = await planFor(host, { kind: "section", section: "measures" });
    // The measures go after the last paragraph of the inserted causes.
    expect(measures.insertion.anchor.text).toBe(causes.insertion.paragraphs.at(-1)?.text);

    await host.insertPlan(measures);

    const [first, second] = fake.controls;
    expect([first.tag, second.tag]).toEqual([causes.insertion.tag, measures.insertion.tag]);
    expect(first.paragraphs).toHaveLength(causes.insertion.paragraphs.length);
    expect(second.paragraphs[0]).toBe(first.paragraphs.at(-1)! + 1);
    expect(second.paragraphs).toHaveLength(measures.insertion.paragraphs.length);
    // So removing one leaves the other.
    expect(await host.removeTemplates(causes.insertion.tag)).toBe(1);
    expect(fake.controls.map((c) => c.tag)).toEqual([measures.insertion.tag]);
    expect(fake.shownTexts.some((t) => t.includes("产生问题的原因分析"))).toBe(false);
    expect(fake.shownTexts.some((t) => t.includes("整改措施"))).toBe(true);
  });

  test("a paragraph the plan gives no formatting to takes Word's Normal style", async () => {
    const doc = SEED();
    const lines = corpusLines(doc);
    // Without the title line and the empty line after it.
    const untitled = { texts: lines.texts.slice(2), roles: lines.roles.slice(2) };
    const { fake, host } = open(wordSpecs(untitled, "typed"));
    const plan = await planFor(host, { kind: "section", section: "title" });
    expect(plan.insertion.paragraphs[0].formatLike).toBeNull();
    await host.insertPlan(plan);
    const title = fake.paragraphs[0];
    expect(title.inserted).toBeDefined();
    expect(title.text).toBe(plan.insertion.paragraphs[0].text);
    expect(formatting(title)).toMatchObject({ style: "Normal", styleBuiltIn: "Normal" });
    expect(fake.controls[0].paragraphs[0]).toBe(0);
  });
});
