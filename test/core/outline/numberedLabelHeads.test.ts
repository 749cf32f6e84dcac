/**
 * Unnumbered group heads that differ only in a numeral (针对问题一： 针对问题二： 针对问题三：) over
 * measures 1. 2. starting again under each are all groups, the first no lead sentence; each
 * group answers its problem. A lead with lead words before such heads stays a lead.
 */
import { analyze } from "../../../src/core/analyze";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { beforeMeasures } from "../../helpers/madeUp";

const HEAD = beforeMeasures("某局党组2024年度民主生活会对照检查材料", "按照要求，现将对照检查情况报告如下。");
const CLOSING = "以上对照检查，请同志们批评指正。";
const GROUPS = [
  "针对问题一：",
  "1.坚持第一议题制度，每月集中学习一次。",
  "2.每季度开展一次专题研讨。",
  "针对问题二：",
  "1.班子成员每月到基层走访群众两次。",
  "2.建立群众诉求台账，限时回应。",
  "针对问题三：",
  "1.开展下属单位采购专项检查。",
  "2.修订采购管理办法。",
];
const read = (measures: string[]) => {
  const lines = [...HEAD, ...measures, CLOSING];
  const text = lines.join("\n");
  const doc = analyzeStructure(paragraphsFromText(text));
  const findings = analyze(paragraphsFromText(text), { hostKind: "text" }).findings;
  return {
    groups: doc.groups.filter((g) => g.section === "measures").map((g) => lines[g.paragraph]),
    measures: doc.measures.length,
    unpaired: findings.filter((f) => f.rule === "measure-unpaired" || f.rule === "problem-unpaired").length,
  };
};

test("valid: 针对问题一： 针对问题二： 针对问题三： are three groups over six measures, none unanswered", () => {
  expect(read(GROUPS)).toEqual({ groups: ["针对问题一：", "针对问题二：", "针对问题三："], measures: 6, unpaired: 0 });
});

test("valid: a lead sentence with lead words before the heads stays a lead, the heads still groups", () => {
  const r = read(["针对以上问题，整改措施如下：", ...GROUPS]);
  expect(r.groups).toEqual(["针对问题一：", "针对问题二：", "针对问题三："]);
  expect(r.measures).toBe(6);
});

test("invalid: a first line that differs from the heads in more than a numeral (为此，班子逐项抓好整改：) is no group", () => {
  const r = read(["为此，班子逐项抓好整改：", ...GROUPS]);
  expect(r.groups).toEqual(["针对问题一：", "针对问题二：", "针对问题三："]);
  expect(r.measures).toBe(6);
});
