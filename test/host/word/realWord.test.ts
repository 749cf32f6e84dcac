/**
 * What a review of the Word host against Microsoft's documentation and the
 * office-js issue tracker found (issue 11), each against the stricter fake:
 * members an old office.js lacks, Word's line-spacing rule, Word on the web
 * failing on tracked list paragraphs, tracked deletions in Paragraph.text,
 * content controls that show a box, overlapping reads, re-reading on every
 * caret move, and opening the 整改清单 as a new document where the page cannot
 * download (Word for Mac).
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { planInsertion, type EditPlan, type InsertRequest } from "../../../src/core/insert/planner";
import { RECTIFICATION_TAG } from "../../../src/core/insert/rectification";
import { CONTROL_APPEARANCE, ListInfoUnavailableError, TEMPLATE_TAG_PREFIX } from "../../../src/host/word/edits";
import { READ_NOTES, WordHost } from "../../../src/host/word/wordHost";
import { FakeOfficeError, FakeWord, type FakeParagraphSpec, type FakeRequestContext, type FakeWordOptions } from "../../fakes/wordFake";
import { LISTS } from "./corpusWord";

function open(document: FakeParagraphSpec[], options: FakeWordOptions = {}) {
  const fake = new FakeWord(document, { lists: LISTS, ...options });
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host };
}

async function planFor(host: WordHost, request: InsertRequest): Promise<EditPlan> {
  const plan = planInsertion(analyzeDocument(await host.readParagraphs(), { hostKind: "word" }), request);
  if (!plan) throw new Error(`nothing planned for ${JSON.stringify(request)}`);
  return plan;
}

/** A GB/T 9704 material as cadres type it: Normal style everywhere, 固定值 28 磅, typed numbers. */
const EXACT = { lineSpacing: 28, lineSpacingRule: "exactly" as const, firstLineIndent: 32 };
const MATERIAL: FakeParagraphSpec[] = [
  { text: "关于2024年度民主生活会个人对照检查材料", ...EXACT, alignment: "Centered" },
  { text: "根据会议安排，现将个人对照检查情况报告如下。", ...EXACT },
  { text: "一、存在的问题", ...EXACT, font: { name: "SimHei" } },
  { text: "（一）理论学习方面。一是学习不够深入系统，满足于读原文、记笔记，对重要论述的理解停留在表面；二是学用结合不够紧密。", ...EXACT },
  { text: "（二）担当作为方面。一是攻坚克难的劲头不足，遇到矛盾绕着走；二是调查研究不够深入，听汇报多、下基层少。", ...EXACT },
  { text: "二、整改措施", ...EXACT, font: { name: "SimHei" } },
  { text: "（一）深化理论学习。每月至少集中学习两次，撰写学习体会，年底前完成。", ...EXACT },
  { text: "（二）强化担当作为。聚焦重点难点问题，每季度到基层调研不少于两次，6月底前完成。", ...EXACT },
];

describe("fonts only where the loaded office.js has them", () => {
  const desktop = { requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };
  const spec: FakeParagraphSpec[] = [{ text: "正文", font: { name: "Times New Roman", nameFarEast: "仿宋_GB2312" } }];

  test("the fake: an old office.js lacks Font.nameFarEast although isSetSupported says yes; assigning it changes nothing", async () => {
    const fake = new FakeWord(spec, { ...desktop, loadedApiLacks: ["Font.nameFarEast", "Font.nameAscii"] });
    expect(fake.office.requirements.isSetSupported("WordApiDesktop", "1.3")).toBe(true);
    await fake.run(async (context: FakeRequestContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/font/name");
      await context.sync();
      const font = paragraphs.items[0].font;
      expect(font.nameFarEast).toBeUndefined();
      font.nameFarEast = "黑体";
      expect(context.pendingCommands).toEqual([]);
      await context.sync();
    });
    expect(fake.paragraphs[0].font.nameFarEast).toBe("仿宋_GB2312");
  });

  test("WordHost does not count on them: no East Asian font read, none written, and it says it has none", async () => {
    const { fake, host } = open(MATERIAL, { ...desktop, loadedApiLacks: ["Font.nameFarEast", "Font.nameAscii"] });
    expect(host.desktopFonts).toBe(false);
    const paragraphs = await host.readParagraphs();
    expect(paragraphs.some((p) => p.format?.fontEastAsia)).toBe(false);
    await host.insertRectification([{ number: 1, problem: "问题", measure: "措施", owner: "", deadline: "" }]);
    expect(fake.edits.some((e) => /nameFarEast/.test(e.describe))).toBe(false);
    expect(fake.loadLog.some((e) => e.paths.some((p) => /nameFarEast/.test(p)))).toBe(false);
  });

  test("with the current office.js they are read and written (黑体 for the 整改清单's title)", async () => {
    const { fake, host } = open(MATERIAL, desktop);
    expect(host.desktopFonts).toBe(true);
    await host.insertRectification([{ number: 1, problem: "问题", measure: "措施", owner: "", deadline: "" }]);
    expect(fake.edits.filter((e) => /nameFarEast/.test(e.describe)).map((e) => e.describe)).toContain('set Font.nameFarEast = "黑体"');
  });
});

describe("line spacing Word keeps", () => {
  test("the fake: setting lineSpacing writes Word's multiple rule (28 磅 固定值 → 2.33 lines)", async () => {
    const fake = new FakeWord([{ text: "正文", ...EXACT }]);
    await fake.run(async (context: FakeRequestContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/lineSpacing");
      await context.sync();
      paragraphs.items[0].lineSpacing = 28;
      await context.sync();
    });
    expect(fake.paragraphs[0]).toMatchObject({ lineSpacing: 28, lineSpacingRule: "multiple" });
  });

  test("inserted paragraphs keep the anchor's 固定值 28 磅: lineSpacing is never written", async () => {
    const { fake, host } = open(MATERIAL);
    const plan = await planFor(host, { kind: "section", section: "causes" });
    await host.insertPlan(plan);
    const inserted = fake.paragraphs.filter((p) => p.inserted);
    expect(inserted.length).toBeGreaterThan(1);
    for (const p of inserted) expect({ lineSpacing: p.lineSpacing, rule: p.lineSpacingRule }).toEqual({ lineSpacing: 28, rule: "exactly" });
    expect(fake.edits.filter((e) => /lineSpacing/.test(e.describe))).toEqual([]);
    // Same style as the anchor: not applied again (that would reset the spacing to the style's).
    expect(fake.edits.filter((e) => /set Paragraph\.style/.test(e.describe))).toEqual([]);
  });
});

describe("Word on the web with tracked changes in lists", () => {
  const web = { platform: "OfficeOnline" as const };
  const listed: FakeParagraphSpec[] = [
    { text: "关于个人对照检查材料" },
    { text: "存在的问题", list: { id: 1, level: 0 } },
    { text: "理论学习不深入,学用脱节", list: { id: 1, level: 1 }, tracked: true },
    { text: "担当作为不够，遇到矛盾绕着走", list: { id: 1, level: 1 } },
    { text: "整改措施", list: { id: 1, level: 0 } },
    { text: "深化理论学习,每月集中学习两次。" },
  ];

  test("the fake: loading list information for every paragraph fails the whole request, as in office-js #5901", async () => {
    const fake = new FakeWord(listed, { lists: LISTS, ...web });
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text,items/listItemOrNullObject/listString");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    // Desktop Word reads the same document.
    const desktop = new FakeWord(listed, { lists: LISTS });
    await desktop.run(async (context: FakeRequestContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text,items/listItemOrNullObject/listString");
      await context.sync();
    });
  });

  test("reading still works: the paragraphs without their numbers, and a note saying so", async () => {
    const { host } = open(listed, web);
    const paragraphs = await host.readParagraphs();
    expect(paragraphs.map((p) => p.text)).toEqual(listed.map((p) => p.text));
    expect(paragraphs.some((p) => p.autoNumber)).toBe(false);
    expect(host.readNotes()).toEqual([READ_NOTES.numbers]);
    // Without tracked changes in the list, the numbers come back and the note goes.
    const clean = open(listed.map((p) => ({ ...p, tracked: false })), web);
    const numbered = await clean.host.readParagraphs();
    expect(numbered[2].text).toBe("（一）理论学习不深入,学用脱节");
    expect(clean.host.readNotes()).toEqual([]);
    expect(clean.fake.loadedObjects.get("ListItem")).toBe(4); // list paragraphs only
  });

  test("插入 is refused with a message saying why, and nothing is changed", async () => {
    const { fake, host } = open(listed, web);
    const plan = await planFor(host, { kind: "section", section: "causes" });
    const before = fake.shownTexts;
    const error = await host.insertPlan(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListInfoUnavailableError);
    expect((error as Error).message).toMatch(/^Word 未能读出列表段落的编号信息/);
    expect(fake.edits).toEqual([]);
    expect(fake.shownTexts).toEqual(before);
  });

  test("修正 applies the fixes outside list paragraphs and skips those inside", async () => {
    const { fake, host } = open(listed, web);
    const paragraphs = await host.readParagraphs();
    const inBody = paragraphs[5].text.indexOf(",");
    const inList = paragraphs[2].text.indexOf(",");
    const result = await host.applyFixes([
      { paragraph: 5, start: inBody, end: inBody + 1, expected: ",", replacement: "，" },
      { paragraph: 2, start: inList, end: inList + 1, expected: ",", replacement: "，" },
    ]);
    expect(result).toMatchObject({ applied: 1, skipped: 1 });
    expect(fake.paragraphs[5].text).toBe("深化理论学习，每月集中学习两次。");
    expect(fake.paragraphs[2].text).toBe("理论学习不深入,学用脱节");
  });
});

describe("tracked deletions: getReviewedText", () => {
  const withDeletion: FakeParagraphSpec[] = [
    { text: "关于个人对照检查材料" },
    { text: "学习不够深入，满足于读原文。", deleted: [{ at: 6, text: "系统" }] },
    { text: "其他段落" },
  ];

  test("the fake: Paragraph.text keeps the deleted text (office-js #1267); the reviewed text leaves it out", () => {
    const fake = new FakeWord(withDeletion);
    expect(fake.paragraphs[1].text).toBe("学习不够深入系统，满足于读原文。");
    expect(fake.paragraphs[1].reviewedText).toBe("学习不够深入，满足于读原文。");
  });

  test("with WordApi 1.4 the reader sees the text as it reads after the changes, in one more round trip only when needed", async () => {
    const { fake, host } = open(withDeletion, { requirementSets: { WordApi: "1.4" } });
    const paragraphs = await host.readParagraphs();
    expect(paragraphs[1].text).toBe("学习不够深入，满足于读原文。");
    expect(fake.runSyncs).toEqual([2]);
    const clean = open([{ text: "甲" }, { text: "乙" }], { requirementSets: { WordApi: "1.4" } });
    await clean.host.readParagraphs();
    expect(clean.fake.runSyncs).toEqual([1]);
  });

  test("such a paragraph is selected whole and its fixes are skipped (core's offsets are not Word's there)", async () => {
    const { fake, host } = open(withDeletion, { requirementSets: { WordApi: "1.4" } });
    const paragraphs = await host.readParagraphs();
    const at = paragraphs[1].text.indexOf("满足");
    await host.select({ paragraph: 1, start: at, end: at + 2 });
    expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 1 });
    expect(await host.applyFixes([{ paragraph: 1, start: at, end: at + 2, expected: "满足", replacement: "止步" }])).toEqual({ applied: 0, skipped: 1 });
    expect(fake.edits).toEqual([]);
  });

  test("without WordApi 1.4, Word's text is read as it is", async () => {
    const { host } = open(withDeletion);
    expect((await host.readParagraphs())[1].text).toBe("学习不够深入系统，满足于读原文。");
  });
});

describe("content controls without a visible box, removable while keeping the text", () => {
  test("templates and the 整改清单 are hidden controls; releaseTemplates removes ours and keeps every word", async () => {
    const { fake, host } = open(MATERIAL);
    await host.insertPlan(await planFor(host, { kind: "section", section: "causes" }));
    await host.insertRectification([{ number: 1, problem: "问题", measure: "措施", owner: "", deadline: "" }]);
    expect(fake.controls.map((c) => c.appearance)).toEqual([CONTROL_APPEARANCE, CONTROL_APPEARANCE]);
    expect(CONTROL_APPEARANCE).toBe("Hidden");
    fake.wrapInContentControl(0, 0, "user-own");
    const texts = fake.shownTexts;
    expect(await host.releaseTemplates()).toBe(2);
    expect(fake.shownTexts).toEqual(texts);
    expect(fake.controls.map((c) => c.tag)).toEqual(["user-own"]);
    expect(fake.shownTables).toHaveLength(1);
    await expect(host.releaseTemplates("user-own")).rejects.toThrow(/只能处理/);
    expect(RECTIFICATION_TAG.startsWith(TEMPLATE_TAG_PREFIX)).toBe(true);
  });
});

describe("one read at a time, and only when the body changed", () => {
  test("reads asked for while one runs wait, and are made once for all of them", async () => {
    const { fake, host } = open(MATERIAL);
    const reads = await Promise.all([host.readParagraphs(), host.readParagraphs(), host.readParagraphs(), host.readParagraphs()]);
    expect(fake.maxActiveRuns).toBe(1);
    expect(fake.runSyncs).toHaveLength(2);
    for (const read of reads) expect(read).toEqual(reads[0]);
  });

  test("a read that fails does not block the next one", async () => {
    const { fake } = open(MATERIAL);
    const failing = fake.run;
    let first = true;
    const flaky = new WordHost({
      run: (batch) => {
        if (first) {
          first = false;
          return Promise.reject(new FakeOfficeError("GeneralException", "busy"));
        }
        return failing(batch as never);
      },
      office: fake.office,
      api: fake.api,
    });
    const [a, b] = await Promise.allSettled([flaky.readParagraphs(), flaky.readParagraphs()]);
    expect(a.status).toBe("rejected");
    expect(b.status).toBe("fulfilled");
  });

  test("hasChangedSinceRead: one round trip loading Body.text only; false until the text changes", async () => {
    const { fake, host } = open(MATERIAL);
    expect(await host.hasChangedSinceRead()).toBe(true); // nothing read yet
    await host.readParagraphs();
    const loads = fake.loadLog.length;
    expect(await host.hasChangedSinceRead()).toBe(false);
    expect(fake.lastRunSyncs).toBe(1);
    expect(fake.loadLog.slice(loads)).toEqual([{ type: "Body", paths: ["text"] }]);
    fake.setText(3, fake.paragraphs[3].text + "。");
    expect(await host.hasChangedSinceRead()).toBe(true);
  });
});

describe("Word for Mac: the 整改清单 opens as a new document", () => {
  test("openAsNewDocument hands Word the .docx in Base64 (Application.createDocument, then open) in one round trip", async () => {
    const { fake, host } = open(MATERIAL, { platform: "Mac" });
    expect(host.platform).toBe("Mac");
    // A tiny ZIP header is enough for the fake's check that it is a .docx; sizes above one slice test the encoding.
    const bytes = new Uint8Array(100_000);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7) % 256;
    await host.openAsNewDocument(bytes);
    expect(fake.lastRunSyncs).toBe(1);
    expect(fake.openedDocuments).toHaveLength(1);
    expect(Buffer.compare(fake.openedDocuments[0], Buffer.from(bytes))).toBe(0);
    await expect(host.openAsNewDocument(new TextEncoder().encode("not a docx"))).rejects.toMatchObject({ code: "GeneralException" });
  });
});
