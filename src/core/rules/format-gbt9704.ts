import type { Paragraph } from "../model";
import type { Rule } from "./types";

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
const TITLE: Expectation = { what: "标题", font: /小标宋|标宋/, fontName: "方正小标宋简体", sizePt: 22 };
const LEVEL1: Expectation = { what: "一级标题", font: /黑体/, fontName: "黑体", sizePt: 16 };
const LEVEL2: Expectation = { what: "二级标题", font: /楷体/, fontName: "楷体_GB2312", sizePt: 16 };
const BODY: Expectation = { what: "正文", font: /仿宋/, fontName: "仿宋_GB2312", sizePt: 16 };
const SIZE_NAMES: Record<number, string> = { 22: "二号", 16: "三号", 15: "小三", 14: "四号", 12: "小四", 10.5: "五号" };

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
    examples: {
      correct: "对照检查材料",
      incorrect: "对照检查材料",
    },
  },
  create(context) {
    const { doc } = context;
    if (doc.hostKind === "text") return;
    const expectations = new Map<number, Expectation>();
    if (doc.title) expectations.set(doc.title.paragraph, TITLE);
    for (const s of doc.sections) if (s.headingParagraph !== null) expectations.set(s.headingParagraph, LEVEL1);
    for (const item of [...doc.problems, ...doc.causes, ...doc.measures]) {
      if (item.marker?.family === "cnParen" && !expectations.has(item.paragraph)) expectations.set(item.paragraph, LEVEL2);
    }
    // Body paragraphs: report at most a few, since one wrong default style affects all.
    let bodyReports = 0;
    for (const p of doc.paragraphs) {
      if (!p.text.trim() || p.inTable) continue;
      const expected = expectations.get(p.index) ?? BODY;
      const problem = check(p, expected);
      if (!problem) continue;
      // A （一） heading whose first sentence is fused with its body may rightly be in the body font.
      if (expected === LEVEL2 && check(p, BODY) === null) continue;
      if (expected === BODY && bodyReports++ >= 3) continue;
      context.report({ paragraph: p.index, message: problem, data: { expectedFont: expected.fontName, expectedSizePt: expected.sizePt } });
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
