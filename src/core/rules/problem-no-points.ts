import type { Rule } from "./types";

/** A problem item should set out concrete points (一是…二是…). */
const rule: Rule = {
  id: "problem-no-points",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "每个问题应分条列出具体表现（一是……二是……），只有一句概括的问题显得空泛。",
      en: "A problem stated without concrete points.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。一是学习不够系统，全年缺席中心组学习2次；二是学用结合不紧。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。",
    },
  },
  create(context) {
    for (const problem of context.doc.problems) {
      if (problem.points.length > 0) continue;
      // A long item with several sentences may set out its points without ordinals.
      const sentences = problem.body.split(/[。！？；]/).filter((s) => s.trim().length >= 8).length;
      if (sentences >= 4) continue;
      context.report({
        paragraph: problem.paragraph,
        message: "这个问题没有分条列出具体表现（一是……二是……）",
        data: { problem: problem.id },
      });
    }
  },
};
export default rule;
