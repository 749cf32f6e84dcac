import { SECTION_ORDER, type SectionKind } from "../model";
import { SECTION_LABEL } from "../labels";
import type { Rule } from "./types";

const RANK = new Map<SectionKind, number>(SECTION_ORDER.map((k, i) => [k, i]));

/** 上年度整改 → 存在问题 → 原因分析 → 整改措施 → 个人有关事项 → 结尾. */
const rule: Rule = {
  id: "section-order",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "各部分应按惯例顺序排列：上年度整改落实情况、存在问题、原因分析、整改措施、个人有关事项。",
      en: "Sections should follow the customary order.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）加强学习。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n二、整改措施\n（一）加强学习。\n三、原因分析\n（一）放松学习。",
    },
    scope: "material",
  },
  create(context) {
    let highest: { kind: SectionKind; rank: number } | null = null;
    for (const section of context.doc.sections) {
      const rank = RANK.get(section.kind);
      if (rank === undefined || section.kind === "other") continue;
      if (highest && rank < highest.rank) {
        context.report({
          paragraph: section.headingParagraph ?? section.start,
          message: `“${SECTION_LABEL[section.kind]}”应放在“${SECTION_LABEL[highest.kind]}”之前`,
          data: { kind: section.kind, after: highest.kind },
        });
      } else if (!highest || rank > highest.rank) {
        highest = { kind: section.kind, rank };
      }
    }
  },
};
export default rule;
