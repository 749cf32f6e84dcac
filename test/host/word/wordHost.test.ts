import { TargetNotFoundError, WordHost } from "../../../src/host/word/wordHost";
import { STATE_NAMESPACE } from "../../../src/core/state";
import type { WordRun } from "../../../src/host/word/wordApi";
import { FakeWord, rootNamespace, type FakeParagraphSpec, type FakeRequestContext, type FakeWordOptions } from "../../fakes/wordFake";

function hostFor(document: ReadonlyArray<FakeParagraphSpec | string>, options?: FakeWordOptions) {
  const fake = new FakeWord(document, options);
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host };
}

const MATERIAL: FakeParagraphSpec[] = [
  { text: "关于2024年度民主生活会个人对照检查材料", style: "标题", styleBuiltIn: "Title", alignment: "Centered", font: { size: 22, bold: true } },
  { text: "根据会议安排，现将个人对照检查情况报告如下。", firstLineIndent: 32, lineSpacing: 28 },
  { text: "存在问题", style: "标题 1", styleBuiltIn: "Heading1", listString: "一、" },
  { text: "理论学习不够深入", listString: "（一）", style: "List Paragraph", styleBuiltIn: "ListParagraph" },
  { text: "单元格文字", tableNestingLevel: 2, font: { name: null, size: null, bold: null }, alignment: "Mixed" },
];

function generated(count: number, withLists: boolean): FakeParagraphSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    text: `第${i}段：对照检查材料正文内容`,
    ...(withLists && i % 50 === 3 ? { listString: `${i}.` } : {}),
  }));
}

describe("WordHost.readParagraphs", () => {
  test.each([
    [5, false, 1],
    [5, true, 2],
    [5000, false, 1],
    [5000, true, 2],
  ])("%i paragraphs, lists: %s → exactly %i sync(s), list items loaded only where listed", async (count, lists, syncs) => {
    const { fake, host } = hostFor(generated(count, lists));
    const paragraphs = await host.readParagraphs();
    expect(paragraphs).toHaveLength(count);
    expect(fake.runSyncs).toEqual([syncs]);
    const listed = generated(count, lists).filter((p) => p.listString !== undefined).length;
    expect(fake.loadedObjects.get("ListItem") ?? 0).toBe(listed);
    expect(paragraphs.filter((p) => p.autoNumber).length).toBe(listed);
  });

  test("maps text, automatic numbers, styles, outline levels, tables and formatting", async () => {
    const { host } = hostFor(MATERIAL);
    const paragraphs = await host.readParagraphs();
    expect(paragraphs).toEqual([
      {
        index: 0,
        text: "关于2024年度民主生活会个人对照检查材料",
        style: "标题",
        builtInStyle: "Title",
        format: { fontAscii: "Times New Roman", sizePt: 22, bold: true, alignment: "center", firstLineIndentPt: 0, lineSpacingPt: 12 },
      },
      {
        index: 1,
        text: "根据会议安排，现将个人对照检查情况报告如下。",
        style: "Normal",
        builtInStyle: "Normal",
        format: { fontAscii: "Times New Roman", sizePt: 16, bold: false, alignment: "justify", firstLineIndentPt: 32, lineSpacingPt: 28 },
      },
      {
        index: 2,
        text: "一、存在问题",
        autoNumber: "一、",
        style: "标题 1",
        builtInStyle: "Heading1",
        outlineLevel: 1,
        format: expect.objectContaining({ sizePt: 16 }),
      },
      {
        index: 3,
        text: "（一）理论学习不够深入",
        autoNumber: "（一）",
        style: "List Paragraph",
        builtInStyle: "ListParagraph",
        format: expect.any(Object),
      },
      {
        index: 4,
        text: "单元格文字",
        style: "Normal",
        builtInStyle: "Normal",
        inTable: true,
        // Mixed font and alignment are left out, not guessed.
        format: { firstLineIndentPt: 0, lineSpacingPt: 12 },
      },
    ]);
  });

  test("styles that are not built in and body-text outline levels are left out", async () => {
    const { host } = hostFor([
      { text: "自定义", style: "公文正文", styleBuiltIn: "Other", outlineLevel: 10 },
      { text: "大纲级别", style: "公文标题", styleBuiltIn: "Other", outlineLevel: 2 },
      { text: "新版 Word", outlineLevel: "OutlineLevel3" },
      { text: "新版 Word 正文", outlineLevel: "OutlineLevelBodyText" },
    ]);
    const paragraphs = await host.readParagraphs();
    expect(paragraphs[0].builtInStyle).toBeUndefined();
    expect(paragraphs[0].outlineLevel).toBeUndefined();
    expect(paragraphs[1].outlineLevel).toBe(2);
    expect(paragraphs[2].outlineLevel).toBe(3);
    expect(paragraphs[3].outlineLevel).toBeUndefined();
  });

  test("symbol bullets read as •; empty list strings add no number", async () => {
    const { host } = hostFor([
      { text: "要点", listString: "\uf0b7" },
      { text: "无编号的列表段", listString: "" },
    ]);
    const paragraphs = await host.readParagraphs();
    expect(paragraphs[0]).toMatchObject({ text: "•要点", autoNumber: "•" });
    expect(paragraphs[1].text).toBe("无编号的列表段");
    expect(paragraphs[1].autoNumber).toBeUndefined();
  });

  test("East Asian and Latin font names come from WordApiDesktop 1.3 only when supported", async () => {
    const spec = [{ text: "正文", font: { name: "Times New Roman", nameAscii: "Times New Roman", nameFarEast: "仿宋_GB2312" } }];
    const plain = hostFor(spec);
    expect((await plain.host.readParagraphs())[0].format?.fontEastAsia).toBeUndefined();
    expect(plain.fake.loadLog.flatMap((e) => e.paths)).not.toContain("items/font/nameFarEast");

    const desktop = hostFor(spec, { requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" } });
    const [paragraph] = await desktop.host.readParagraphs();
    expect(paragraph.format).toMatchObject({ fontEastAsia: "仿宋_GB2312", fontAscii: "Times New Roman" });
  });

  test("returns plain data only: no proxies escape", async () => {
    const { host } = hostFor(MATERIAL);
    const paragraphs = await host.readParagraphs();
    const isPlain = (value: unknown): boolean => {
      if (value === null || typeof value !== "object") return true;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== Array.prototype) return false;
      return Object.values(value).every(isPlain);
    };
    expect(isPlain(paragraphs)).toBe(true);
    expect(JSON.parse(JSON.stringify(paragraphs))).toEqual(paragraphs);
  });

  test("loads only scalar paths, never whole objects", async () => {
    const { fake, host } = hostFor(MATERIAL);
    await host.readParagraphs();
    for (const entry of fake.loadLog) {
      for (const path of entry.paths) {
        expect(path).not.toBe("*");
        expect(["items", "items/font", "font"]).not.toContain(path);
      }
    }
  });
});

describe("WordHost.select", () => {
  const TEXTS: FakeParagraphSpec[] = [
    { text: "标题" },
    { text: "存在问题", listString: "一、" },
    { text: "学习不够深入，学习不够系统，学习不够经常。" },
    { text: "(一)半角括号与（一）全角括号，“引号”与\"引号\"。" },
    { text: "制表\t符号^与换行\u000b之后，再说制表\t符号^。" },
    { text: "重复" },
    { text: "重复" },
    { text: "结尾" },
  ];

  async function readyHost(options?: FakeWordOptions) {
    const made = hostFor(TEXTS, options);
    const paragraphs = await made.host.readParagraphs();
    made.fake.runSyncs.length = 0;
    return { ...made, paragraphs };
  }

  /** Select core's text[start, end) of paragraph `index` and say what Word shows selected. */
  async function selectText(host: WordHost, fake: FakeWord, index: number, start?: number, end?: number) {
    await host.select({ paragraph: index, start, end });
    expect(fake.lastRunSyncs).toBeLessThanOrEqual(2);
    return fake.selection;
  }

  test("a paragraph, in two syncs", async () => {
    const { fake, host } = await readyHost();
    await host.select({ paragraph: 2 });
    expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 2 });
    expect(fake.runSyncs).toEqual([2]);
  });

  test("the exact occurrence of a repeated substring", async () => {
    const { fake, host, paragraphs } = await readyHost();
    const text = paragraphs[2].text;
    for (const occurrence of [0, 1, 2]) {
      let start = -1;
      for (let k = 0; k <= occurrence; k++) start = text.indexOf("学习不够", start + 1);
      const selection = await selectText(host, fake, 2, start, start + 4);
      expect(selection).toMatchObject({ kind: "range", paragraph: 2, start, end: start + 4, text: "学习不够" });
    }
  });

  test("offsets after an automatic number; ranges inside the number select the paragraph", async () => {
    const { fake, host, paragraphs } = await readyHost();
    expect(paragraphs[1].text).toBe("一、存在问题");
    expect(await selectText(host, fake, 1, 2, 4)).toMatchObject({ kind: "range", start: 0, end: 2, text: "存在" });
    expect(await selectText(host, fake, 1, 0, 4)).toMatchObject({ kind: "range", start: 0, end: 2, text: "存在" });
    expect(await selectText(host, fake, 1, 0, 2)).toMatchObject({ kind: "paragraph", paragraph: 1 });
    expect(await selectText(host, fake, 1, 4, 6)).toMatchObject({ kind: "range", text: "问题" });
  });

  test.each([true, false])("width and quote variants (Word folding them: %s) never pick the wrong twin", async (folds) => {
    const { fake, host, paragraphs } = await readyHost({ searchFoldsWidthAndQuotes: folds });
    const text = paragraphs[3].text;
    for (const needle of ["(一)", "（一）", "“引号”", '"引号"']) {
      const start = text.indexOf(needle);
      expect(await selectText(host, fake, 3, start, start + needle.length)).toMatchObject({
        kind: "range",
        start,
        end: start + needle.length,
        text: needle,
      });
    }
  });

  test("tabs, carets and line breaks are searched with Word's escapes", async () => {
    const { fake, host, paragraphs } = await readyHost();
    const text = paragraphs[4].text;
    const start = text.lastIndexOf("制表\t符号^");
    expect(await selectText(host, fake, 4, start, start + 6)).toMatchObject({ kind: "range", start, end: start + 6 });
    const br = text.indexOf("\u000b");
    expect(await selectText(host, fake, 4, br - 2, br + 3)).toMatchObject({ kind: "range", text: "换行\u000b之后" });
  });

  test("a caret (empty range) and the whole text", async () => {
    const { fake, host } = await readyHost();
    expect(await selectText(host, fake, 2, 7, 7)).toMatchObject({ kind: "range", start: 7, end: 7 });
    expect(await selectText(host, fake, 2, 0, 21)).toMatchObject({ kind: "range", start: 0, end: 21 });
    expect(await selectText(host, fake, 2, 5)).toMatchObject({ kind: "range", start: 5, end: 21 });
  });

  test("text that cannot be pinned down within 255 characters selects the paragraph", async () => {
    const { fake, host } = hostFor(["甲".repeat(600), "乙"]);
    await host.readParagraphs();
    expect(await selectText(host, fake, 0, 300, 310)).toMatchObject({ kind: "paragraph", paragraph: 0 });
    expect(fake.searchLog.every((s) => s.length <= 255)).toBe(true);
  });

  test("in a long paragraph, ranges far from the start are found with short searches", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `第${i}项`).join("，");
    const { fake, host } = hostFor([text]);
    await host.readParagraphs();
    const start = text.indexOf("第377项");
    expect(await selectText(host, fake, 0, start, start + 5)).toMatchObject({ kind: "range", start, text: "第377项" });
  });

  test("random ranges: always the exact range or the paragraph, never a wrong place", async () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ["学", "习", "a", "A", "(", "（", "“", '"', "\t", "^", " ", "　", "一"];
    const specs: FakeParagraphSpec[] = Array.from({ length: 30 }, (_, i) => ({
      text: Array.from({ length: 5 + random(60) }, () => alphabet[random(alphabet.length)]).join(""),
      ...(i % 3 === 0 ? { listString: "（一）" } : {}),
    }));
    for (const folds of [true, false]) {
      const { fake, host } = hostFor(specs, { searchFoldsWidthAndQuotes: folds });
      const paragraphs = await host.readParagraphs();
      let exact = 0;
      for (let trial = 0; trial < 150; trial++) {
        const p = paragraphs[random(paragraphs.length)];
        const prefix = p.autoNumber?.length ?? 0;
        const start = prefix + random(p.text.length - prefix);
        const end = start + random(p.text.length - start + 1);
        const selection = await selectText(host, fake, p.index, start, end);
        expect(selection?.paragraph).toBe(p.index);
        if (selection?.kind === "range") {
          exact++;
          expect([selection.start + prefix, selection.end + prefix]).toEqual([start, end]);
        }
      }
      expect(exact).toBeGreaterThan(140);
    }
  });

  test("when Word's search disagrees at selection time, the paragraph stays selected", async () => {
    const fake = new FakeWord(TEXTS);
    let armed = false;
    // Someone types between the two round trips of select: the planned search no longer matches.
    const run: WordRun = (batch) =>
      fake.run(async (context: FakeRequestContext) => {
        const sync = context.sync.bind(context);
        let syncs = 0;
        context.sync = async () => {
          if (armed && ++syncs === 2) fake.setText(2, "学习不够深入，全部改写了");
          return sync();
        };
        return batch(context);
      });
    const host = new WordHost({ run, office: fake.office, api: fake.api });
    await host.readParagraphs();
    armed = true;
    await host.select({ paragraph: 2, start: 7, end: 11 });
    expect(fake.runSyncs[fake.runSyncs.length - 1]).toBe(2);
    expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 2 });
    expect(fake.selections).toHaveLength(1);
  });

  describe("after the document changed", () => {
    test("a paragraph inserted or removed before the target: found again by its text", async () => {
      const { fake, host } = await readyHost();
      fake.insertParagraph(0, "新插入的一段");
      const start = "学习不够深入，学习不够系统，".length;
      await host.select({ paragraph: 2, start, end: start + 4 });
      expect(fake.selection).toMatchObject({ kind: "range", paragraph: 3, start, text: "学习不够" });
      fake.removeParagraph(0);
      fake.removeParagraph(0);
      await host.select({ paragraph: 2 });
      expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 1, text: "学习不够深入，学习不够系统，学习不够经常。" });
    });

    test("among paragraphs with the same text, the one whose neighbours agree", async () => {
      const { fake, host } = await readyHost();
      fake.insertParagraph(0, "重复");
      fake.insertParagraph(0, "重复");
      // Target "重复" at 6 (followed by "重复", "结尾"); a bare text match would pick index 0 or 1.
      await host.select({ paragraph: 6 });
      expect(fake.selection).toMatchObject({ paragraph: 8 });
      await host.select({ paragraph: 5 });
      expect(fake.selection).toMatchObject({ paragraph: 7 });
    });

    test("the paragraph itself edited in place: the whole paragraph, not a stale range", async () => {
      const { fake, host } = await readyHost();
      fake.setText(2, "学习不够深入，已经改过了。");
      await host.select({ paragraph: 2, start: 7, end: 11 });
      expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 2 });
    });

    test("the paragraph gone: TargetNotFoundError, nothing selected", async () => {
      const { fake, host } = await readyHost();
      fake.removeParagraph(2);
      fake.insertParagraph(0, "又一段");
      await expect(host.select({ paragraph: 2, start: 0, end: 2 })).rejects.toBeInstanceOf(TargetNotFoundError);
      await expect(host.select({ paragraph: 99 })).rejects.toThrow(/找不到要定位的段落/);
      expect(fake.selection).toBeNull();
    });
  });

  test("without a previous read, the index is used as given", async () => {
    const { fake, host } = hostFor(TEXTS);
    await host.select({ paragraph: 5 });
    expect(fake.selection).toMatchObject({ kind: "paragraph", paragraph: 5 });
    await expect(host.select({ paragraph: 8 })).rejects.toBeInstanceOf(TargetNotFoundError);
  });
});

describe("WordHost state", () => {
  test("no state part → null", async () => {
    const { host } = hostFor([]);
    expect(await host.readState()).toBeNull();
  });

  test("round trip through one custom XML part in the duizhao namespace", async () => {
    const { fake, host } = hostFor([]);
    const json = JSON.stringify({ version: 1, note: "<&>]]> “整改” \n 结束", ignored: ["P1", "M2"] });
    await host.writeState(json);
    expect(await host.readState()).toBe(json);
    await host.writeState('{"version":2}');
    expect(await host.readState()).toBe('{"version":2}');
    const xmls = [...fake.customXmlParts.values()];
    expect(xmls).toHaveLength(1);
    expect(rootNamespace(xmls[0])).toBe(STATE_NAMESPACE);
  });

  test("reads a part written by another tool, ignores parts of other namespaces", async () => {
    const { host } = hostFor([], {
      customXmlParts: [
        '<?xml version="1.0"?><meta xmlns="urn:other">{"no":1}</meta>',
        `<ns0:state xmlns:ns0="${STATE_NAMESPACE}"><![CDATA[{"a":"<b>"}]]></ns0:state>`,
      ],
    });
    expect(await host.readState()).toBe('{"a":"<b>"}');
  });

  test("a failed write keeps the previous state", async () => {
    const { fake, host } = hostFor([]);
    await host.writeState('{"keep":true}');
    fake.failing.add("add");
    await expect(host.writeState('{"keep":false}')).rejects.toThrow(/injected failure/);
    fake.failing.clear();
    expect(await host.readState()).toBe('{"keep":true}');
  });
});

describe("WordHost misc", () => {
  test("name from the document URL, else a default", () => {
    const a = hostFor([], { url: "https://example.invalid/docs/%E5%AF%B9%E7%85%A7%E6%9D%90%E6%96%99.docx" });
    expect(a.host.name).toBe("对照材料.docx");
    const b = hostFor([], { url: "C:\\Users\\me\\检查.docx" });
    expect(b.host.name).toBe("检查.docx");
    expect(hostFor([]).host.name).toBe("Word 文档");
    expect(new WordHost({ run: new FakeWord([]).run, name: "给定" }).name).toBe("给定");
  });

  test("onDocumentChanged listens to selection changes until disposed", async () => {
    const { fake, host } = hostFor(["一段"]);
    const listener = jest.fn();
    const stop = await host.onDocumentChanged(listener);
    fake.fireSelectionChanged();
    expect(listener).toHaveBeenCalledTimes(1);
    await stop();
    fake.fireSelectionChanged();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fake.selectionHandlerCount).toBe(0);
  });
});
