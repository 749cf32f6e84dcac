import type { Rule } from "./types";

/**
 * A document that is not a 对照检查材料 at all (a notice about the meeting, a
 * speech, minutes, a story): said once, and the structural checks are not run
 * (rules with `scope: "material"`), so it gets no storm of findings.
 */
const rule: Rule = {
  id: "not-material",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "这份文档看起来不是对照检查材料（如通知、讲话、会议记录），因此未检查其结构；如确为对照检查材料，请检查标题和“存在问题”“原因分析”“整改措施”等部分的标题。",
      en: "The document does not look like a self-examination material; its structure was not checked.",
    },
    examples: {
      correct: "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）学习不够深入。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）加强学习。",
      incorrect: "关于召开2024年度民主生活会的通知\n各党支部：\n现将有关事项通知如下。\n一、会议时间\n2025年1月。",
    },
  },
  create(context) {
    const { doc } = context;
    if (doc.reading.material || !doc.paragraphs.some((p) => p.text.trim())) return;
    context.report({
      paragraph: null,
      message: `这份文档看起来不是对照检查材料：${doc.reading.confidence.reasons[0] ?? "未找到相应的部分"}。未检查结构，只检查了文字。`,
    });
  },
};
export default rule;
