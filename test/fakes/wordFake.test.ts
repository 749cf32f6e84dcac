/** The fake must be as unforgiving as Word: these tests pin down its strictness. */
import type { CustomXmlPartLike } from "../../src/host/word/wordApi";
import { FakeOfficeError, FakeWord, parseLoadArgument, rootNamespace, type FakeRequestContext } from "./wordFake";

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
