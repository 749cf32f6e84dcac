import { isSubjective, OBJECTIVE_EXCUSES } from "../terms/roots";
import { quoted } from "./messages";
import type { Rule } from "./types";

/**
 * A cause should reach the author's own roots (理想信念, 宗旨意识, 党性修养, 纪律规矩).
 * One that names only workload, staffing, conditions, policy support, the epidemic
 * or age blames the situation: reviewers send such materials back. A cause that
 * mentions a circumstance but goes on to the author's own thinking is fine.
 */
const rule: Rule = {
  id: "cause-objective-only",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "原因分析应从主观上找根源（理想信念、宗旨意识、党性修养、纪律规矩）；只讲任务重、人手少、条件限制、疫情影响、年龄增长等客观原因，会被认为是在找借口。",
      en: "A cause that names only objective circumstances (workload, staffing, conditions, the epidemic, age) and no subjective root.",
    },
    examples: {
      correct:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。2024年缺席中心组学习2次。\n二、原因分析\n（一）理想信念有所松懈。虽然工作任务繁重，但根本上是理论学习的自觉性不强。\n三、整改措施\n（一）每月集中学习1次。",
      incorrect:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。2024年缺席中心组学习2次。\n二、原因分析\n（一）工作任务繁重。全局业务量大、人手少，学习时间被挤占。\n三、整改措施\n（一）每月集中学习1次。",
    },
  },
  create(context) {
    const { doc } = context;
    if (!doc.reading.material) return;
    for (const cause of doc.causes) {
      const text = cause.body;
      const excuses = [...new Set(text.match(OBJECTIVE_EXCUSES) ?? [])];
      if (excuses.length === 0 || isSubjective(text)) continue;
      const first = doc.paragraphs[cause.paragraph]?.text ?? "";
      const at = first.indexOf(excuses[0]!);
      context.report({
        paragraph: cause.paragraph,
        ...(at >= 0 ? { start: at, end: at + excuses[0]!.length } : {}),
        message: `该条原因只讲了${excuses.slice(0, 3).map(quoted).join("")}等客观因素，没有从理想信念、宗旨意识、党性修养、纪律规矩上找主观根源`,
        data: { cause: cause.id, excuses },
      });
    }
  },
};
export default rule;
