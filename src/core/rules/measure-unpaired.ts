import { clip } from "../labels";
import type { Rule } from "./types";

/** A measure that answers none of the problems admitted. */
const rule: Rule = {
  id: "measure-unpaired",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "整改措施应针对查摆出的问题；不回应任何问题的措施会被标出。",
      en: "A measure that answers no problem.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）深入开展理论学习。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）深入开展理论学习。\n（二）完善财务报销审批流程，规范公务用车管理。",
    },
    scope: "material",
  },
  create(context) {
    // Without a problems section, section-missing says so once.
    if (!context.doc.sections.some((s) => s.kind === "problems")) return;
    for (const id of context.doc.unansweredMeasures) {
      const measure = context.doc.measures.find((m) => m.id === id);
      if (!measure) continue;
      const candidate = context.doc.pairCandidates.find((c) => c.measure === id);
      const problem = candidate && context.doc.problems.find((p) => p.id === candidate.problem);
      if (candidate && problem) {
        context.report({
          paragraph: measure.paragraph,
          message: `措施“${clip(measure.title, 24)}”没有明确回应的问题；是否回应问题“${clip(problem.title, 20)}”？请在“问题与措施”中确认`,
          data: { measure: id, candidate: problem.id, question: `pair:${problem.id}:${id}` },
          severity: "info",
        });
        continue;
      }
      context.report({
        paragraph: measure.paragraph,
        message: `措施“${clip(measure.title, 24)}”没有对应任何查摆出的问题`,
        data: { measure: id },
      });
    }
  },
};
export default rule;
