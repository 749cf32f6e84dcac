/**
 * Small made-up materials for the structural rules' tests: a title, a preface and
 * the three core sections, each part replaceable or left out (null).
 */

export const TITLE = "××局党组2024年度民主生活会对照检查材料";
export const PREFACE = "按照市委关于召开2024年度民主生活会的通知要求，局党组班子认真学习、广泛征求意见，现将对照检查情况报告如下。";

export const PROBLEMS = [
  "（一）理论学习不够深入。一是学习不够系统，2024年缺席理论学习中心组集体学习2次；二是学用结合不紧，研讨发言多是照读材料。",
  "（二）联系服务群众不够紧密。一是下基层调研少，全年到联系村走访仅3次；二是对群众反映的供暖问题回应不及时。",
  "（三）落实全面从严治党责任不够有力。一是对分管科室的日常监督不严，去年有1名干部违规报销差旅费；二是警示教育开展得少。",
];
export const CAUSES = [
  "（一）理想信念有所松懈，理论学习的自觉性不强。",
  "（二）宗旨意识有所淡化，群众观念树得不牢。",
  "（三）管党治党责任意识不强，对纪律规矩的敬畏不够。",
];
export const MEASURES = [
  "（一）深入开展理论学习。严格落实中心组学习制度，每月至少集中学习1次，结合分管工作撰写学习体会。",
  "（二）密切联系服务群众。每季度到联系村走访不少于2次，对群众反映的供暖等问题建立台账、限时办结。",
  "（三）压实全面从严治党责任。加强对分管科室的日常监督，每半年开展1次警示教育，严格执行差旅费报销制度。",
];

export interface MaterialParts {
  title?: string | null;
  preface?: string | null;
  /** Section headings in order, with the items under each; default 存在的问题, 原因分析, 整改措施. */
  sections?: { heading: string; items: string[] }[];
  problems?: string[] | null;
  causes?: string[] | null;
  measures?: string[] | null;
}

/** The lines of a material (one paragraph each). */
export function materialLines(parts: MaterialParts = {}): string[] {
  const lines: string[] = [];
  const title = parts.title === undefined ? TITLE : parts.title;
  const preface = parts.preface === undefined ? PREFACE : parts.preface;
  if (title !== null) lines.push(title);
  if (preface !== null) lines.push(preface);
  const defaults: [string, string[] | null][] = [
    ["存在的问题", parts.problems === undefined ? PROBLEMS : parts.problems],
    ["原因分析", parts.causes === undefined ? CAUSES : parts.causes],
    ["整改措施", parts.measures === undefined ? MEASURES : parts.measures],
  ];
  const sections =
    parts.sections ?? defaults.flatMap(([heading, items]) => (items === null ? [] : [{ heading, items }]));
  const numerals = "一二三四五六七八九十";
  sections.forEach((s, k) => {
    lines.push(/^[一二三四五六七八九十]、/.test(s.heading) ? s.heading : `${numerals[k]}、${s.heading}`);
    lines.push(...s.items);
  });
  return lines;
}

/** The material as text (lines joined by "\n"). */
export function material(parts: MaterialParts = {}): string {
  return materialLines(parts).join("\n");
}

/** The six aspects of the 2022 notice (“六个带头”), as problem headings. */
export const SIX_LEADS_2022 = [
  "（一）在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面。",
  "（二）在带头用习近平新时代中国特色社会主义思想凝心铸魂方面。",
  "（三）在带头坚持和加强党的全面领导方面。",
  "（四）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面。",
  "（五）在带头发扬斗争精神，防范化解风险挑战方面。",
  "（六）在带头落实全面从严治党政治责任方面。",
];

/** The five goals of the 2019 主题教育, as problem headings. */
export const FIVE_GOALS_2019 = [
  "（一）理论学习有收获方面。",
  "（二）思想政治受洗礼方面。",
  "（三）干事创业敢担当方面。",
  "（四）为民服务解难题方面。",
  "（五）清正廉洁作表率方面。",
];
