import type { Rule } from "./types";

/**
 * The problems follow the aspects of another year's notice than the title names
 * (a 2022 material built on the 2019 five goals): reused material, worth a
 * warning rather than an error.
 */
const rule: Rule = {
  id: "aspect-year-mismatch",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "问题所对照的方面与标题所写年度的通知不一致，可能沿用了往年材料；请按本年度通知的方面查摆。",
      en: "The problems follow another year's aspects than the title names.",
    },
    // A 2022 material checked against the 2022 notice's six aspects, and one built on the
    // five goals of the 2019 主题教育.
    examples: {
      correct:
        "××局党组2022年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在问题\n（一）在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面。\n（二）在带头用习近平新时代中国特色社会主义思想凝心铸魂方面。\n（三）在带头坚持和加强党的全面领导方面。\n（四）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面。\n（五）在带头发扬斗争精神，防范化解风险挑战方面。\n（六）在带头落实全面从严治党政治责任方面。",
      incorrect:
        "××局党组2022年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在问题\n（一）理论学习有收获方面。\n（二）思想政治受洗礼方面。\n（三）干事创业敢担当方面。\n（四）为民服务解难题方面。\n（五）清正廉洁作表率方面。",
    },
    scope: "material",
  },
  create(context) {
    const warning = context.doc.aspectYearWarning;
    if (!warning) return;
    context.report({
      paragraph: context.doc.title?.paragraph ?? null,
      message: warning.message,
      data: { documentYear: warning.documentYear, aspectYear: warning.aspectYear, profile: warning.profileId },
    });
  },
};
export default rule;
