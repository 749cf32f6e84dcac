/**
 * The section level used again inside a section (issue 9, dev-216, dev-217): 一、 二、 三、 under
 * 三、整改措施, each with （一）（二） points, are the measures; so are every section's 一、 lists
 * under the section headings 一、 二、 三、. Lines of the section level that do not start
 * again at 1 and run on are no such list.
 */
import { analyze } from "../../../src/core/analyze";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { beforeMeasures } from "../../helpers/madeUp";

const HEAD = beforeMeasures("某局党组2022年度民主生活会对照检查材料", "按照要求，现将对照检查情况报告如下。");
const CLOSING = "以上对照检查，请同志们批评指正。";
const read = (measures: string[], head = HEAD) => {
  const lines = [...head, ...measures, CLOSING];
  const text = lines.join("\n");
  const doc = analyzeStructure(paragraphsFromText(text));
  const findings = analyze(paragraphsFromText(text), { hostKind: "text" }).findings;
  return {
    measures: doc.measures.map((m) => lines[m.paragraph]!.slice(0, 3)),
    points: doc.measures.map((m) => m.points.length),
    alarms: findings.filter((f) => ["measure-unpaired", "problem-unpaired", "numbering-sequence"].includes(f.rule)).map((f) => `${f.rule}@${f.paragraph}`),
  };
};

const CN_HEADS = [
  "一、加强理论学习，提升政治能力",
  "（一）坚持第一议题制度，每次学习联系工作谈认识。",
  "（二）开展读书班，班子成员每年撰写理论文章一篇。",
  "二、密切联系群众，改进调研方式",
  "（一）班子成员每月到基层调研两次。",
  "（二）建立群众诉求台账，限时回应。",
  "三、强化廉洁风险防控",
  "（一）开展采购专项检查。",
  "（二）对下属单位采购实行全程监督。",
];

describe("the section level used again inside the measures", () => {
  test("valid: 一、 二、 三、 under 三、整改措施 are the measures, their （一）（二） points", () => {
    const r = read(CN_HEADS);
    expect(r.measures).toEqual(["一、加", "二、密", "三、强"]);
    expect(r.points).toEqual([2, 2, 2]);
    expect(r.alarms).toEqual([]);
  });

  test("valid: every section's list numbered 一、 under the section headings 一、 二、 三、", () => {
    const head = [
      "某局党组2023年度民主生活会对照检查材料",
      "按照要求，现将对照检查情况报告如下。",
      "一、存在的问题",
      "一、理论学习方面。学习笔记以摘抄为主，结合实际研讨不够。",
      "二、联系群众方面。深入基层调研偏少，对群众诉求回应不及时。",
      "三、廉洁自律方面。对下属单位采购监督不到位。",
      "二、原因分析",
      "一、理想信念有所松懈。",
      "二、宗旨意识有所淡化。",
      "三、整改措施",
    ];
    const lines = [...head, ...CN_HEADS, CLOSING];
    const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
    expect(doc.problems.map((p) => lines[p.paragraph]!.slice(0, 2))).toEqual(["一、", "二、", "三、"]);
    expect(doc.causes).toHaveLength(2);
    expect(doc.measures.map((m) => lines[m.paragraph]!.slice(0, 3))).toEqual(["一、加", "二、密", "三、强"]);
  });

  test("invalid: section-level lines that do not run 1, 2, 3 from 1 leave the （一） items", () => {
    // 一、 then 三、: a gap, no list of their own.
    const gapped = CN_HEADS.map((l) => (l.startsWith("二、") ? l.replace("二、", "三、") : l.startsWith("三、") ? l.replace("三、", "四、") : l));
    expect(read(gapped).measures).toEqual(["（一）", "（二）", "（一）", "（二）", "（一）", "（二）"]);
  });

  test("invalid: a single section-level line inside the measures is no list", () => {
    const r = read(["（一）坚持第一议题制度。", "一、开展读书班。", "（二）班子成员每月到基层调研两次。", "（三）开展采购专项检查。"]);
    expect(r.measures).toEqual(["（一）", "（二）", "（三）"]);
  });
});
