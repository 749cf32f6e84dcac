import { readDocx } from "../../../src/host/docx";
import { abstractNum, docx, docxWithBody, num, numPr, p, pack, patch, replaceParagraph } from "./build";

const { Document, Paragraph, TextRun, Table, TableRow, TableCell, LevelFormat, HeadingLevel } = docx;

function texts(paragraphs: { text: string }[]): string[] {
  return paragraphs.map((x) => x.text);
}

describe("readDocx: a material built with the docx package", () => {
  let bytes: Uint8Array;

  beforeAll(async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const nested = new Table({ rows: [new TableRow({ children: [cell("内表")] })] });
    const document = new Document({
      numbering: {
        config: [
          {
            reference: "cn",
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、" },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）" },
            ],
          },
          { reference: "dec", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: "关于2024年度民主生活会的对照检查材料", heading: HeadingLevel.TITLE }),
            new Paragraph("一、打字输入的编号"),
            new Paragraph({ text: "存在问题", numbering: { reference: "cn", level: 0 } }),
            new Paragraph({ text: "在带头学习方面", numbering: { reference: "cn", level: 1 } }),
            new Paragraph({ text: "在带头落实方面", numbering: { reference: "cn", level: 1 } }),
            new Paragraph({ text: "原因分析", numbering: { reference: "cn", level: 0 } }),
            new Paragraph({ text: "理论学习不够", numbering: { reference: "cn", level: 1 } }),
            new Paragraph({}),
            new Paragraph({ text: "要点甲", numbering: { reference: "dec", level: 0 } }),
            new Paragraph({ text: "要点乙", numbering: { reference: "dec", level: 0 } }),
            new Table({
              rows: [
                new TableRow({ children: [cell("格一"), cell("格二")] }),
                new TableRow({
                  children: [new TableCell({ children: [new Paragraph("格三"), nested] }), cell("格四")],
                }),
              ],
            }),
            new Paragraph("表后"),
            new Paragraph({
              children: [
                new TextRun("修订："),
                new docx.InsertedTextRun({ text: "插入", id: 1, author: "t", date: "2024-01-01T00:00:00Z" }),
                new docx.DeletedTextRun({ text: "删除", id: 2, author: "t", date: "2024-01-01T00:00:00Z" }),
              ],
            }),
            new Paragraph({ children: [new TextRun("第"), new docx.SimpleField("PAGE", "3"), new TextRun("页")] }),
            new Paragraph("@@COMPLEX@@"),
            new Paragraph("@@TEXTBOX@@"),
            new Paragraph("@@SDT@@"),
            new Paragraph("@@BREAKS@@"),
            new docx.Textbox({ children: [new Paragraph("VML 框内")], style: { width: "2in", height: "1in" } }),
            new Paragraph("结尾"),
          ],
        },
      ],
    });
    const run = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
    const txbx = (t: string) => `<w:txbxContent><w:p>${run(t)}</w:p><w:p>${run(t + "二")}</w:p></w:txbxContent>`;
    bytes = await patch(await pack(document), {
      "word/document.xml": (xml) =>
        [
          replaceParagraph(
            "@@COMPLEX@@",
            `<w:p>${run("前")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy" </w:instrText></w:r>` +
              `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("结果")}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run("后")}</w:p>`,
          ),
          replaceParagraph(
            "@@TEXTBOX@@",
            `<w:p>${run("框外")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${txbx("框内")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
              `<mc:Fallback><w:pict><v:shape><v:textbox>${txbx("框内")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
          ),
          replaceParagraph(
            "@@SDT@@",
            `<w:sdt><w:sdtPr><w:alias w:val="控件"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent><w:p>${run("控件一")}</w:p><w:p>${run("控件二")}</w:p></w:sdtContent></w:sdt>`,
          ),
          replaceParagraph(
            "@@BREAKS@@",
            `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:br/><w:t>乙</w:t><w:noBreakHyphen/><w:cr/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>丙</w:t></w:r><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>`,
          ),
        ].reduce((acc, edit) => edit(acc), xml),
    });
  });

  it("counts every body paragraph in order, tables and content controls included", async () => {
    const doc = await readDocx(bytes, "m.docx");
    expect(texts(doc.paragraphs)).toEqual([
      "关于2024年度民主生活会的对照检查材料",
      "一、打字输入的编号",
      "一、存在问题",
      "（一）在带头学习方面",
      "（二）在带头落实方面",
      "二、原因分析",
      "（一）理论学习不够",
      "",
      "1.要点甲",
      "2.要点乙",
      "格一",
      "格二",
      "格三",
      "内表",
      "", // a cell ends with a paragraph after a nested table
      "格四",
      "表后",
      "修订：插入",
      "第3页",
      "前结果后",
      "框外",
      "控件一",
      "控件二",
      "甲\t\u000b乙-\u000b丙移入",
      "", // the paragraph holding a VML text box; the box's own paragraph is not counted
      "结尾",
    ]);
    doc.paragraphs.forEach((paragraph, i) => expect(paragraph.index).toBe(i));
  });

  it("marks automatic numbers and leaves typed numbers alone", async () => {
    const doc = await readDocx(bytes, "m.docx");
    expect(doc.paragraphs[1].autoNumber).toBeUndefined();
    expect(doc.paragraphs.map((x) => x.autoNumber).filter(Boolean)).toEqual([
      "一、",
      "（一）",
      "（二）",
      "二、",
      "（一）",
      "1.",
      "2.",
    ]);
  });

  it("knows which paragraphs sit in tables", async () => {
    const doc = await readDocx(bytes, "m.docx");
    const inTable = doc.paragraphs.filter((x) => x.inTable).map((x) => x.text);
    expect(inTable).toEqual(["格一", "格二", "格三", "内表", "", "格四"]);
  });

  it("reads style names, built-in identities and outline levels", async () => {
    const doc = await readDocx(bytes, "m.docx");
    expect(doc.paragraphs[0].builtInStyle).toBe("Title");
    const after = doc.paragraphs.find((x) => x.text === "表后")!;
    expect(after.builtInStyle).toBe("Normal");
    expect(after.outlineLevel).toBeUndefined();
  });

  it("records where each paragraph lies in the main part's XML", async () => {
    const doc = await readDocx(bytes, "m.docx");
    expect(doc.paragraphRanges).toHaveLength(doc.paragraphs.length);
    for (const range of doc.paragraphRanges) {
      const xml = doc.mainXml.slice(range.start, range.end);
      expect(xml).toMatch(/^<w:p[\s>/]/);
      expect(xml).toMatch(/(<\/w:p>|\/>)$/);
    }
    const last = doc.paragraphRanges[doc.paragraphRanges.length - 1];
    expect(doc.mainXml.slice(last.start, last.end)).toContain("结尾");
    expect(doc.mainXml.slice(doc.body.contentEnd)).toMatch(/^<\/w:body>/);
    expect(doc.mainXml.slice(doc.body.sectPrStart!)).toMatch(/^<w:sectPr/);
    expect(doc.mainPart).toBe("word/document.xml");
    expect(doc.kind).toBe("document");
  });
});

describe("readDocx: numbering", () => {
  const cnAbstract = abstractNum(90, [
    ["chineseCounting", "%1、"],
    ["chineseCounting", "（%2）"],
    ["decimal", "%3."],
  ]);

  it("numbers paragraphs through their style (basedOn included), and numId 0 switches it off", async () => {
    const style = (id: string, name: string, pPr: string, basedOn = "Normal") =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/><w:pPr>${pPr}</w:pPr></w:style>`;
    const bytes = await docxWithBody(
      [
        p("一级甲", `<w:pStyle w:val="H2"/>`),
        p("二级甲", `<w:pStyle w:val="H3"/>`),
        p("二级乙", `<w:pStyle w:val="H3Child"/>`),
        p("正文"),
        p("不编号", `<w:pStyle w:val="H2"/>${numPr(0)}`),
        p("一级乙", `<w:pStyle w:val="H2"/>`),
        p("二级丙", `<w:pStyle w:val="H3"/>`),
        p("三级", `<w:pStyle w:val="H4"/>`),
      ].join(""),
      {
        numbering: { abstracts: cnAbstract.replace('<w:numFmt w:val="chineseCounting"/>', '<w:pStyle w:val="H2"/><w:numFmt w:val="chineseCounting"/>'), nums: num(90, 90) },
        styles: (xml) =>
          xml.replace(
            "</w:styles>",
            style("H2", "heading 2", `${numPr(90)}<w:outlineLvl w:val="1"/>`) +
              style("H3", "heading 3", `${numPr(90, 1)}<w:outlineLvl w:val="2"/>`) +
              style("H3Child", "子样式", "", "H3") +
              style("H4", "标题 4", `${numPr(90, 2)}`) +
              "</w:styles>",
          ),
      },
    );
    const doc = await readDocx(bytes, "s.docx");
    expect(texts(doc.paragraphs)).toEqual([
      "一、一级甲",
      "（一）二级甲",
      "（二）二级乙",
      "正文",
      "不编号",
      "二、一级乙",
      "（一）二级丙",
      "1.三级",
    ]);
    expect(doc.paragraphs.map((x) => x.outlineLevel)).toEqual([2, 3, 3, undefined, 2, 2, 3, 4]);
    expect(doc.paragraphs[0].builtInStyle).toBe("Heading2");
    expect(doc.paragraphs[0].style).toBe("heading 2");
    expect(doc.paragraphs[2].style).toBe("子样式");
    expect(doc.paragraphs[2].builtInStyle).toBeUndefined();
    expect(doc.paragraphs[7].builtInStyle).toBe("Heading4");
  });

  it("continues a list across nums sharing an abstractNum; startOverride restarts it", async () => {
    const bytes = await docxWithBody(
      [p("a", numPr(91, 0)), p("b", numPr(91, 0)), p("c", numPr(92, 0)), p("d", numPr(93, 0)), p("e", numPr(93, 0)), p("f", numPr(91, 0))].join(""),
      {
        numbering: {
          abstracts: abstractNum(91, [["decimal", "%1."]]),
          nums:
            num(91, 91) +
            num(92, 91) +
            num(93, 91, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>`),
        },
      },
    );
    const doc = await readDocx(bytes, "o.docx");
    expect(doc.paragraphs.map((x) => x.autoNumber)).toEqual(["1.", "2.", "3.", "5.", "6.", "7."]);
  });

  it("resets deeper levels unless lvlRestart says otherwise, and honours isLgl", async () => {
    const bytes = await docxWithBody(
      [
        p("", numPr(94, 0)),
        p("", numPr(94, 1)),
        p("", numPr(94, 0)),
        p("", numPr(94, 1)),
        p("", numPr(95, 0)),
        p("", numPr(95, 1)),
        p("", numPr(95, 1)),
        p("", numPr(95, 0)),
        p("", numPr(95, 1)),
      ].join(""),
      {
        numbering: {
          abstracts:
            abstractNum(94, [
              ["decimal", "%1."],
              ["decimal", "%1.%2", '<w:lvlRestart w:val="0"/>'],
            ]) +
            abstractNum(95, [
              ["upperRoman", "Article %1"],
              ["decimalZero", "Section %1.%2", "<w:isLgl/>"],
            ]),
          nums: num(94, 94) + num(95, 95),
        },
      },
    );
    const doc = await readDocx(bytes, "r.docx");
    expect(doc.paragraphs.map((x) => x.text)).toEqual([
      "1.",
      "1.1",
      "2.",
      "2.2",
      "Article I",
      "Section 1.01",
      "Section 1.02",
      "Article II",
      "Section 2.01",
    ]);
  });

  it("shows bullets, hides 'none' and vanished levels, and follows lvlOverride levels", async () => {
    const bytes = await docxWithBody(
      [p("要点", numPr(96, 0)), p("无号", numPr(96, 1)), p("隐藏", numPr(96, 2)), p("覆盖", numPr(97, 0)), p("缺失", numPr(99, 0))].join(""),
      {
        numbering: {
          abstracts: abstractNum(96, [
            ["bullet", "\uf0b7"],
            ["none", ""],
            ["decimal", "%3.", "<w:rPr><w:vanish/></w:rPr>"],
          ]),
          nums:
            num(96, 96) +
            num(
              97,
              96,
              `<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:lvlText w:val="%1"/></w:lvl></w:lvlOverride>`,
            ),
        },
      },
    );
    const doc = await readDocx(bytes, "b.docx");
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["•要点", "无号", "隐藏", "③覆盖", "缺失"]);
    expect(doc.paragraphs[1].autoNumber).toBeUndefined();
  });
});

describe("readDocx: formatting", () => {
  it("takes the first run with text, resolved through styles to the document defaults", async () => {
    const document = new Document({
      styles: {
        default: { document: { run: { font: "宋体", size: 24 } } },
        paragraphStyles: [
          { id: "Body", name: "正文样式", basedOn: "Normal", run: { font: { eastAsia: "仿宋_GB2312" }, size: 32 } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              alignment: docx.AlignmentType.CENTER,
              spacing: { line: 560, lineRule: docx.LineRuleType.EXACT },
              children: [
                new TextRun({ text: "", bold: false }),
                new TextRun({ text: "标题", bold: true, size: 44, font: { eastAsia: "方正小标宋简体", ascii: "Times New Roman" } }),
              ],
            }),
            new Paragraph({ style: "Body", indent: { firstLine: 640 }, children: [new TextRun("正文")] }),
            new Paragraph({ style: "Body" }),
          ],
        },
      ],
    });
    const doc = await readDocx(await pack(document), "f.docx");
    expect(doc.paragraphs[0].format).toMatchObject({
      fontEastAsia: "方正小标宋简体",
      fontAscii: "Times New Roman",
      sizePt: 22,
      bold: true,
      alignment: "center",
      lineSpacingPt: 28,
    });
    expect(doc.paragraphs[1].format).toMatchObject({ fontEastAsia: "仿宋_GB2312", sizePt: 16, firstLineIndentPt: 32 });
    expect(doc.paragraphs[1].style).toBe("正文样式");
    // An empty paragraph still has its style's formatting.
    expect(doc.paragraphs[2].format).toMatchObject({ fontEastAsia: "仿宋_GB2312", sizePt: 16 });
  });

  it("reads indents in characters and hanging indents", async () => {
    const bytes = await docxWithBody(
      p("两字符", `<w:ind w:firstLineChars="200" w:firstLine="640"/>`) + p("悬挂", `<w:ind w:left="420" w:hanging="420"/><w:jc w:val="both"/>`),
    );
    const doc = await readDocx(bytes, "i.docx");
    expect(doc.paragraphs[0].format).toMatchObject({ firstLineIndentChars: 2, firstLineIndentPt: 32 });
    expect(doc.paragraphs[1].format).toMatchObject({ firstLineIndentPt: -21, alignment: "justify" });
  });
});

describe("readDocx: packages", () => {
  it("finds a main part at another path through _rels/.rels, and reads .dotx", async () => {
    const base = await docxWithBody(p("别处的正文"));
    // Move the main part and its rels; point the package relationship and content type at it.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(base);
    const body = await zip.file("word/document.xml")!.async("string");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    zip.remove("word/document.xml");
    zip.remove("word/_rels/document.xml.rels");
    zip.file("word/main.xml", body);
    zip.file("word/_rels/main.xml.rels", rels);
    zip.file("_rels/.rels", (await zip.file("_rels/.rels")!.async("string")).replace("word/document.xml", "/word/main.xml"));
    zip.file(
      "[Content_Types].xml",
      (await zip.file("[Content_Types].xml")!.async("string")).replace(
        /PartName="\/word\/document.xml"[^>]*?ContentType="[^"]*"|ContentType="[^"]*"([^>]*?)PartName="\/word\/document.xml"/,
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" PartName="/word/main.xml"',
      ),
    );
    const doc = await readDocx(await zip.generateAsync({ type: "uint8array" }), "t.dotx");
    expect(doc.mainPart).toBe("word/main.xml");
    expect(doc.kind).toBe("template");
    expect(doc.paragraphs[0].text).toBe("别处的正文");
  });

  it("reads Strict OOXML namespaces", async () => {
    const base = await docxWithBody(p("严格格式", numPr(98, 0)), {
      numbering: { abstracts: abstractNum(98, [["chineseCounting", "%1、"]]), nums: num(98, 98) },
    });
    const strict = (xml: string) =>
      xml
        .replace(/http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main/g, "http://purl.oclc.org/ooxml/wordprocessingml/main")
        .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
    const bytes = await patch(base, {
      "word/document.xml": strict,
      "word/numbering.xml": strict,
      "word/styles.xml": strict,
      "_rels/.rels": strict,
      "word/_rels/document.xml.rels": strict,
    });
    const doc = await readDocx(bytes, "strict.docx");
    expect(doc.paragraphs[0].text).toBe("一、严格格式");
    expect(doc.relationshipType).toBe("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
  });

  it("accepts XML parts with a byte-order mark and a prefix other than w", async () => {
    const base = await docxWithBody(p("前缀"));
    const bytes = await patch(base, {
      "word/document.xml": (xml) => {
        const renamed = xml.replace(/<(\/?)w:/g, "<$1ns0:").replace(/ w:(\w+=)/g, " ns0:$1").replace(' xmlns:w="', ' xmlns:ns0="');
        expect(renamed).not.toMatch(/<w:|xmlns:w=/);
        return "\ufeff" + renamed;
      },
    });
    const doc = await readDocx(bytes, "bom.docx");
    expect(texts(doc.paragraphs)).toEqual(["前缀"]);
  });
});
