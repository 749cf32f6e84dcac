import type { Item } from "../model";
import { withoutFormulations } from "./problem-vague";
import type { Rule } from "./types";

/**
 * A problem of a 对照检查 is a shortfall of thinking, attitude or conduct. One that
 * names only work results — growth figures, projects behind schedule, targets
 * missed — swaps 业务问题 for 思想政治问题, which the guidance forbids.
 */
const BUSINESS =
  /增长|增速|增幅|同比|环比|GDP|生产总值|营收|营业收入|利润|产值|税收|财政收入|投资额?|招商|引资|项目|指标|完成率|目标任务|万元|亿元|百分点|[0-9０-９.]+[%％]|开工|竣工|进度|排名|产量|销售|签约|到位资金|收入/g;
/** Attitude, conduct, thinking: any of these makes it a problem of the author, not only of the work. */
const CONDUCT =
  /思想|认识|意识|观念|站位|作风|态度|担当|精神|自觉|主动|敬畏|宗旨|党性|纪律|规矩|满足于|习惯于|怕|畏|推诿|懈怠|松劲|不愿|不敢|不善|不会|缺乏|重视|本领|能力|魄力|韧劲|闯劲|干劲|劲头|作为|形式主义|官僚主义|政绩观|调查研究|调研|深入基层|群众|学习|研究不够|谋划|统筹|督促|跟踪|过问|拍板|决策|把关|失察|放松|盲目|急于|求稳|被动|应付|走过场|摆花架子|廉洁|廉政|管党治党|从严治党|党建|理论|监督|责任|勇气|担心|顾虑|思路|办法不多|不力|跟进不够|文山会海/;

/** The problem's text without an aspect heading (在……方面) and canonical formulations. */
function problemText(p: Item): string {
  let body = p.body;
  if (/方面[。：:]?\s*$/.test(p.title) && body.startsWith(p.title)) body = body.slice(p.title.length);
  return withoutFormulations(body);
}

const rule: Rule = {
  id: "problem-business-only",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "查摆的问题应是思想、政治、作风上的问题；只列增长速度、项目进度、指标完成等工作结果，而不写思想认识和作风上的原因，是以业务问题代替思想政治问题。",
      en: "A problem that names only work results (figures, projects) and no attitude or conduct.",
    },
    examples: {
      correct:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）推动发展的担当不够。全年3个重点项目未按期开工，班子满足于向上争取资金，对项目落地跟踪督促不够。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）每月调度项目1次。",
      incorrect:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）经济发展方面。全年地区生产总值增长4.8%，低于全市平均水平0.6个百分点；3个重点项目未按期开工。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）每月调度项目1次。",
    },
  },
  create(context) {
    const { doc } = context;
    if (!doc.reading.material) return;
    for (const problem of doc.problems) {
      const text = problemText(problem);
      const business = [...new Set(text.match(BUSINESS) ?? [])];
      if (business.length < 2 || CONDUCT.test(text)) continue;
      context.report({
        paragraph: problem.paragraph,
        message: `该问题只列了${business.slice(0, 3).map((w) => `“${w}”`).join("")}等工作结果，没有写出思想认识、工作作风上的差距，是以业务问题代替思想政治问题`,
        data: { problem: problem.id, business },
      });
    }
  },
};
export default rule;
