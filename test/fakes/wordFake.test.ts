/** The fake must be as unforgiving as Word: these tests pin down its strictness. */
import type { CustomXmlPartLike } from "../../src/host/word/wordApi";
import { chineseNumber, FakeOfficeError, FakeWord, parseLoadArgument, rootNamespace, type FakeRequestContext } from "./wordFake";

const doc = () =>
  new FakeWord([
    { text: "关于个人对照检查材料", style: "标题", styleBuiltIn: "Title", alignment: "Centered" },
    { text: "存在问题", listString: "一、", style: "Heading 1" },
    { text: "理论学习不够深入，学习不够深入。", font: { name: "Times New Roman", size: 16, bold: false } },
    { text: "表格里的一段", tableNestingLevel: 1 },
    "",
  ]);

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

function paragraphsOf(context: FakeRequestContext) {
  return context.document.body.paragraphs;
}

describe("wordFake: loading and reading", () => {
  test("reading any property before load and sync throws Word's PropertyNotLoaded", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context);
      expect(() => paragraphs.items).toThrow(FakeOfficeError);
      expect(() => paragraphs.items).toThrow(/The property 'items' is not available\. Before reading the property's value, call the load method/);
      paragraphs.load("items/text");
      // Loaded but not synced: still unreadable.
      expect(() => paragraphs.items).toThrow(/'items' is not available/);
      const pending = context.sync();
      expect(() => paragraphs.items).toThrow(/'items' is not available/);
      await pending;
      expect(paragraphs.items.map((p) => p.text)).toEqual([
        "关于个人对照检查材料",
        "存在问题",
        "理论学习不够深入，学习不够深入。",
        "表格里的一段",
        "",
      ]);
      // Only what was loaded.
      expect(() => paragraphs.items[0].style).toThrow(/'style' is not available/);
      expect(() => paragraphs.items[0].font.name).toThrow(/'name' is not available/);
    });
  });

  test("loaded values are snapshots taken at sync", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context);
      paragraphs.load("items/text");
      await context.sync();
      fake.setText(0, "改过的标题");
      expect(paragraphs.items[0].text).toBe("关于个人对照检查材料");
      paragraphs.items[0].load("text");
      await context.sync();
      expect(paragraphs.items[0].text).toBe("改过的标题");
    });
  });

  test("load accepts string, array and object forms, collection shorthand and paths", async () => {
    expect(parseLoadArgument("text, style")).toEqual(["text", "style"]);
    expect(parseLoadArgument(["items/text", "items/font/name"])).toEqual(["items/text", "items/font/name"]);
    expect(parseLoadArgument({ select: "text,font/size", expand: "font" })).toEqual(["text", "font/size", "font"]);
    expect(parseLoadArgument({ text: true, font: { name: true, bold: true }, style: false })).toEqual([
      "text",
      "font/name",
      "font/bold",
    ]);
    expect(parseLoadArgument(undefined)).toEqual(["*"]);
    expect(() => parseLoadArgument("")).toThrow(/invalid/);

    const fake = doc();
    await fake.run(async (context) => {
      const a = paragraphsOf(context).load("text"); // collection shorthand for items/text
      const b = paragraphsOf(context).load({ select: "items/style", expand: "items/font" });
      const c = paragraphsOf(context).load({ text: true, font: { size: true } });
      await context.sync();
      expect(a.items[1].text).toBe("存在问题");
      expect(b.items[1].style).toBe("Heading 1");
      expect(b.items[2].font.size).toBe(16);
      expect(() => b.items[1].text).toThrow(/'text' is not available/);
      expect(c.items[2].font.size).toBe(16);
      expect(() => c.items[2].font.bold).toThrow(/'bold' is not available/);
    });
  });

  test("$none loads the items with no properties", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      expect(paragraphs.items).toHaveLength(5);
      expect(() => paragraphs.items[0].text).toThrow(/'text' is not available/);
    });
  });

  test("unknown property names are refused at load time", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      expect(() => paragraphsOf(context).load("items/txt")).toThrow(/'txt' doesn't exist on Paragraph/);
      expect(() => paragraphsOf(context).load("items/text/length")).toThrow(/not a navigation property/);
      expect(() => paragraphsOf(context).load("items/font/colour")).toThrow(/'colour' doesn't exist on Font/);
    });
  });

  test("toJSON gives only what was loaded", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("items/text,items/font/size");
      await context.sync();
      expect(paragraphs.toJSON().items).toEqual(
        expect.arrayContaining([{ text: "存在问题", font: { size: 16 } }]),
      );
      expect(JSON.parse(JSON.stringify(paragraphs.items[0]))).toEqual({ text: "关于个人对照检查材料", font: { size: 16 } });
    });
  });

  test("listItemOrNullObject: isNullObject needs load + sync; a null object's properties throw", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      const listed = paragraphs.items[1].listItemOrNullObject;
      const plain = paragraphs.items[2].listItemOrNullObject;
      expect(() => listed.isNullObject).toThrow(/'isNullObject' is not available/);
      listed.load("listString");
      plain.load("listString");
      await context.sync();
      expect(listed.isNullObject).toBe(false);
      expect(listed.listString).toBe("一、");
      expect(plain.isNullObject).toBe(true);
      expect(() => plain.listString).toThrow(/null object/);
    });
  });

  test("WordApiDesktop font names fail at sync unless the requirement set is supported", async () => {
    await expectCode(
      doc().run(async (context) => {
        paragraphsOf(context).load("items/font/nameFarEast");
        await context.sync();
      }),
      "ApiNotFound",
    );
    const desktop = new FakeWord([{ text: "正文", font: { nameFarEast: "仿宋_GB2312" } }], {
      requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" },
    });
    const name = await desktop.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("items/font/nameFarEast");
      await context.sync();
      return paragraphs.items[0].font.nameFarEast;
    });
    expect(name).toBe("仿宋_GB2312");
  });
});

describe("wordFake: contexts and syncs", () => {
  test("syncs are counted per run and in total", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    await fake.run(async (context) => {
      await context.sync();
    });
    expect(fake.runSyncs).toEqual([2, 1]);
    expect(fake.syncCount).toBe(3);
    expect(fake.lastRunSyncs).toBe(1);
  });

  test("a run that ends with commands never synced is an error", async () => {
    const fake = doc();
    await expect(
      fake.run(async (context) => {
        paragraphsOf(context).load("items/text");
      }),
    ).rejects.toThrow(/never synced: load ParagraphCollection items\/text/);
  });

  test("proxies cannot be used after their run or in another context", async () => {
    const fake = doc();
    const paragraph = await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("items/text");
      await context.sync();
      return paragraphs.items[0];
    });
    // Loaded values stay readable; new requests do not.
    expect(paragraph.text).toBe("关于个人对照检查材料");
    expect(() => paragraph.load("style")).toThrow(/request context of this object has ended/);
    expect(() => paragraph.select()).toThrow(FakeOfficeError);

    await fake.run(async (first) => {
      const a = paragraphsOf(first).load("$none");
      await first.sync();
      await fake.run(async (second) => {
        const b = paragraphsOf(second).load("$none");
        await second.sync();
        const rangeA = a.items[0].getRange("Start");
        expect(() => b.items[0].getRange().expandTo(rangeA)).toThrow(/across different request contexts/);
      });
    });
  });

  test("a failing command rejects the sync, drops the rest, keeps the earlier effects", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      paragraphs.items[2].select();
      paragraphs.items[2].search("不存在的文字", { matchCase: true }).getFirst().select();
      paragraphs.items[3].select();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(context.pendingCommands).toEqual([]);
    });
    expect(fake.selections).toHaveLength(1);
    expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 2 });
  });

  test("a paragraph removed from the document fails at sync", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      fake.removeParagraph(3);
      paragraphs.items[3].select();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.selection).toBeNull();
  });
});

describe("wordFake: search and selection", () => {
  async function searchTexts(fake: FakeWord, index: number, search: string, options?: { matchCase?: boolean }) {
    return fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      const ranges = paragraphs.items[index].search(search, options);
      expect(() => ranges.items).toThrow(/'items' is not available/);
      ranges.load("items/text");
      await context.sync();
      return ranges.items.map((r) => r.text);
    });
  }

  test("search returns a RangeCollection of non-overlapping matches", async () => {
    const fake = new FakeWord(["aaaa", "学习学习再学习"]);
    expect(await searchTexts(fake, 0, "aa", { matchCase: true })).toEqual(["aa", "aa"]);
    expect(await searchTexts(fake, 1, "学习")).toHaveLength(3);
  });

  test("case-insensitive unless matchCase; width and quotes folded unless switched off", async () => {
    const folding = new FakeWord(["Ab ab AB", "（一）(一)“引号”\"引号\""]);
    expect(await searchTexts(folding, 0, "ab")).toEqual(["Ab", "ab", "AB"]);
    expect(await searchTexts(folding, 0, "ab", { matchCase: true })).toEqual(["ab"]);
    expect(await searchTexts(folding, 1, "(一)", { matchCase: true })).toEqual(["（一）", "(一)"]);
    expect(await searchTexts(folding, 1, '"引号"', { matchCase: true })).toEqual(["“引号”", '"引号"']);
    const exact = new FakeWord(["（一）(一)"], { searchFoldsWidthAndQuotes: false });
    expect(await searchTexts(exact, 0, "(一)", { matchCase: true })).toEqual(["(一)"]);
  });

  test("Find syntax: ^^, ^t, ^l; unsupported codes, empty and over-long strings fail", async () => {
    const fake = new FakeWord(["a^b\tc\u000bd", "x".repeat(300)]);
    expect(await searchTexts(fake, 0, "a^^b^tc^ld")).toEqual(["a^b\tc\u000bd"]);
    await expect(searchTexts(fake, 0, "^?")).rejects.toThrow(/not part of the emulated/);
    await expect(searchTexts(fake, 0, "")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(searchTexts(fake, 1, "x".repeat(256))).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
    expect(await searchTexts(fake, 1, "x".repeat(255))).toHaveLength(1);
  });

  test("search options the fake does not emulate are refused", async () => {
    const fake = new FakeWord(["a"]);
    await expect(
      fake.run(async (context) => {
        const paragraphs = paragraphsOf(context).load("$none");
        await context.sync();
        paragraphs.items[0].search("a", { matchWildcards: true });
      }),
    ).rejects.toThrow(/matchWildcards/);
  });

  test("select records what Word would show selected; ranges compose with getRange and expandTo", async () => {
    const fake = new FakeWord(["第一段", "一是学习不够，二是学习不深"]);
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      const p = paragraphs.items[1];
      p.select();
      await context.sync();
      expect(fake.selection).toEqual({ kind: "paragraph", paragraph: 1, start: 0, end: 13, text: "一是学习不够，二是学习不深" });
      const start = p.search("二是", { matchCase: true }).getFirst().getRange("Start");
      const end = p.search("不深", { matchCase: true }).getFirst().getRange("End");
      start.expandTo(end).select();
      await context.sync();
      expect(fake.selection).toEqual({ kind: "range", paragraph: 1, start: 7, end: 13, text: "二是学习不深" });
      p.getRange("Start").select();
      await context.sync();
      expect(fake.selection).toMatchObject({ start: 0, end: 0 });
    });
    expect(fake.selections).toHaveLength(3);
  });
});

describe("wordFake: Office common API", () => {
  const callback = <T>(resolve: (r: { status: string; value: T; error?: unknown }) => void) => resolve;
  const call = <T>(f: (cb: (r: { status: string; value: T; error?: unknown }) => void) => void) =>
    new Promise<{ status: string; value: T; error?: unknown }>((resolve) => f(callback(resolve)));

  test("customXmlParts: add, find by the root element's namespace, read, delete", async () => {
    const fake = new FakeWord([], { customXmlParts: ['<x:s xmlns:x="urn:a">1</x:s>', '<other xmlns="urn:b"/>'] });
    const parts = fake.office.document.customXmlParts;
    const found = await call((cb) => parts.getByNamespaceAsync("urn:a", cb));
    expect(found.status).toBe("succeeded");
    const list = found.value as CustomXmlPartLike[];
    expect(list).toHaveLength(1);
    const added = await call((cb) => parts.addAsync('<s xmlns="urn:a">2</s>', cb));
    expect(added.status).toBe("succeeded");
    const both = await call((cb) => parts.getByNamespaceAsync("urn:a", cb));
    expect(both.value).toHaveLength(2);
    const bad = await call((cb) => parts.addAsync("<s xmlns='urn:a'>", cb));
    expect(bad.status).toBe("failed");
    expect(fake.customXmlParts.size).toBe(3);
    const [first, second] = both.value as CustomXmlPartLike[];
    const xml = await call<string>((cb) => first.getXmlAsync(cb));
    expect(xml.value).toBe('<x:s xmlns:x="urn:a">1</x:s>');
    expect((await call<void>((cb) => second.deleteAsync(cb))).status).toBe("succeeded");
    expect((await call<void>((cb) => second.deleteAsync(cb))).status).toBe("failed");
    expect((await call((cb) => parts.getByNamespaceAsync("urn:a", cb))).value).toHaveLength(1);
  });

  test("Office answers asynchronously, never inside the call", () => {
    const fake = new FakeWord([]);
    let answered = false;
    fake.office.document.customXmlParts.getByNamespaceAsync("urn:a", () => (answered = true));
    expect(answered).toBe(false);
  });

  test("rootNamespace resolves prefixes and refuses malformed XML", () => {
    expect(rootNamespace('<?xml version="1.0"?><p:r xmlns:p="urn:x"/>')).toBe("urn:x");
    expect(rootNamespace("<r/>")).toBe("");
    expect(() => rootNamespace("<r>")).toThrow();
  });

  test("requirement sets compare versions", () => {
    const fake = new FakeWord([], { requirementSets: { WordApi: "1.10" } });
    expect(fake.office.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(fake.office.requirements.isSetSupported("WordApi", "1.11")).toBe(false);
    expect(fake.office.requirements.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
  });
});

/* ------------------------------------------------------------- editing */

/** Runs `edit` on the paragraphs (loaded with `properties`) in one run: load, sync, edit, sync. */
async function editRun(fake: FakeWord, edit: (paragraphs: ReturnType<typeof paragraphsOf>, context: FakeRequestContext) => void, properties = "$none") {
  await fake.run(async (context) => {
    const paragraphs = paragraphsOf(context).load(properties);
    await context.sync();
    edit(paragraphs, context);
    await context.sync();
  });
}

const LISTS = [{ id: 7, levels: ["{cn}、", "（{cn}）", "{n}."] }];

describe("wordFake: lists", () => {
  test("Word numbers list items per level, deeper levels restarting under each item", () => {
    const fake = new FakeWord(
      [
        { text: "存在问题", list: { id: 7, level: 0 } },
        { text: "学习", list: { id: 7, level: 1 } },
        { text: "工作", list: { id: 7, level: 1 } },
        { text: "正文" },
        { text: "原因", list: { id: 7, level: 0 } },
        { text: "思想", list: { id: 7, level: 1 } },
        { text: "细目", list: { id: 7, level: 2 } },
      ],
      { lists: LISTS },
    );
    expect(fake.shownTexts).toEqual(["一、存在问题", "（一）学习", "（二）工作", "正文", "二、原因", "（一）思想", "1.细目"]);
    expect(chineseNumber(10)).toBe("十");
    expect(chineseNumber(21)).toBe("二十一");
    expect(() => new FakeWord([{ text: "x", list: { id: 8, level: 0 } }], { lists: LISTS })).toThrow(/does not describe/);
  });

  test("listOrNullObject and listItemOrNullObject: id and level of list items, null objects otherwise", async () => {
    const fake = new FakeWord([{ text: "问题", list: { id: 7, level: 1 } }, "正文", { text: "固定编号", listString: "1." }], { lists: LISTS });
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("items/listOrNullObject/id,items/listItemOrNullObject/level,items/listItemOrNullObject/listString");
      await context.sync();
      const [listed, plain, fixed] = paragraphs.items;
      expect([listed.listOrNullObject.id, listed.listItemOrNullObject.level, listed.listItemOrNullObject.listString]).toEqual([7, 1, "（一）"]);
      expect(plain.listOrNullObject.isNullObject).toBe(true);
      expect(() => plain.listOrNullObject.id).toThrow(/null object/);
      expect(fixed.listOrNullObject.isNullObject).toBe(false);
      expect(fixed.listOrNullObject.id).not.toBe(7);
    });
  });

  test("attachToList joins at a level; it fails on a list item, an unknown list or level; detachFromList leaves", async () => {
    const fake = new FakeWord([{ text: "一", list: { id: 7, level: 0 } }, "二", "三"], { lists: LISTS });
    await editRun(fake, (p) => {
      p.items[1].attachToList(7, 0);
      p.items[2].attachToList(7, 1);
    });
    expect(fake.shownTexts).toEqual(["一、一", "二、二", "（一）三"]);
    for (const attach of [(p: ReturnType<typeof paragraphsOf>) => p.items[0].attachToList(7, 0), (p: ReturnType<typeof paragraphsOf>) => p.items[0].attachToList(9, 0)]) {
      await expect(editRun(fake, attach)).rejects.toBeInstanceOf(FakeOfficeError);
    }
    await editRun(fake, (p) => {
      p.items[0].detachFromList();
      p.items[0].detachFromList(); // not a list item any more: nothing happens
    });
    expect(fake.shownTexts).toEqual(["一", "一、二", "（一）三"]);
    await expect(editRun(fake, (p) => p.items[0].attachToList(7, 5))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("wordFake: styles and direct formatting", () => {
  const styled = () =>
    new FakeWord(
      [
        { text: "标题一", style: "标题 1", firstLineIndent: 32, font: { name: "SimHei", size: 16, bold: false } },
        { text: "正文", firstLineIndent: 28 },
      ],
      { styles: { "标题 1": { builtIn: "Heading1", alignment: "Left", font: { size: 22, bold: true } } } },
    );

  test("a described style gives its built-in name; Font.name is also the ASCII font", () => {
    const fake = styled();
    expect(fake.paragraphs[0]).toMatchObject({ styleBuiltIn: "Heading1", outlineLevel: 1 });
    expect(fake.paragraphs[0].font).toMatchObject({ name: "SimHei", nameAscii: "SimHei" });
  });

  test("applying a style replaces the direct formatting with the style's; then direct formatting applies", async () => {
    const fake = styled();
    await editRun(fake, (p) => {
      p.items[1].style = "标题 1";
    });
    expect(fake.paragraphs[1]).toMatchObject({ style: "标题 1", styleBuiltIn: "Heading1", outlineLevel: 1, alignment: "Left", firstLineIndent: 0 });
    expect(fake.paragraphs[1].font).toMatchObject({ size: 22, bold: true });
    await editRun(fake, (p) => {
      const paragraph = p.items[1];
      paragraph.firstLineIndent = 32;
      paragraph.leftIndent = 4;
      paragraph.lineSpacing = 28;
      paragraph.alignment = "Justified";
      paragraph.font.name = "KaiTi";
      paragraph.font.size = 16;
      paragraph.font.bold = false;
      // The proxy shows what was set at once.
      expect(paragraph.firstLineIndent).toBe(32);
      paragraph.styleBuiltIn = "Normal"; // and a style applied last undoes them
    });
    expect(fake.paragraphs[1]).toMatchObject({ style: "Normal", firstLineIndent: 0, leftIndent: 0, lineSpacing: 12, alignment: "Justified" });
    expect(fake.paragraphs[1].font).toMatchObject({ name: "Times New Roman", size: 16, bold: false });
    expect(fake.edits.map((e) => e.describe)).toContain('set Font.name = "KaiTi"');
  });

  test("styleBuiltIn finds the document's (localised) style; unknown names and bad values fail at sync", async () => {
    const fake = styled();
    await editRun(fake, (p) => {
      p.items[1].styleBuiltIn = "Heading1";
    });
    expect(fake.paragraphs[1].style).toBe("标题 1");
    await editRun(fake, (p) => {
      p.items[1].styleBuiltIn = "Heading2";
    });
    expect(fake.paragraphs[1]).toMatchObject({ style: "Heading 2", outlineLevel: 2 });
    await expect(editRun(fake, (p) => (p.items[1].style = "不存在的样式"))).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(editRun(fake, (p) => (p.items[1].lineSpacing = 0))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(editRun(fake, (p) => (p.items[1].alignment = "Mixed"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(editRun(fake, (p) => (p.items[1].font.size = 0))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("WordApiDesktop font names can only be set where the requirement set is supported", async () => {
    const fake = styled();
    await expect(editRun(fake, (p) => (p.items[1].font.nameFarEast = "黑体"))).rejects.toMatchObject({ code: "ApiNotFound" });
    const desktop = new FakeWord(["正文"], { requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" } });
    await editRun(desktop, (p) => (p.items[0].font.nameFarEast = "黑体"));
    expect(desktop.paragraphs[0].font.nameFarEast).toBe("黑体");
  });
});

describe("wordFake: inserting paragraphs and content controls", () => {
  test("a new paragraph takes its neighbour's style, formatting, list and content controls", async () => {
    const fake = new FakeWord([{ text: "一", list: { id: 7, level: 0 }, firstLineIndent: 32, style: "Heading 1" }, "尾"], { lists: LISTS });
    fake.wrapInContentControl(0, 0, "user");
    await editRun(fake, (p) => {
      const created = p.items[0].insertParagraph("新", "After");
      created.font.size = 12; // usable before it exists: it is made at sync, in order
      p.items[1].insertParagraph("前", "Before");
    });
    expect(fake.shownTexts).toEqual(["一、一", "二、新", "前", "尾"]);
    expect(fake.paragraphs[1]).toMatchObject({ style: "Heading 1", firstLineIndent: 32, list: { id: 7, level: 0 }, inserted: { tracked: false } });
    expect(fake.paragraphs[1].font.size).toBe(12);
    expect(fake.paragraphs[2].list).toBeUndefined();
    expect(fake.controls).toEqual([{ id: expect.any(Number), tag: "user", title: "", appearance: "BoundingBox", paragraphs: [0, 1] }]);
    await expect(editRun(fake, (p) => p.items[0].insertParagraph("a\nb", "After"))).rejects.toThrow(/not part of the emulated/);
  });

  test("a content control: wrap, tag, title, paragraphs at its end or beside it, select, find by tag, delete", async () => {
    const fake = new FakeWord(["甲", "乙"]);
    await editRun(fake, (p) => {
      const control = p.items[0].insertContentControl();
      control.tag = "t1";
      control.title = "模板";
      control.insertParagraph("甲2", "End");
      control.insertParagraph("甲0", "Start");
      control.insertParagraph("外", "After");
      control.select();
    });
    expect(fake.shownTexts).toEqual(["甲0", "甲", "甲2", "外", "乙"]);
    expect(fake.controls).toEqual([{ id: expect.any(Number), tag: "t1", title: "模板", appearance: "BoundingBox", paragraphs: [0, 1, 2] }]);
    expect(fake.selection).toEqual({ kind: "contentControl", paragraph: 0, lastParagraph: 2, start: 0, end: 2, text: "甲0\n甲\n甲2" });

    fake.wrapInContentControl(4, 4, "t2");
    await fake.run(async (context) => {
      const all = context.document.body.contentControls.load("items/tag,items/title");
      const t2 = context.document.body.contentControls.getByTag("t2").load("items/id");
      const parents = paragraphsOf(context).load("items/parentContentControlOrNullObject/tag");
      await context.sync();
      expect(all.items.map((c) => [c.tag, c.title])).toEqual([
        ["t1", "模板"],
        ["t2", ""],
      ]);
      expect(t2.items).toHaveLength(1);
      expect(parents.items.map((p) => (p.parentContentControlOrNullObject.isNullObject ? null : p.parentContentControlOrNullObject.tag))).toEqual(["t1", "t1", "t1", null, "t2"]);
      all.items[0].delete(true);
      t2.items[0].delete(false);
      await context.sync();
    });
    expect(fake.shownTexts).toEqual(["甲0", "甲", "甲2", "外"]);
    expect(fake.controls).toEqual([]);
  });

  test("a deleted control fails at sync; deleting everything leaves one empty paragraph", async () => {
    const fake = new FakeWord(["唯一"]);
    fake.wrapInContentControl(0, 0, "t");
    await fake.run(async (context) => {
      const controls = context.document.body.contentControls.load("items/tag");
      await context.sync();
      controls.items[0].delete(false);
      await context.sync();
      controls.items[0].tag = "x";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.shownTexts).toEqual([""]);
  });
});

describe("wordFake: replacing text", () => {
  test("insertText Replace changes exactly the range; its result follows later edits of the paragraph", async () => {
    const fake = new FakeWord(["坚定“ 四个自信”,做到“两个维护”"]);
    await editRun(fake, (p) => {
      const comma = p.items[0].search(",", { matchCase: true }).getFirst().insertText("，", "Replace");
      p.items[0].search("“ ", { matchCase: true }).getFirst().insertText("“", "Replace");
      comma.select();
      expect(() => comma.text).toThrow(/not available/);
    });
    expect(fake.paragraphs[0].text).toBe("坚定“四个自信”，做到“两个维护”");
    expect(fake.selection).toMatchObject({ kind: "range", start: 8, end: 9, text: "，" });
  });

  test("the result of an insertion cannot be used before the insertion ran", async () => {
    const fake = new FakeWord(["甲乙"]);
    await fake.run(async (context) => {
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      const inserted = paragraphs.items[0].getRange("Start").insertText("丙", "Replace");
      inserted.load("text"); // queued after the insertion: fine
      await context.sync();
      expect(inserted.text).toBe("丙");
    });
    expect(fake.paragraphs[0].text).toBe("丙甲乙");
  });
});

describe("wordFake: change tracking and the sync log", () => {
  test("changeTrackingMode needs WordApi 1.4; edits made while it is on are tracked", async () => {
    const old = new FakeWord(["甲"]);
    await expect(
      old.run(async (context) => {
        context.document.load("changeTrackingMode");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });

    const fake = new FakeWord(["甲"], { requirementSets: { WordApi: "1.4" } });
    await fake.run(async (context) => {
      const document = context.document.load("changeTrackingMode");
      const paragraphs = paragraphsOf(context).load("$none");
      await context.sync();
      expect(document.changeTrackingMode).toBe("Off");
      paragraphs.items[0].insertParagraph("未修订", "After");
      document.changeTrackingMode = "TrackAll";
      paragraphs.items[0].insertParagraph("修订", "After");
      document.changeTrackingMode = "Off";
      await context.sync();
    });
    expect(fake.paragraphs.map((p) => [p.text, p.inserted?.tracked])).toEqual([
      ["甲", undefined],
      ["修订", true],
      ["未修订", false],
    ]);
    expect(fake.edits.map((e) => e.tracked)).toEqual([false, false, true, true]);
    expect(fake.syncLog).toEqual([
      { loads: 2, edits: 0, selects: 0 },
      { loads: 0, edits: 4, selects: 0 },
    ]);
    await expect(editRun(fake, (_, context) => (context.document.changeTrackingMode = "Sometimes"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
