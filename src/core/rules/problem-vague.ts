import type { Rule } from "./types";

/**
 * "见人见事见思想": a problem should name at least one concrete instance — a number,
 * a date or period, a named document, project, meeting or case. Items that are only
 * degree words (不够/不深/有所…) fit anyone in any year (万能问题).
 */
const CONCRETE = new RegExp(
  [
    "[0-9０-９]",
    "[一二三四五六七八九十两几多]+(次|个|项|件|名|人|篇|天|批|场|处|笔|起|份|家|户|条|轮|期|万|千|百)",
    "(今年|去年|前年|上半年|下半年|年初|年底|年末|季度|月份|[0-9０-９一二三四五六七八九十]+月)",
    "《[^》]+》",
    "“[^”]{2,20}”(行动|活动|工程|项目|工作)",
    "(项目|工程|会议|座谈会|调研|检查|巡视|巡察|审计|督查|信访|案件|事故|活动)",
  ].join("|"),
);
const DEGREE = /不够|不深|不强|不足|有所|有待|还需|一定程度|时有|不到位|不严|不实|不高|欠缺/g;

const rule: Rule = {
  id: "problem-vague",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "问题应“见人见事见思想”，写出具体事例（时间、数字、事项、案例）；只有“不够、有所、有待”等程度词的“万能问题”会被退回。",
      en: "A problem with no concrete instance (no fact, number, time or case).",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）调查研究不够深入。2024年全年下乡调研8次，形成调研报告仅1篇。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入，学习有所放松，还有一定差距。",
    },
  },
  create(context) {
    for (const problem of context.doc.problems) {
      if (CONCRETE.test(problem.body)) continue;
      const degree = problem.body.match(DEGREE) ?? [];
      context.report({
        paragraph: problem.paragraph,
        message:
          "这个问题没有具体事例（时间、数字、事项或案例）" +
          (degree.length ? `，多为“${[...new Set(degree)].slice(0, 3).join("”“")}”等程度词` : ""),
        data: { problem: problem.id },
      });
    }
  },
};
export default rule;
