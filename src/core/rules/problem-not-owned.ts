import { authorKind } from "./authorship";
import { quoted } from "./messages";
import type { Rule } from "./types";

/**
 * A team's material owns its problems: “有的同志学习不够主动” puts them on others.
 * (“个别班子成员……” names the team's own members and is left to the reader.)
 * The same words as the object of the team's own failing (“对个别同志的苗头性问题
 * 提醒不及时”) are owned, and are left alone.
 */
const OTHERS = /(?:有的|个别|少数|部分|有些|极个别|一些)同志/g;
/** Before the words in the same clause, these make the others the team's object. */
const OBJECT_OF = /对|帮助|帮|督促|提醒|教育|批评|关心|要求|引导|管理|监督|纠正|发现|约谈|批评教育|指出/;
const CLAUSE_BREAK = /[。；;！？!?，,：:]/;

function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

const rule: Rule = {
  id: "problem-not-owned",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "班子对照检查材料要把班子摆进去，问题由班子认领；写成“有的同志”“个别同志”如何如何，是把问题推给别人。",
      en: "A leadership team's material that puts its problems on others (有的同志, 个别同志).",
    },
    examples: {
      correct:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。班子集体学习流于形式，2024年中心组学习有3次只读文件；对个别同志缺席学习提醒不及时。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）每月集中学习1次。",
      incorrect:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。有的同志学习主动性不强，2024年中心组学习有3次只读文件。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）每月集中学习1次。",
    },
  },
  create(context) {
    const { doc } = context;
    if (!doc.reading.material || authorKind(doc) !== "班子") return;
    for (const problem of doc.problems) {
      for (let i = problem.paragraph; i <= problem.end; i++) {
        const text = doc.paragraphs[i]?.text ?? "";
        const hit = [...text.matchAll(OTHERS)].find((m) => !OBJECT_OF.test(clauseBefore(text, m.index)));
        if (!hit) continue;
        context.report({
          paragraph: i,
          start: hit.index,
          end: hit.index + hit[0].length,
          message: `班子材料写${quoted(hit[0])}，是把问题推给个人；应由班子认领问题，写明班子自身的不足`,
          data: { problem: problem.id, found: hit[0] },
        });
        break;
      }
    }
  },
};
export default rule;
