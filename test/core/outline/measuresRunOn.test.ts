/**
 * Measures numbered on from the causes with no heading of their own: the section numbers go on
 * (二、原因分析 … 三、坚持学思践悟，筑牢思想根基。四、……), or the causes and the measures share one
 * heading and one list (二、原因分析和整改措施 1. 2. causes, 3. 4. 5. measures). Invalid: causes that
 * read as what is lacking, numbers that do not run on, a material with a measures heading, and
 * measures with nothing before them stay as read before.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { analyze } from "../../../src/core/analyze";

const problems = [
  "某县发改局党组书记2022年度民主生活会个人对照检查材料",
  "现将个人对照检查情况报告如下。",
  "一、存在的问题",
  "1.理论学习不够深入。对新思想学习停留在读原文层面。",
  "2.担当作为不够有力。面对项目审批难点，主动破解不够。",
  "3.联系群众不够紧密。深入企业调研全年仅6次。",
];
const closing = ["以上对照检查，请同志们批评指正。"];

const read = (lines: string[]) => analyzeStructure(paragraphsFromText(lines.join("\n")));
const kinds = (lines: string[]) => read(lines).sections.map((s) => `${s.kind}@${s.start}`);

const sectionLevel = [
  ...problems,
  "二、产生问题的原因",
  "一是理想信念有所松懈。二是宗旨意识有所淡化。三是纪律要求有所放松。",
  "三、坚持学思践悟，筑牢思想根基。制定个人学习计划，每周至少学习4小时。",
  "四、勇于担当作为，攻坚项目难点。对重点项目审批难点实行清单管理。",
  "五、践行群众路线，密切干群关系。每月深入企业调研不少于2次。",
  ...closing,
];

const oneList = [
  ...problems,
  "二、原因分析和整改措施",
  "1.理想信念有所淡化。对理论学习的重要性认识不足。",
  "2.宗旨意识有所弱化。习惯于坐在机关谋划工作。",
  "3.加强理论学习。每月集中学习2次。",
  "4.创新服务方式。建立项目审批难点清单。",
  "5.加强调查研究。每月到企业调研不少于2次。",
  ...closing,
];

test("measures numbered on at the section level (三、四、五 after 二、原因) are the measures section", () => {
  const doc = read(sectionLevel);
  expect(kinds(sectionLevel)).toEqual(["title@0", "preface@1", "problems@2", "causes@6", "measures@8", "closing@11"]);
  expect(doc.measures.map((m) => m.paragraph)).toEqual([8, 9, 10]);
  expect(doc.causes).toHaveLength(3);
  expect(doc.missingSections).toEqual([]);
});

test("causes and measures in one running list under one heading: the measures start where the list turns to what will be done", () => {
  const doc = read(oneList);
  expect(kinds(oneList)).toEqual(["title@0", "preface@1", "problems@2", "causes@6", "measures@9", "closing@12"]);
  expect(doc.causes.map((c) => c.paragraph)).toEqual([7, 8]);
  expect(doc.measures.map((m) => m.title)).toEqual(["3.加强理论学习。", "4.创新服务方式。", "5.加强调查研究。"]);
});

test("the measures numbered on raise no missing section, no unpaired problem and no numbering slip", () => {
  for (const lines of [sectionLevel, oneList]) {
    const { findings } = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text" });
    const rules = findings.filter((f) => ["section-missing", "problem-unpaired", "measure-unpaired", "numbering-sequence"].includes(f.rule));
    expect(rules).toEqual([]);
  }
});

test("invalid: causes that say what is lacking stay causes, however they begin", () => {
  const lines = [...problems, "二、原因分析", "1.理想信念有所淡化。", "2.加强学习的自觉性不够。", "3.坚持原则的勇气不足。", ...closing];
  expect(read(lines).sections.some((s) => s.kind === "measures")).toBe(false);
  expect(read(lines).causes).toHaveLength(3);
});

test("invalid: numbers that do not run on from the causes (a new list 1. 2.) are not measures numbered on", () => {
  const lines = [...problems, "二、原因分析", "1.理想信念有所淡化。", "2.宗旨意识有所弱化。", "1.加强理论学习。每月集中学习2次。", "2.加强调查研究。每月到企业调研。", ...closing];
  expect(read(lines).sections.some((s) => s.kind === "measures")).toBe(false);
});

test("invalid: with a measures heading in the material, the causes keep their lines", () => {
  const lines = [...problems, "二、原因分析", "1.理想信念有所淡化。", "2.宗旨意识有所弱化。", "3.加强理论学习。每月集中学习2次。", "4.加强调查研究。每月调研。", "三、整改措施", "1.加强学习。每月学习。", ...closing];
  const doc = read(lines);
  expect(doc.sections.filter((s) => s.kind === "measures").map((s) => s.start)).toEqual([11]);
  expect(doc.causes).toHaveLength(4);
});

test("invalid: a causes section that is all measures-like lines, with no cause before them, is left as read", () => {
  const lines = [...problems, "二、原因分析", "1.加强理论学习。每月集中学习2次。", "2.加强调查研究。每月调研。", ...closing];
  expect(read(lines).sections.some((s) => s.kind === "measures")).toBe(false);
});

test("the causes heading's number in another form: 第二部分 原因 … 三、四、五 (a form not seen before) go on from it", () => {
  const parts = sectionLevel.map((l) => l.replace(/^一、/, "第一部分　").replace(/^二、/, "第二部分　"));
  expect(read(parts).measures.map((m) => m.paragraph)).toEqual([8, 9, 10]);
});

test("invalid: a form already used as items before the causes starts afresh there, not on from the heading", () => {
  const lines = [
    ...problems.slice(0, 2),
    "第一部分　存在的问题",
    "一、理论学习不够深入。停留在读原文层面。",
    "二、担当作为不够有力。主动破解不够。",
    "第二部分　原因分析",
    "一是理想信念有所松懈。二是宗旨意识有所淡化。",
    "三、加强理论学习。每周至少学习4小时。",
    "四、加强调查研究。每月调研不少于2次。",
    ...closing,
  ];
  expect(read(lines).sections.some((s) => s.kind === "measures" && s.headingParagraph === null)).toBe(false);
});
