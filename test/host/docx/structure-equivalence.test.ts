/**
 * The same material read from .txt, from a .docx with typed numbers and from a
 * .docx with Word automatic numbering gives the same structure.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { readDocx } from "../../../src/host/docx";
import { paragraphsFromText } from "../../../src/host/text";
import { docxFromLines } from "../../helpers/makeDocx";

const MATERIALS: string[][] = [
  [
    "张三同志2024年度民主生活会个人发言提纲",
    "（县发展改革局党组书记、局长）",
    "按照县委要求，我认真学习了有关精神，现将个人检视剖析情况报告如下。",
    "一、上一年度民主生活会查摆问题整改情况",
    "去年查摆的5个问题已全部整改到位。",
    "二、检视发现的问题",
    "（一）政治理论学习不够深入。2024年参加中心组学习12次，其中3次未作发言准备。",
    "（二）调查研究不够扎实。全年下乡调研8次，但形成的调研报告只有1篇。",
    "三、问题产生的根源",
    "（一）理想信念有所松懈。",
    "（二）宗旨意识有所淡化。",
    "四、今后的努力方向",
    "（一）加强理论武装，每月至少精读一篇原著。",
    "（二）深入基层调研，每季度形成一篇调研报告。",
    "以上是我的个人发言提纲，不妥之处，恳请同志们批评指正。",
  ],
  [
    "某支部委员会2023年度组织生活会对照检查材料",
    "",
    "根据上级安排，支部委员会认真开展对照检查，现报告如下：",
    "一、查摆出的问题",
    "对照四个方面，支部主要存在以下问题：",
    "（一）组织生活不够规范。2024年有2次主题党日推迟召开。",
    "（二）发挥作用不够充分。",
    "（三）联系群众不够紧密。",
    "二、为什么会出现这些问题",
    "（一）党性锻炼放松。",
    "三、下步打算",
    "（一）严格组织生活，每月按时召开主题党日。",
    "（二）发挥党员先锋作用。",
    "（三）每季度走访群众一次。",
  ],
];

const shape = (paragraphs: { index: number; text: string }[]) => {
  const s = analyzeStructure(paragraphs);
  return {
    sections: s.sections.map((x) => [x.kind, x.start, x.end]),
    problems: s.problems.map((p) => [p.paragraph, p.title]),
    causes: s.causes.map((p) => p.paragraph),
    measures: s.measures.map((p) => p.paragraph),
  };
};

describe.each(MATERIALS.map((lines, k) => [k, lines] as const))("material %i", (_k, lines) => {
  const fromText = shape(paragraphsFromText(lines.join("\n")));
  test.each(["typed", "auto"] as const)("%s .docx reads the same as the .txt", async (mode) => {
    const doc = await readDocx(await docxFromLines(lines, mode), `m-${mode}.docx`);
    expect(shape(doc.paragraphs)).toEqual(fromText);
    if (mode === "auto") expect(doc.paragraphs.filter((p) => p.autoNumber).length).toBeGreaterThan(4);
  });
});
