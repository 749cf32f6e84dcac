/**
 * Numbered labels that sort the measures by when they are done (（一）立行立改的 （二）长期坚持的),
 * with the list starting again at 1 under each (dev-152): the labels head groups and the points
 * are the measures. Invalid: labels that say what is done (（一）在理论学习上下功夫) stay the
 * measures, their 1. 2. their points.
 */
import { analyze } from "../../../src/core/analyze";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { beforeMeasures } from "../../helpers/madeUp";

const HEAD = beforeMeasures("某局党支部2023年度组织生活会对照检查材料", "现将对照检查情况报告如下。");
const measuresUnder = (first: string, second: string) => [
  first,
  "1.修订采购管理办法，2023年12月底前完成。",
  "2.建立群众诉求台账，一周内回复。",
  second,
  "1.每月集中研讨一次，结合实际撰写体会。",
  "2.每半年检查一次下属单位采购。",
];
const read = (lines: string[]) => {
  const text = [...lines, "以上对照检查，请同志们批评指正。"].join("\n");
  const doc = analyzeStructure(paragraphsFromText(text));
  return {
    measures: doc.measures.map((m) => lines[m.paragraph]!.slice(0, 6)),
    groups: doc.groups.filter((g) => g.section === "measures").map((g) => [lines[g.paragraph]!.slice(0, 7), g.items.length]),
    numbering: analyze(paragraphsFromText(text), { hostKind: "text" }).findings.filter((f) => f.rule === "numbering-sequence").length,
  };
};

test.each([
  ["（一）立行立改的", "（二）长期坚持的"],
  ["（一）近期整改事项", "（二）中长期整改事项"],
  ["（一）立即整改的问题", "（二）持续推进的事项"],
])("%s / %s over lists starting again at 1: the points are the measures, the labels their groups", (first, second) => {
  const out = read([...HEAD, ...measuresUnder(first, second)]);
  expect(out.measures).toEqual(["1.修订采购", "2.建立群众", "1.每月集中", "2.每半年检"]);
  expect(out.groups).toEqual([
    [first.slice(0, 7), 2],
    [second.slice(0, 7), 2],
  ]);
  expect(out.numbering).toBe(0);
});

test("invalid: labels that say what is done, or only one label sorting by time, stay the measures", () => {
  expect(read([...HEAD, ...measuresUnder("（一）在廉洁自律上下功夫", "（二）在理论学习上下功夫")]).measures).toEqual(["（一）在廉洁", "（二）在理论"]);
  expect(read([...HEAD, ...measuresUnder("（一）立行立改的", "（二）在理论学习上下功夫")]).measures).toEqual(["（一）立行立", "（二）在理论"]);
});
