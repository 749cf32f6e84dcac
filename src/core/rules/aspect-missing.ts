import { quoted } from "./messages";
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
    // The 2022 notice's six aspects (“六个带头”): all six covered, or only the first four.
    examples: {
      correct:
        "××局党组2022年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在问题\n（一）在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面。\n（二）在带头用习近平新时代中国特色社会主义思想凝心铸魂方面。\n（三）在带头坚持和加强党的全面领导方面。\n（四）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面。\n（五）在带头发扬斗争精神，防范化解风险挑战方面。\n（六）在带头落实全面从严治党政治责任方面。",
      incorrect:
        "××局党组2022年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在问题\n（一）在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面。\n（二）在带头用习近平新时代中国特色社会主义思想凝心铸魂方面。\n（三）在带头坚持和加强党的全面领导方面。\n（四）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面。",
    },
    scope: "material",
  },
  create(context) {
    const { profile, uncoveredAspects } = context.doc;
    if (!profile) return;
    for (const id of uncoveredAspects) {
      const aspect = profile.aspects.find((a) => a.id === id);
      context.report({
        paragraph: context.doc.sections.find((s) => s.kind === "problems")?.headingParagraph ?? null,
        message: `没有问题对应${quoted(aspect?.label ?? id)}这一方面`,
        data: { aspect: id, label: aspect?.label ?? id },
      });
    }
  },
};
export default rule;
