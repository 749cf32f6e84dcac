/**
 * The template library: the skeleton text of each part of a material. Every blank
 * is a placeholder in 【】, which the placeholder-left rule catches, so an unfilled
 * template is never mistaken for a finished material.
 */
import type { SectionKind } from "../model";
import { stripLeadingMarker } from "../text/terms";
import { ROOTS } from "../terms/roots";

/**
 * Placeholders only the add-in's templates write: a paragraph holding one is taken for
 * the add-in's template where the host cannot say (core/rules/ownTemplates.ts). Generic
 * ones an author may type in a draft of their own (【N】, 【姓名】, 【问题】) are not here.
 */
export const OWN_PLACEHOLDERS: ReadonlySet<string> = new Set([
  "【具体表现：写明时间、事项、数字等实例】",
  "【具体表现】",
  "【写明具体措施：做什么、怎么做】",
  "【牵头的班子成员】",
  "【单位或姓名】",
  "【上级通知名称】",
  "【本人／班子】",
  "【学习内容】",
  "【会议主题】",
  "【年　月　日】",
  "【仍在推进的问题、原因和下步安排】",
  "【结合查摆的问题剖析思想根源】",
  "【如实说明需要向组织说明的个人有关事项；没有的写明“无”】",
  "【责任人】",
  "【完成时限】",
  "【待补充整改措施】",
]);

/** One paragraph of a template; its role decides numbering and formatting. */
export interface TemplateParagraph {
  role: "title" | "heading1" | "heading2" | "body";
  /** Text without its number; the planner adds the number for headings. */
  text: string;
}

/** Whose material a template is for: a team's names who leads each measure, a person's does not. */
export interface TemplateOptions {
  team?: boolean;
}

/** A root beyond the four: drive, for problems of 担当作为 and 干事创业. */
const DRIVE_ROOT = "担当精神有所弱化，干事创业劲头不足";

/** What in a problem calls for each root (the problems speak of 群众, of 八项规定, of 担当…). */
const CALLS_FOR: Record<string, RegExp> = {
  ideals: /./,
  partySpirit: /./,
  purpose: /群众|人民|民生|为民|服务对象|急难愁盼|信访|办实事/,
  discipline: /纪律|规矩|廉洁|廉政|八项规定|四风|底线|自律|接待|违规|违纪|从严治党|监督/,
};
const CALLS_FOR_DRIVE = /担当|作为|干事创业|攻坚|斗争精神|敢于|躺平|畏难|绕着走|求稳/;

/** The customary roots of problems, as starting headings of the causes section. */
export const CAUSE_ROOTS = [...ROOTS.map((r) => r.template), DRIVE_ROOT];

/**
 * The roots the causes should reach, picked from what the problems and their
 * aspects speak of (a problem of 廉洁 calls for 纪律规矩, one of 群众 for 宗旨意识), in
 * the customary order, at most four; 理想信念 and 党性修养, the roots of every
 * problem, always.
 */
export function causeRoots(texts: readonly string[]): string[] {
  const all = texts.join("\n");
  const picked = ROOTS.filter((r) => CALLS_FOR[r.id]!.test(all)).map((r) => r.template);
  if (CALLS_FOR_DRIVE.test(all)) picked.push(DRIVE_ROOT);
  return picked.slice(0, 4);
}

export const SECTION_HEADINGS: Record<Exclude<SectionKind, "title" | "preface" | "closing" | "other">, string> = {
  last_year_rectification: "上年度民主生活会整改措施落实情况",
  problems: "存在的问题",
  causes: "产生问题的原因分析",
  measures: "整改措施",
  personal_matters: "个人有关事项报告情况",
};

/** "在带头……方面" without its 在 and 方面, so templates can write “在……方面”. */
export function aspectCore(label: string): string {
  return label
    .replace(/^[\s\u3000]*(在|对照)/, "")
    .replace(/(方面)?[。.\s\u3000]*$/, "")
    .trim();
}

export function problemTemplate(aspectLabel: string): TemplateParagraph[] {
  return [
    { role: "heading2", text: `在${aspectCore(aspectLabel)}方面。一是【具体表现：写明时间、事项、数字等实例】。二是【具体表现】。三是【具体表现】。` },
  ];
}

/**
 * The problem a measure answers, in a few words: its heading without number, 在 and
 * 方面, cut only at a clause boundary (never mid-word); a first clause longer than
 * `max` is kept whole.
 */
export function problemSummary(problemTitle: string, max = 30): string {
  const plain = stripLeadingMarker(problemTitle)
    .replace(/^[\s\u3000]*(在|对照)/, "")
    .replace(/方面[。.：:]?\s*$/, "")
    .replace(/[。.；;：:]\s*$/, "")
    .trim();
  // Each clause with the mark that ends it.
  const clauses = plain.match(/[^，,；;。]+[，,；;。]?|[，,；;。]/g) ?? [];
  let out = "";
  for (const c of clauses) {
    if (out && (out + c).length > max) break;
    out += c;
  }
  return out.replace(/[，,；;。]$/, "");
}

/**
 * A measure that names the problem it answers and leaves room for what will be
 * done and by when; a team's also for who leads it. Written as a sentence of the
 * material, not as a line of the 整改清单.
 */
export function measureTemplate(problemTitle: string, options: TemplateOptions = {}): TemplateParagraph[] {
  const summary = problemSummary(problemTitle);
  const who = options.team ? "，由【牵头的班子成员】牵头抓落实" : "";
  return [
    {
      role: "heading2",
      text: `针对${summary ? `“${summary.replace(/“/g, "‘").replace(/”/g, "’")}”` : "【问题】"}的问题，【写明具体措施：做什么、怎么做】，【时限】前完成${who}。`,
    },
  ];
}

export function titleTemplate(meetingName: string | null): TemplateParagraph[] {
  return [{ role: "title", text: `【单位或姓名】${meetingName ?? "【年度】民主生活会"}对照检查材料` }];
}

export function prefaceTemplate(): TemplateParagraph[] {
  return [
    {
      role: "body",
      text: "按照【上级通知名称】要求，【本人／班子】认真学习【学习内容】，广泛征求意见建议【N】条，开展谈心谈话【N】人次，紧扣【会议主题】深入查摆问题、剖析根源。现将对照检查情况报告如下：",
    },
  ];
}

export function closingTemplate(): TemplateParagraph[] {
  return [
    { role: "body", text: "以上对照检查，不妥之处，恳请同志们批评指正。" },
    { role: "body", text: "【姓名】" },
    { role: "body", text: "【年　月　日】" },
  ];
}

/** The body of a section inserted whole (its heading is added by the planner). */
export function sectionBodyTemplate(
  kind: keyof typeof SECTION_HEADINGS,
  context: { aspects: string[]; problems: string[]; team?: boolean },
): TemplateParagraph[] {
  switch (kind) {
    case "last_year_rectification":
      return [
        {
          role: "body",
          text: "上年度民主生活会查摆的【N】个问题，已整改到位【N】个，【仍在推进的问题、原因和下步安排】。",
        },
      ];
    case "problems": {
      const aspects = context.aspects.length ? context.aspects : ["【方面】"];
      return aspects.flatMap((a) => problemTemplate(a));
    }
    case "causes":
      return causeRoots([...context.problems, ...context.aspects]).map((root) => ({
        role: "heading2" as const,
        text: `${root}。【结合查摆的问题剖析思想根源】`,
      }));
    case "measures": {
      const problems = context.problems.length ? context.problems : [""];
      return problems.flatMap((p) => measureTemplate(p, { team: context.team }));
    }
    case "personal_matters":
      return [{ role: "body", text: "【如实说明需要向组织说明的个人有关事项；没有的写明“无”】" }];
  }
}
