import type { Rule } from "./types";

/** Each problem admitted must be answered by a measure. */
const rule: Rule = {
  id: "problem-unpaired",
  meta: {
    severity: "error",
    fixable: false,
    description: {
      zh: "每个查摆出的问题都应有对应的整改措施；没有措施回应的问题会被标出（可在“问题与措施”中改正配对，或插入措施模板）。",
      en: "A problem that no measure answers.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）深入开展理论学习。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n（二）联系群众不够紧密，下基层调研次数少。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）深入开展理论学习。",
    },
  },
  create(context) {
    for (const id of context.doc.unpairedProblems) {
      const problem = context.doc.problems.find((p) => p.id === id);
      if (!problem) continue;
      context.report({
        paragraph: problem.paragraph,
        message: `问题“${clip(problem.title)}”没有对应的整改措施`,
        data: { problem: id },
      });
    }
  },
};

function clip(text: string): string {
  return text.length > 24 ? text.slice(0, 23) + "…" : text;
}
export default rule;
