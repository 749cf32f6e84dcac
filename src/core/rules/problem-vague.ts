import type { Item, Paragraph } from "../model";
import { termDictionary } from "../terms/dictionary";
import { LiteralMatcher, paragraphAt } from "./text";
import type { Rule } from "./types";

/**
 * "见人见事见思想": a problem should name at least one concrete instance — a number,
 * a named month or day, a named document or project, an inspection's finding, a case.
 * A relative date (今年以来, 去年) or a bare 项目 fits any material and is no instance;
 * and each 一是/二是 point is judged on its own, so one instance does not carry the rest.
 * Items that are only degree words (不够/不深/有所…) fit anyone in any year (万能问题,
 * which the 2023 guidance forbids).
 *
 * Numbers inside canonical formulations are no instance (“四个意识”, 两个确立,
 * 三会一课), nor are technology names (5G), so those are blanked first; and words
 * every material uses (会议精神, 调研, 对照检查, 教育实践活动) do not count as events.
 */
const NAMED_PROJECT = /“[^”]{2,20}”(?:行动|活动|工程|项目|专项|计划|品牌|平台|工作法)/;
/**
 * A project counts when the text says which (老旧小区改造项目, 城东供水工程项目);
 * a bare 项目 or 重点项目 fits any material.
 */
const SPECIFIC_PROJECT = /(?:改造|工程|小区|园区|道路|学校|医院|村|社区|街道|公路|大桥|水库|工厂|基地|中心|示范区|产业园|片区|安置|搬迁|供水|供暖|污水|管网)[\u4e00-\u9fff]{0,4}项目/;
const CONCRETE: readonly RegExp[] = [
  // Arabic numbers, but not 5G / 4K.
  /[0-9０-９]+(?![0-9０-９.．]*[A-Za-zＡ-Ｚａ-ｚ])/,
  // Counts in Chinese numerals with a measure word of events, people, documents, time: 三次, 两名, 十余篇, 二〇二四年, 两个月.
  /(?:[两二三四五六七八九十]|一[十百千万])[一二三四五六七八九十〇零百千万两余多]*(?:次|件|名|人|篇|天|周|批|场|处|笔|起|份|家|户|轮|期|万元|亩|年|个月)/,
  // Named months and days. Relative dates (今年以来, 去年, 上半年) fit any material and are no instance.
  /(?:[一二三四五六七八九十]|十[一二])月(?:份|初|中旬|上旬|下旬|底)|春节|国庆|元旦|汛期|防汛期间/,
  // Named documents, projects and campaigns.
  /《[^》]{2,}》/,
  NAMED_PROJECT,
  SPECIFIC_PROJECT,
  // Events that are instances by nature: a case, an inspection's finding; and an example the text gives (比如在编制……方案时).
  /案件|事故|巡视|巡察|审计|处分|通报批评|专项整治|比如|例如|譬如/,
];
const DEGREE = /不够|不深|不强|不足|有所|有待|还需|一定程度|时有|不到位|不严|不实|不高|欠缺/g;
/** A problem without an instance whose description is shorter than this (characters) is a bare 万能问题: a warning; a longer one, a hint. */
const BARE = 80;

let formulations: LiteralMatcher<true> | null = null;

/** Canonical formulations, with and without their quotation marks. */
function formulationMatcher(): LiteralMatcher<true> {
  if (formulations) return formulations;
  const texts = new Set<string>();
  for (const phrase of termDictionary().correct) {
    texts.add(phrase);
    texts.add(phrase.replace(/[“”‘’]/g, ""));
  }
  formulations = new LiteralMatcher([...texts].filter((t) => t.length >= 2).map((text) => ({ text, value: true as const })));
  return formulations;
}

/** The text with canonical formulations and short quoted slogans (“一把手”, “十四五”) blanked out. */
export function withoutFormulations(text: string): string {
  // Blanked with as many spaces as UTF-16 units, so later offsets stay aligned.
  // Hits may overlap: their union is blanked, the text built once (linear in its length).
  const hits = formulationMatcher().findAll(text);
  let out = text;
  if (hits.length) {
    const parts: string[] = [];
    let at = 0;
    for (const hit of hits) {
      if (hit.end <= at) continue;
      const from = Math.max(at, hit.start);
      if (from > at) parts.push(text.slice(at, from));
      parts.push(" ".repeat(hit.end - from));
      at = hit.end;
    }
    parts.push(text.slice(at));
    out = parts.join("");
  }
  return out.replace(/“[^“”]{1,12}”/g, (m) => " ".repeat(m.length));
}

/** Whether the problem names a concrete instance (named projects are read before slogans are blanked). */
export function hasConcreteInstance(body: string): boolean {
  if (NAMED_PROJECT.test(body) || SPECIFIC_PROJECT.test(body)) return true;
  const plain = withoutFormulations(body);
  return CONCRETE.some((re) => re.test(plain));
}

/** The item's text after its heading sentence, without spaces. */
function description(problem: Item): string {
  const body = problem.body.startsWith(problem.title) ? problem.body.slice(problem.title.length) : problem.body;
  return body.replace(/[\s\u3000]/g, "");
}

/** The whole text of a point: from its marker to the next point's, or to the item's end. */
function pointSpan(paragraphs: readonly Paragraph[], problem: Item, k: number): string {
  const pt = problem.points[k]!;
  const next = problem.points[k + 1];
  const endParagraph = next ? next.paragraph : problem.end;
  const parts: string[] = [];
  for (let i = pt.paragraph; i <= endParagraph; i++) {
    const text = paragraphAt(paragraphs, i)?.text ?? "";
    const from = i === pt.paragraph ? pt.offset : 0;
    const to = next && i === next.paragraph ? next.offset : text.length;
    if (to > from) parts.push(text.slice(from, to));
  }
  return parts.join("\n");
}

const rule: Rule = {
  id: "problem-vague",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "问题应“见人见事见思想”，写出具体事例（时间、数字、事项、案例）；只有“不够、有所、有待”等程度词的“万能问题”会被退回。篇幅较长但没有具体事例的问题给出提示。",
      en: "A problem with no concrete instance (no fact, number, time or case).",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）调查研究不够深入。2024年全年下乡调研8次，形成调研报告仅1篇。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入，学习有所放松，还有一定差距。",
    },
    scope: "material",
  },
  prepare() {
    formulationMatcher();
  },
  create(context) {
    for (const problem of context.doc.problems) {
      if (hasConcreteInstance(problem.body)) {
        // Each point is judged too: one instance does not carry the points that have none.
        const bare = problem.points.filter((_, k) => !hasConcreteInstance(pointSpan(context.doc.paragraphs, problem, k)));
        if (problem.points.length >= 2 && bare.length > 0) {
          const first = bare[0]!;
          context.report({
            paragraph: first.paragraph,
            start: first.offset,
            end: first.offset + first.marker.length,
            message: `该问题的${bare.map((pt) => pt.marker.raw.replace(/[，,、：:]$/, "")).join("、")}没有具体事例（时间、数字、事项或案例），建议逐条写实`,
            data: { problem: problem.id, points: bare.map((pt) => pt.marker.raw) },
            severity: "info",
          });
        }
        continue;
      }
      const degree = [...new Set(problem.body.match(DEGREE) ?? [])];
      const words = degree.length ? `，多为“${degree.slice(0, 3).join("”“")}”等程度词` : "";
      const bare = description(problem).length < BARE;
      context.report({
        paragraph: problem.paragraph,
        message: bare
          ? `该问题没有具体事例（时间、数字、事项或案例）${words}，是“万能问题”`
          : "该问题写了表现，但没有一个具体事例（时间、数字、事项或案例），建议补充",
        data: { problem: problem.id, degreeWords: degree },
        ...(bare ? {} : { severity: "info" as const }),
      });
    }
  },
};
export default rule;
