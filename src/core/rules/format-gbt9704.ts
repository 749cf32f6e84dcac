import type { Paragraph } from "../model";
import { ownTemplates } from "./ownTemplates";
import type { Rule } from "./types";
import { HAN } from "../text/chars";

/**
 * GB/T 9704-2012 as offices apply it to these materials: title 2号 (22 pt) 小标宋;
 * 一、 headings 3号 (16 pt) 黑体; （一） headings 3号 楷体; body 3号 仿宋.
 * Only where fonts are known (.docx and Word).
 */
interface Expectation {
  what: string;
  font: RegExp;
  fontName: string;
  sizePt: number;
}
// Fonts go by their Chinese names or their English aliases (SimHei, KaiTi_GB2312, FangSong…).
const TITLE: Expectation = { what: "标题", font: /小标宋|标宋|XiaoBiaoSong|FZXBS/i, fontName: "方正小标宋简体", sizePt: 22 };
const LEVEL1: Expectation = { what: "一级标题", font: /黑体|SimHei|STHeiti/i, fontName: "黑体", sizePt: 16 };
const LEVEL2: Expectation = { what: "二级标题", font: /楷体|KaiTi|STKaiti/i, fontName: "楷体_GB2312", sizePt: 16 };
const BODY: Expectation = { what: "正文", font: /仿宋|FangSong|STFangsong/i, fontName: "仿宋_GB2312", sizePt: 16 };
/** Chinese type sizes in points. */
export const SIZE_NAMES: Record<number, string> = { 26: "一号", 24: "小一", 22: "二号", 18: "小二", 16: "三号", 15: "小三", 14: "四号", 12: "小四", 10.5: "五号", 9: "小五" };


/** Body paragraphs reported one by one; the rest are counted in one finding. */
const MAX_BODY_REPORTS = 3;

function sizeName(pt: number): string {
  return SIZE_NAMES[pt] ?? `${pt} 磅`;
}

const rule: Rule = {
  id: "format-gbt9704",
  meta: {
    severity: "info",
    fixable: false,
    description: {
      zh: "字体字号按 GB/T 9704—2012：标题二号小标宋，一级标题三号黑体，二级标题三号楷体，正文三号仿宋。",
      en: "Fonts and sizes off the GB/T 9704 conventions.",
    },
    // Plain text cannot carry fonts, so each line names its size and font in 〔〕; the
    // rule itself only runs where a host knows them (.docx, Word). The rule's test reads
    // these annotations into paragraph formats (test/core/rules/format-gbt9704.test.ts).
    examples: {
      correct:
        "××局党组2024年度民主生活会对照检查材料〔二号 方正小标宋简体〕\n" +
        "一、存在的问题〔三号 黑体〕\n" +
        "（一）理论学习不够深入。〔三号 楷体_GB2312〕\n" +
        "2024年参加中心组学习12次，只在3次学习中作了发言。〔三号 仿宋_GB2312〕",
      incorrect:
        "××局党组2024年度民主生活会对照检查材料〔小二 宋体〕\n" +
        "一、存在的问题〔三号 宋体〕\n" +
        "（一）理论学习不够深入。〔三号 楷体_GB2312〕\n" +
        "2024年参加中心组学习12次，只在3次学习中作了发言。〔小四 宋体〕",
    },
  },
  create(context) {
    const { doc } = context;
    if (doc.hostKind === "text") return;
    const expectations = new Map<number, Expectation | null>();
    if (doc.title) expectations.set(doc.title.paragraph, TITLE);
    // Further title lines (the unit or the author in brackets) follow no fixed convention.
    const titleSection = doc.sections.find((s) => s.kind === "title");
    if (titleSection) for (let i = titleSection.start; i <= titleSection.end; i++) if (!expectations.has(i)) expectations.set(i, null);
    for (const s of doc.sections) if (s.headingParagraph !== null) expectations.set(s.headingParagraph, LEVEL1);
    for (const item of [...doc.problems, ...doc.causes, ...doc.measures]) {
      if (item.marker?.family === "cnParen" && !expectations.has(item.paragraph)) expectations.set(item.paragraph, LEVEL2);
    }
    // The 整改清单 the add-in inserts has its own layout (title 黑体 三号, cells 小四).
    for (const own of ownTemplates(doc.paragraphs)) {
      if (own.kind === "rectification") for (let i = own.first; i <= own.last; i++) expectations.set(doc.paragraphs[i]!.index, null);
    }
    // Body paragraphs: report a few one by one, then one summary, since one wrong default style affects all.
    let bodyOff = 0;
    for (const p of doc.paragraphs) {
      // Tables, and lines without Chinese (code, English, figures), follow their own conventions.
      if (!HAN.test(p.text) || p.inTable) continue;
      const expected = expectations.has(p.index) ? expectations.get(p.index)! : BODY;
      if (!expected) continue;
      const problem = check(p, expected);
      if (!problem) continue;
      // A （一） heading whose first sentence is fused with its body may rightly be in the body font.
      if (expected === LEVEL2 && check(p, BODY) === null) continue;
      if (expected === BODY && ++bodyOff > MAX_BODY_REPORTS) continue;
      context.report({
        paragraph: p.index,
        message: problem,
        data: {
          expectedFont: expected.fontName,
          expectedSizePt: expected.sizePt,
          ...(p.format?.fontEastAsia ? { font: p.format.fontEastAsia } : {}),
          ...(p.format?.sizePt !== undefined ? { sizePt: p.format.sizePt } : {}),
        },
      });
    }
    if (bodyOff > MAX_BODY_REPORTS) {
      context.report({
        paragraph: null,
        message: `另有 ${bodyOff - MAX_BODY_REPORTS} 段正文的字体或字号不符合公文格式（应为${sizeName(BODY.sizePt)}${BODY.fontName}），可能是正文样式设置有误`,
        data: { expectedFont: BODY.fontName, expectedSizePt: BODY.sizePt, more: bodyOff - MAX_BODY_REPORTS },
      });
    }
  },
};

function check(p: Paragraph, e: Expectation): string | null {
  const font = p.format?.fontEastAsia;
  const size = p.format?.sizePt;
  const wrong: string[] = [];
  if (font && !e.font.test(font)) wrong.push(`字体为“${font}”`);
  if (size !== undefined && Math.abs(size - e.sizePt) > 0.25) wrong.push(`字号为${sizeName(size)}`);
  if (!wrong.length) return null;
  return `${e.what}${wrong.join("、")}，公文格式应为${sizeName(e.sizePt)}${e.fontName}`;
}
export default rule;
