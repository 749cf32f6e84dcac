import { memoized } from "../memoSeam";
import { withoutFormulations } from "./problem-vague";
import { authorKind } from "./authorship";
import { quoted } from "./messages";
import type { Rule } from "./types";
import { PUNCTUATION_RANGES } from "../text/chars";

/**
 * A measure says what will be done, to what, by when (and, in a team's material,
 * by whom). “进一步加强理论学习。” or “狠抓工作落实，尽快改进工作作风。” says none
 * of it: reviewers call these 空头措施.
 */

/** A time or a frequency: 年底前, 每月, 3月底, 限期, 两个月内. */
const TIME =
  /[0-9０-９]|年底|年内|年末|年初|月底|月内|[上下]半年|季度|每[年月周季天日半]|定期|限期|限时|按月|按季|按周|[一二三四五六七八九十两]+(?:个)?(?:月|周|天|年|工作日)(?:内|前|底)?|[一二三四五六七八九十]+月|明年|次年|今年|[之以]前完成/;
/**
 * A concrete object or step: a named document, system or campaign, or a kind of
 * act that can be checked (调研, 走访, 清单, 台账, 谈心谈话…).
 */
const OBJECT =
  /《[^》]{2,}》|“[^”]{2,}”|清单|台账|制度|机制|办法|细则|方案|计划|规划|读书班|研讨|轮训|培训班|调研|走访|蹲点|包联|结对|谈心谈话|党课|接访|下访|督查|督导|考核|述职|销号|公示|约谈|巡察|中心组|第一议题|三会一课|主题党日|警示教育|谈话提醒|专项整治|现场办公|回访|复盘|评议/;
/** A named campaign, project or system in quotes (“百企帮百村”行动); a quoted slogan alone is none. */
const NAMED = /“[^”]{2,20}”(?:行动|活动|工程|项目|专项|计划|品牌|平台|工作法|制度|机制|清单)/;
/** Who answers for it (only asked of a team's material). */
const OWNER = /牵头|负责|责任人|责任单位|分管|班子成员|主要负责同志|书记|局长|主任|镇长|乡长|县长|院长|校长|各科室|办公室|责任到人|一把手/;
/**
 * Words of any measure: resolve verbs (进一步加强, 狠抓, 尽快), abstract objects
 * (工作, 作风, 意识, 能力) and function characters. What is left when they are
 * removed is what the measure says in substance.
 */
const GENERIC = new RegExp(
  [
    "进一步|更加|切实|不断|持续|全面|认真|深入|努力|尽快|着力|大力|坚持不懈|坚持|坚决|始终|时刻|自觉|主动|积极|扎实|真正|务必|狠抓|抓好|抓实|抓紧|加强|强化|加大|提高|提升|增强|改进|改善|转变|树牢|树立|筑牢|牢固|做到|落实|贯彻|推动|推进|确保|保持|发挥|发扬|弘扬|践行|严守|严格|遵守|带头|以身作则|率先垂范|真抓实干|求真务实|一以贯之|常态化|长效化|力度|着眼|注重|重视|学懂弄通做实",
    "工作|作风|学习|理论|意识|能力|水平|素质|本领|思想|认识|政治|党性|修养|纪律|规矩|宗旨|群众|服务|担当|作为|责任|精神|观念|标准|要求|质量|效率|效能|实效|成效|各项|有关|相关|方面|问题|整改|措施|情况|以上|清正廉洁|廉洁自律|武装|头脑|指导|实践|自身|建设",
    "[的地得和与及在上中把将为了是有不要好实强新高严紧细深透真准快多少等之其以于对]",
  ].join("|"),
  "g",
);
/** At most this many characters of substance (after GENERIC is removed): a slogan, not a measure. */
const SLOGAN = 12;

/** Spaces, punctuation, brackets and numerals: not substance. */
const NOT_SUBSTANCE = new RegExp(`[\\s\\u3000${PUNCTUATION_RANGES}（）()0-9一二三四五六七八九十]`, "g");

function substance(text: string): number {
  return withoutFormulations(text)
    .replace(GENERIC, "")
    .replace(NOT_SUBSTANCE, "").length;
}

/**
 * Whether a measure's body names no time, object, campaign (or, for a team, owner) and says
 * little beyond slogans. A function of the text (and `team`) alone, kept by it in the pane's
 * reading memo (core/memo.ts): after an edit elsewhere a long measure is not read again.
 */
function isEmptyMeasure(text: string, team: boolean): boolean {
  return memoized(team ? "measure-empty.team" : "measure-empty", text, () => {
    // Numbers inside canonical formulations (“四个意识”) are no time; quoted names are objects.
    const plain = withoutFormulations(text);
    if (TIME.test(plain) || OBJECT.test(plain) || NAMED.test(text) || (team && OWNER.test(text))) return false;
    return substance(text) <= SLOGAN;
  });
}

const rule: Rule = {
  id: "measure-empty",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "整改措施要具体：写明对什么、怎么做、什么时候完成（班子材料还要写明由谁负责）；只有“进一步加强”“狠抓落实”“尽快改进”的措施是空头措施。",
      en: "A measure with no concrete object, step or time (进一步加强… alone).",
    },
    examples: {
      correct:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。2024年缺席中心组学习2次。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）深入开展理论学习。严格落实中心组学习制度，每月至少集中学习1次，由党组书记牵头。",
      incorrect:
        "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n（一）理论学习不够深入。2024年缺席中心组学习2次。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）进一步加强理论学习。",
    },
  },
  create(context) {
    const { doc } = context;
    if (!doc.reading.material) return;
    const team = authorKind(doc) === "班子";
    for (const measure of doc.measures) {
      if (!isEmptyMeasure(measure.body, team)) continue;
      const missing = team ? "具体对象、时限和责任人" : "具体对象、做法和时限";
      const title = measure.title.replace(/^[\s\u3000]+/, "");
      context.report({
        paragraph: measure.paragraph,
        message: `措施${quoted(title.length > 24 ? title.slice(0, 23) + "…" : title)}没有写明${missing}，是空头措施`,
        data: { measure: measure.id },
      });
    }
  },
};
export default rule;
