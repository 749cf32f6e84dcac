import { ROOTS, rootsIn } from "../terms/roots";
import type { Rule } from "./types";

/**
 * The causes as a whole should reach the author's own roots — 理想信念, 宗旨意识,
 * 党性修养, 纪律规矩 — and there should be more than one: a single cause, or causes
 * that name none of the roots, is the shallow 原因分析 reviewers send back.
 */
const rule: Rule = {
  id: "causes-roots-missing",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "原因分析应从理想信念、宗旨意识、党性修养、纪律规矩等方面深挖思想根源，一般写三至四条；只有一条原因，或各条原因都没有触及这些根源，显得剖析不深。",
      en: "The causes never reach the author's own roots (理想信念, 宗旨意识, 党性修养, 纪律规矩), or there is only one cause.",
    },
    examples: {
      correct:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。2024年缺席中心组学习2次。\n二、原因分析\n（一）理想信念有所松懈，理论学习的自觉性不强。\n（二）宗旨意识有所淡化，群众观念树得不牢。\n三、整改措施\n（一）每月集中学习1次。",
      incorrect:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。2024年缺席中心组学习2次。\n二、原因分析\n（一）工作方法不够科学，统筹安排不够合理。\n（二）业务知识更新不及时，对新情况研究不多。\n三、整改措施\n（一）每月集中学习1次。",
    },
  },
  create(context) {
    const { doc } = context;
    if (!doc.reading.material) return;
    const section = doc.sections.find((s) => s.kind === "causes");
    if (!section || doc.causes.length === 0) return;
    const text = doc.causes.map((c) => c.body).join("\n");
    const where = section.headingParagraph ?? doc.causes[0]!.paragraph;
    const reached = rootsIn(text);
    // Causes written inline (一是……二是……) may stand in one item: count the ordinals too.
    const sectionText = doc.paragraphs
      .slice(section.start, section.end + 1)
      .map((p) => p.text)
      .join("\n");
    const ordinals = new Set(sectionText.match(/[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|首先|其次/g) ?? []).size;
    const single = doc.causes.length === 1 && doc.causes[0]!.points.length < 2 && ordinals < 2;
    if (reached.length === 0) {
      context.report({
        paragraph: where,
        message: `原因分析没有触及${ROOTS.map((r) => r.label).join("、")}等思想根源，只从工作层面找原因，剖析不够深刻`,
        data: { roots: [], causes: doc.causes.length },
      });
    } else if (single) {
      context.report({
        paragraph: where,
        message: `原因分析只有一条，只涉及${reached.map((r) => r.label).join("、")}；一般应从${ROOTS.map((r) => r.label).join("、")}等方面分条剖析`,
        data: { roots: reached.map((r) => r.id), causes: 1 },
      });
    }
  },
};
export default rule;
