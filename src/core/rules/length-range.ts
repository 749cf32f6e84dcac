import { withoutSpaces } from "./text";
import type { Rule } from "./types";

/**
 * A paragraph's non-space characters; materials are measured by characters, not words.
 * (withoutSpaces keeps the stripped text by paragraph text in the pane's reading memo: after
 * an edit only the changed paragraphs are measured, not every one of a long document.)
 */
function paragraphSize(text: string): number {
  return withoutSpaces(text).length;
}

/** Customary lengths (domain research: real materials run about 3,000–10,000 characters). */
export const LENGTH_LIMITS = { minTotal: 1500, maxTotal: 20000, minProblemsShare: 0.3 };

/**
 * A material far too short is most likely unfinished (a warning); one too long, or
 * with a thin problems section, is a matter of judgement (hints).
 */
const rule: Rule = {
  id: "length-range",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "全文或某一部分明显过短或过长：材料通常在三千到一万字之间，查摆问题部分应占主要篇幅。",
      en: "The whole, or one section, is far shorter or longer than usual.",
    },
    examples: {
      correct: "对照检查材料\n" + "现报告如下。".repeat(300),
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。",
    },
    scope: "material",
  },
  create(context) {
    const { doc } = context;
    const total = doc.paragraphs.reduce((n, p) => n + paragraphSize(p.text), 0);
    if (total === 0) return;
    if (total < LENGTH_LIMITS.minTotal) {
      context.report({ paragraph: null, message: `全文约 ${total} 字，明显偏短（通常三千字以上）`, data: { total } });
    } else if (total > LENGTH_LIMITS.maxTotal) {
      context.report({ paragraph: null, severity: "info", message: `全文约 ${total} 字，明显偏长`, data: { total } });
    }
    const problems = doc.sections.find((s) => s.kind === "problems");
    if (problems && total >= LENGTH_LIMITS.minTotal) {
      const part = doc.paragraphs.slice(problems.start, problems.end + 1).reduce((n, p) => n + paragraphSize(p.text), 0);
      if (part / total < LENGTH_LIMITS.minProblemsShare) {
        context.report({
          paragraph: problems.headingParagraph ?? problems.start,
          severity: "info",
          message: `“存在问题”部分约 ${part} 字，只占全文的 ${Math.round((part / total) * 100)}%，查摆问题应是材料的主体`,
          data: { section: "problems", size: part, total },
        });
      }
    }
  },
};
export default rule;
