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

test("numbers inline over several paragraphs, （一）……。（二）……。 then （三）……。（四）……。: one cause per number", () => {
  expect(causesOf(["（一）理想信念有所淡化。（二）宗旨意识有所弱化。", "（三）纪律观念有所松懈。（四）作风要求有所放松。"])).toEqual([
    "（一）理想信念有所淡化。",
    "（二）宗旨意识有所弱化。",
    "（三）纪律观念有所松懈。",
    "（四）作风要求有所放松。",
  ]);
  expect(causesOf(["1.理想信念有所淡化。2.宗旨意识有所弱化。", "3.纪律观念有所松懈。"])).toHaveLength(3);
});

test("invalid: numbers that run on without the inline ones, or another form inline, stay as written", () => {
  // （二） on the next line: the inline （二） is the first cause's own words.
  expect(causesOf(["（一）理想信念有所淡化。（二）宗旨意识有所弱化。", "（二）纪律观念有所松懈。"])).toHaveLength(2);
  // 2. inside （一）'s paragraph is another form: a point, not the next cause.
  expect(causesOf(["（一）思想上的原因。1.理想信念有所淡化。2.宗旨意识有所弱化。", "（二）纪律观念有所松懈。"])).toHaveLength(2);
});

test("the last paragraph numbered on inline (（一）…… then （二）……。（三）……。) is split too", () => {
  expect(causesOf(["（一）理想信念有所淡化。", "（二）宗旨意识有所弱化。（三）纪律观念有所松懈。"])).toHaveLength(3);
});

test("a paragraph of inline causes broken mid-sentence (text from a PDF) keeps its last cause's end on the next line", () => {
  const numbered = analyzeStructure(paragraphsFromText(material(["（一）理想信念有所淡化。（二）宗旨意识有所弱化。（三）纪律观念有所", "松懈。"])));
  expect(numbered.causes.map((c) => c.title)).toEqual(["（一）理想信念有所淡化。", "（二）宗旨意识有所弱化。", "（三）纪律观念有所"]);
  expect(numbered.causes[2]!.body).toContain("松懈。");
  const ordinals = analyzeStructure(paragraphsFromText(material(["一是理想信念有所淡化；二是宗旨意识有所弱化；三是纪律观念有所", "松懈。"])));
  expect(ordinals.causes).toHaveLength(3);
  expect(ordinals.causes[2]!.end).toBe(ordinals.causes[2]!.paragraph + 1);
});

test("invalid: a paragraph that ends its sentence, or a numbered line after it, is not read as a broken paragraph (the reading stays as before)", () => {
  expect(causesOf(["（一）理想信念有所淡化。（二）宗旨意识有所弱化。", "这些原因归根到底是党性修养不够。"])).toHaveLength(1);
  expect(causesOf(["（一）理想信念有所淡化。（二）宗旨意识有所弱化，", "1.纪律观念有所松懈。"])).toHaveLength(1);
});

test("numbers inline in another form go on from the line's own (1.……。（2）……。 then 3.……。（4）……。), unless the line holds a list of its own", () => {
  expect(causesOf(["1.理想信念有所淡化。（2）宗旨意识有所弱化。", "3.纪律观念有所松懈。（4）作风要求有所放松。"])).toHaveLength(4);
  // 1. 2. 3. 4. inside （三）'s paragraph are its points: 4. is no fourth cause.
  expect(causesOf(["（一）理想信念有所淡化。", "（二）宗旨意识有所弱化。", "（三）纪律观念有所松懈。1.纪律学习少。2.要求放松。3.监督不够。4.警示不足。"])).toHaveLength(3);
});
