import type { Item } from "../model";
import type { Rule } from "./types";

/**
 * Below this many characters after the heading sentence, an item without points
 * is a one-line summary: it names a problem but sets out none of its instances.
 */
const MIN_DESCRIPTION = 30;

/** The item's text after its heading sentence, without spaces. */
function description(problem: Item): string {
  const body = problem.body.startsWith(problem.title) ? problem.body.slice(problem.title.length) : problem.body;
  return body.replace(/[\s\u3000]/g, "");
}

/**
 * A problem item should set out concrete points (一是…二是…, or sub-items); one
 * that is only its heading sentence is a slogan, not a problem found. An item
 * that describes its problem in prose without ordinals is left alone.
 */
const rule: Rule = {
  id: "problem-no-points",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "每个问题应列出具体表现（一是……二是……，或分段展开），只有一句概括的问题显得空泛。",
      en: "A problem stated in one sentence, without the points that show it.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。一是学习不够系统，全年缺席中心组学习2次；二是学用结合不紧。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n（二）联系群众不够紧密。",
    },
    scope: "material",
  },
  create(context) {
    for (const problem of context.doc.problems) {
      if (problem.points.length > 0) continue;
      if (description(problem).length >= MIN_DESCRIPTION) continue;
      context.report({
        paragraph: problem.paragraph,
        message: "该问题只有一句概括，没有列出具体表现（一是……二是……）",
        data: { problem: problem.id },
      });
    }
  },
};
export default rule;
