import { SECTION_LABEL } from "../labels";
import type { Rule } from "./types";

/** The sections the profile requires (by default 前言, 存在问题, 原因分析, 整改措施). */
const rule: Rule = {
  id: "section-missing",
  meta: {
    severity: "error",
    fixable: false,
    description: {
      zh: "对照检查材料应包含前言、存在问题、原因分析、整改措施等必备部分；缺少的部分可用“插入”补上模板。",
      en: "A required section (preface, problems, causes, measures…) is absent.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）加强学习。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n二、整改措施\n（一）加强学习。",
    },
    scope: "material",
  },
  create(context) {
    // Where the reader is unsure which lines head the sections, a section it did not find
    // may be there under a heading it did not recognise: it says so, at a lower level.
    for (const kind of context.doc.missingSections) {
      const sure = !context.doc.reading.possibleKinds.includes(kind);
      context.report({
        paragraph: null,
        message: sure ? `缺少“${SECTION_LABEL[kind]}”部分` : `未找到“${SECTION_LABEL[kind]}”部分（结构读取不确定，请核对各部分标题）`,
        data: { kind, ...(sure ? {} : { unsure: true }) },
        ...(sure ? {} : { severity: "warning" as const }),
      });
    }
  },
};
export default rule;
