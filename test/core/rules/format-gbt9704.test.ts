import type { Paragraph, ParagraphFormat } from "../../../src/core/model";
import rule, { SIZE_NAMES } from "../../../src/core/rules/format-gbt9704";
import { ruleTester, type DocumentInput } from "./ruleTester";
import { materialLines } from "./materials";

const SIZE_BY_NAME = new Map(Object.entries(SIZE_NAMES).map(([pt, name]) => [name, Number(pt)]));

/**
 * Reads the rule's examples: each line ends with its size and font in 〔〕
 * ("…材料〔二号 方正小标宋简体〕"); they become the paragraph's format in a .docx.
 */
function annotated(example: string): DocumentInput {
  const paragraphs = example.split("\n").map((line): Omit<Paragraph, "index"> => {
    const m = /〔(\S+) (\S+)〕$/.exec(line);
    if (!m) return { text: line };
    const sizePt = SIZE_BY_NAME.get(m[1]);
    if (sizePt === undefined) throw new Error(`unknown size ${m[1]}`);
    return { text: line.slice(0, m.index), format: { sizePt, fontEastAsia: m[2] } };
  });
  return { paragraphs, hostKind: "docx" };
}

const TITLE: ParagraphFormat = { fontEastAsia: "方正小标宋简体", sizePt: 22, alignment: "center" };
const H1: ParagraphFormat = { fontEastAsia: "黑体", sizePt: 16 };
const H2: ParagraphFormat = { fontEastAsia: "楷体_GB2312", sizePt: 16 };
const BODY: ParagraphFormat = { fontEastAsia: "仿宋_GB2312", sizePt: 16 };

const LINES = materialLines({ problems: ["（一）理论学习不够深入。", "一是学习不够系统，2024年缺席中心组学习2次；二是学用结合不紧。"] });

/** The material's lines in the GB/T 9704 fonts, with `change` applied per paragraph index. */
function formatted(change: Record<number, ParagraphFormat> = {}): Omit<Paragraph, "index">[] {
  return LINES.map((text, i) => {
    const format = /^[一二三]、/.test(text) ? H1 : /^（[一二三]）/.test(text) ? H2 : i === 0 ? TITLE : BODY;
    return { text, format: change[i] ?? format };
  });
}

ruleTester.run(
  rule,
  {
    valid: [
      { name: "every paragraph as GB/T 9704 says", paragraphs: formatted(), hostKind: "docx" },
      { name: "plain text knows no fonts", paragraphs: formatted({ 1: { fontEastAsia: "宋体", sizePt: 12 } }), hostKind: "text" },
      { name: "in Word too", paragraphs: formatted(), hostKind: "word" },
      {
        name: "English font names",
        paragraphs: formatted({ 2: { fontEastAsia: "SimHei", sizePt: 16 }, 1: { fontEastAsia: "FangSong_GB2312", sizePt: 16 }, 3: { fontEastAsia: "KaiTi", sizePt: 16 } }),
        hostKind: "docx",
      },
      {
        name: "a （一） heading fused with its body may be in the body font",
        paragraphs: formatted({ 3: BODY, 7: BODY }),
        hostKind: "docx",
      },
      { name: "no format facts: nothing to judge", paragraphs: LINES, hostKind: "docx" },
      {
        name: "lines without Chinese follow their own conventions",
        paragraphs: [...formatted(), { text: "GB/T 9704-2012", format: { fontEastAsia: "Times New Roman", sizePt: 12 } }],
        hostKind: "docx",
      },
      {
        name: "tables are left alone",
        paragraphs: [...formatted(), { text: "整改事项", inTable: true, format: { fontEastAsia: "宋体", sizePt: 10.5 } }],
        hostKind: "docx",
      },
      {
        name: "a second title line (the author) has no fixed font",
        paragraphs: [formatted()[0], { text: "（县××局党组书记、局长　王××）", format: { fontEastAsia: "楷体_GB2312", sizePt: 16 } }, ...formatted().slice(1)],
        hostKind: "docx",
      },
    ],
    invalid: [
      {
        name: "title in 小二 宋体",
        paragraphs: formatted({ 0: { fontEastAsia: "宋体", sizePt: 18 } }),
        hostKind: "docx",
        errors: [
          {
            paragraph: 0,
            severity: "info",
            message: "标题字体为“宋体”、字号为小二，公文格式应为二号方正小标宋简体",
            data: { expectedFont: "方正小标宋简体", expectedSizePt: 22, font: "宋体", sizePt: 18 },
          },
        ],
      },
      {
        name: "a 一、 heading in the body font",
        paragraphs: formatted({ 5: BODY }),
        hostKind: "word",
        errors: [{ paragraph: 5, message: "一级标题字体为“仿宋_GB2312”，公文格式应为三号黑体" }],
      },
      {
        name: "a （一） heading in neither 楷体 nor the body font",
        paragraphs: formatted({ 3: { fontEastAsia: "宋体", sizePt: 16 } }),
        hostKind: "docx",
        errors: [{ paragraph: 3, data: { expectedFont: "楷体_GB2312" } }],
      },
      {
        name: "body size only",
        paragraphs: formatted({ 1: { fontEastAsia: "仿宋_GB2312", sizePt: 14 } }),
        hostKind: "docx",
        errors: [{ paragraph: 1, message: "正文字号为四号，公文格式应为三号仿宋_GB2312", data: { sizePt: 14 } }],
      },
      {
        name: "the whole body in 小四 宋体: three paragraphs, then one summary",
        paragraphs: [...formatted(), ...["三是", "四是", "五是", "六是", "七是", "八是"].map((n) => `${n}加强学习。`)].map((p, i) =>
          i === 1 || i === 4 || i >= LINES.length ? { text: typeof p === "string" ? p : p.text, format: { fontEastAsia: "宋体", sizePt: 12 } } : p,
        ),
        hostKind: "docx",
        errors: [
          { paragraph: null, message: /另有 5 段正文/, data: { more: 5 } },
          { paragraph: 1, data: { font: "宋体" } },
          { paragraph: 4 },
          { paragraph: 13 },
        ],
      },
    ],
  },
  { examples: annotated },
);

describe("the examples' annotations", () => {
  it("give every line of both examples a format", () => {
    for (const example of [rule.meta.examples.correct, rule.meta.examples.incorrect]) {
      const input = annotated(example);
      expect(input.paragraphs!.every((p) => typeof p !== "string" && p.format?.fontEastAsia && p.format.sizePt)).toBe(true);
    }
  });
});
