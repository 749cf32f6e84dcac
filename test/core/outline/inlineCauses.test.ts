/**
 * Causes written in one numbered paragraph, numbered on inline (（一）……。（二）……。（三）……), are one
 * cause per number, as 一是……二是…… in one paragraph already are. Invalid: numbers that do not run
 * on, and causes on lines of their own, stay as written.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const material = (causes: string[]) =>
  [
    "某镇党委班子2020年度民主生活会对照检查材料",
    "现将对照检查情况报告如下。",
    "一、存在的主要问题",
    "（一）理论学习不够系统。集中学习多、个人自学少。",
    "（二）担当作为不够有力。攻坚克难劲头不足。",
    "二、原因分析",
    ...causes,
    "三、整改措施",
    "（一）加强理论武装。每月至少集中学习2次。",
    "（二）勇于担当作为。对重点项目实行班子成员包联。",
  ].join("\n");

const causesOf = (causes: string[]) => analyzeStructure(paragraphsFromText(material(causes))).causes.map((c) => c.title);

test("（一）……。（二）……。（三）……。 in one paragraph: three causes", () => {
  expect(causesOf(["（一）理想信念有所淡化。（二）宗旨意识有所弱化。（三）纪律观念有所松懈。"])).toEqual([
    "（一）理想信念有所淡化。",
    "（二）宗旨意识有所弱化。",
    "（三）纪律观念有所松懈。",
  ]);
  expect(causesOf(["1.理想信念有所淡化；2.宗旨意识有所弱化；3.纪律观念有所松懈。"])).toHaveLength(3);
});

test("invalid: numbers that do not run on, or causes on lines of their own, stay as written", () => {
  expect(causesOf(["（一）理想信念有所淡化。（三）宗旨意识有所弱化。"])).toHaveLength(1);
  expect(causesOf(["（一）理想信念有所淡化。", "（二）宗旨意识有所弱化。"])).toEqual(["（一）理想信念有所淡化。", "（二）宗旨意识有所弱化。"]);
});
