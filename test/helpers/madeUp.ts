/**
 * The parts of a short made-up material that tests of the measures section share:
 * three problems and two causes, each part under its 一、/二、 heading. Tests put a
 * title (and a preface) before them and their own measures after.
 */
import { analyze } from "../../src/core/analyze";
import { analyzeStructure } from "../../src/core/structure";
import { paragraphsFromText } from "../../src/host/text";

export const PROBLEMS_AND_CAUSES: readonly string[] = [
  "一、存在的问题",
  "（一）理论学习不够深入。学习笔记以摘抄为主，结合实际研讨不够。",
  "（二）联系群众不够紧密。深入基层调研偏少，对群众诉求回应不及时。",
  "（三）廉洁风险防控不严。对下属单位采购监督不到位。",
  "二、原因分析",
  "（一）理想信念有所松懈。",
  "（二）宗旨意识有所淡化。",
];

/** Title, preface, the problems and causes above, then the heading 三、整改措施. */
export function beforeMeasures(title: string, preface: string): string[] {
  return [title, preface, ...PROBLEMS_AND_CAUSES, "三、整改措施"];
}

/** The parts of the measures-tail tests' material: a head up to 三、整改措施, three measures, a closing line. */
export const MEASURES_TAIL_PARTS = {
  head: beforeMeasures("某局党组2024年度民主生活会对照检查材料", "按照要求，现将对照检查情况报告如下。"),
  measures: ["（一）加强理论学习，每月集中学习一次。", "（二）密切联系群众，每月到基层调研两次。", "（三）强化廉洁风险防控，开展采购专项检查。"],
  closing: "以上对照检查，请同志们批评指正。",
} as const;

/**
 * That material with `tail` (a part after the measures: 保障措施, 下一步打算…) between its
 * measures and its closing, read by the structure alone and by the whole analysis.
 */
export function readWithMeasuresTail(tail: readonly string[]) {
  const { head, measures, closing } = MEASURES_TAIL_PARTS;
  const lines = [...head, ...measures, ...tail, closing];
  const text = lines.join("\n");
  return { lines, doc: analyzeStructure(paragraphsFromText(text)), findings: analyze(paragraphsFromText(text), { hostKind: "text" }).findings };
}
