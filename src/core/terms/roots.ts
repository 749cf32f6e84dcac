/**
 * The subjective roots a 原因分析 is expected to reach (domain research §4: causes
 * go to the author's own 理想信念, 宗旨意识, 党性修养, 纪律规矩, not to workload or
 * conditions), the words that show each root, and the objective circumstances
 * that are excuses when they stand alone. Shared by the cause rules and the
 * cause templates.
 */

export type RootId = "ideals" | "purpose" | "partySpirit" | "discipline";

export interface Root {
  id: RootId;
  /** The root as materials name it. */
  label: string;
  /** Words that show a cause reaches this root. */
  words: RegExp;
  /** A cause heading for the template, reaching this root. */
  template: string;
}

export const ROOTS: readonly Root[] = [
  {
    id: "ideals",
    label: "理想信念",
    words: /理想信念|信仰|信念|初心|世界观|人生观|价值观|理论武装|理论学习|理论修养|学习的自觉|政治站位|政治意识|政治能力|政治觉悟|思想根源|总开关/,
    template: "理想信念有所松懈，理论学习不够系统深入",
  },
  {
    id: "purpose",
    label: "宗旨意识",
    words: /宗旨|群众观点|群众观念|群众感情|群众立场|为民|人民立场|以人民为中心|群众路线|公仆|服务意识|人民情怀/,
    template: "宗旨意识有所淡化，群众观点树得不牢",
  },
  {
    id: "partySpirit",
    label: "党性修养",
    words: /党性|修养|自我要求|自我改造|主观世界|担当|斗争精神|政绩观|事业心|责任心|责任感|精神状态|作风/,
    template: "党性修养有所放松，自我要求有所降低",
  },
  {
    id: "discipline",
    label: "纪律规矩",
    words: /纪律|规矩|廉洁|自律|敬畏|底线|红线|慎独|慎微|从严|法纪|法治意识/,
    template: "纪律规矩意识不强，从严从实要求不够",
  },
];

/** The roots a text reaches, in the customary order. */
export function rootsIn(text: string): Root[] {
  return ROOTS.filter((r) => r.words.test(text));
}

/**
 * Objective circumstances: workload, staffing, conditions, policy support, the
 * epidemic, age, time. A cause that names only these blames the situation.
 */
export const OBJECTIVE_EXCUSES =
  /任务(?:繁|较|太|过)?重|工作(?:任务)?(?:繁重|繁忙|太忙|较忙|忙)|事务(?:性工作)?(?:繁杂|繁多|多)|人手(?:少|不足|紧张|短缺)|人员(?:少|不足|紧张|短缺|紧缺)|编制(?:少|不足|紧张)|客观(?:条件|原因|因素|环境)|条件(?:限制|所限|有限|较差|差)|(?:政策|资金|经费|财力)(?:支持|保障)?(?:不足|有限|紧张|短缺)|上级.{0,8}支持不足|疫情|年龄(?:的)?(?:增长|增大|偏大)|精力(?:有限|不济|不足)|身体原因|基础(?:差|薄弱)|底子薄|历史欠账|时间(?:紧|有限|不够)|忙于(?:事务|业务|应付)/g;

/**
 * Words that put a cause in the author: a root, or the author turning to
 * himself (主观, 自身, 思想上, 根源). A slackening alone (学习有所放松) is a
 * symptom, not a root: “受疫情影响，学习有所放松” still blames the epidemic.
 */
export const SUBJECTIVE = /主观|自身|自我|本人|思想上|思想认识|思想深处|根本上|根源/;

/** Whether a text names a subjective cause (a root, or the author's own slackening). */
export function isSubjective(text: string): boolean {
  return SUBJECTIVE.test(text) || ROOTS.some((r) => r.words.test(text));
}
