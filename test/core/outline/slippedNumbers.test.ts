/**
 * A list whose numbers change form part way (1. 2. （三）, or （一）（二） 3.) is one list: every
 * line of it is an item, paired as such, and the slip is a matter of form (numbering-format),
 * not a jump (numbering-sequence). Invalid: points under an item are another level, and
 * numbers that do not run on are not one list.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const material = (measures: string[]) =>
  [
    "关于2023年度民主生活会个人对照检查材料",
    "现将个人对照检查情况报告如下。",
    "一、存在的问题",
    "（一）理论学习不够深入。学习满足于读原文，联系实际不够。",
    "（二）调查研究不够扎实。下基层走马观花，解决问题不多。",
    "（三）担当作为不够有力。遇到矛盾绕着走。",
    "二、原因分析",
    "（一）理想信念有所松懈。",
    "（二）宗旨意识有所淡化。",
    "三、整改措施",
    ...measures,
    "以上对照检查，请同志们批评指正。",
  ].join("\n");

const STUDY = "深化理论学习。每周集中学习一次，联系实际谈体会。";
const SURVEY = "改进调查研究。每季度到联系点蹲点调研，解决实际问题。";
const DUTY = "勇于担当作为。对矛盾问题敢于较真碰硬，每月督办一次。";

const measuresOf = (measures: string[]) => analyzeStructure(paragraphsFromText(material(measures))).measures.map((m) => m.marker?.raw.trim() ?? null);

test.each([
  [["1." + STUDY, "2." + SURVEY, "（三）" + DUTY], ["1.", "2.", "（三）"]],
  [["（一）" + STUDY, "（二）" + SURVEY, "3." + DUTY], ["（一）", "（二）", "3."]],
  [["一、" + STUDY, "（二）" + SURVEY, "（三）" + DUTY], ["一、", "（二）", "（三）"]],
])("%j is one list of three measures", (lines, markers) => {
  expect(measuresOf(lines)).toEqual(markers);
});

test("invalid: 1. 2. points under （一） stay its points; numbers that do not run on are not one list", () => {
  const doc = analyzeStructure(paragraphsFromText(material(["（一）" + STUDY, "1.每月集中学习1次。", "2.每季度撰写体会1篇。", "（二）" + SURVEY, "（三）" + DUTY])));
  expect(doc.measures.map((m) => m.marker?.raw.trim())).toEqual(["（一）", "（二）", "（三）"]);
  expect(doc.measures[0]!.points.length).toBe(2);
  // 1. 2. then （四）: not a list numbered on (a gap), so the lists stay apart as before.
  expect(measuresOf(["1." + STUDY, "2." + SURVEY, "（四）" + DUTY])).not.toEqual(["1.", "2.", "（四）"]);
});
