/**
 * The parts of a short made-up material that tests of the measures section share:
 * three problems and two causes, each part under its 一、/二、 heading. Tests put a
 * title (and a preface) before them and their own measures after.
 */
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
