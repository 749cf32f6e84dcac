import type { Rule } from "./types";

/** Every aspect of the year's notice needs a problem item. */
const rule: Rule = {
  id: "aspect-missing",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "按通知要求，每个方面都应查摆问题；未被任何问题覆盖的方面会列出，可用“插入”补上该方面的问题模板。",
      en: "An aspect of the profile is not covered by any problem.",
    },
    examples: {
      correct: "2022年度民主生活会对照检查材料\n现报告如下。\n一、存在问题\n（一）在带头深刻领悟“两个确立”的决定性意义方面。",
      incorrect: "2022年度民主生活会对照检查材料\n现报告如下。\n一、存在问题\n二、原因分析",
    },
  },
  create(context) {
    const { profile, uncoveredAspects } = context.doc;
    if (!profile) return;
    for (const id of uncoveredAspects) {
      const aspect = profile.aspects.find((a) => a.id === id);
      context.report({
        paragraph: context.doc.sections.find((s) => s.kind === "problems")?.headingParagraph ?? null,
        message: `没有问题对应“${aspect?.label ?? id}”这一方面`,
        data: { aspect: id },
      });
    }
  },
};
export default rule;
