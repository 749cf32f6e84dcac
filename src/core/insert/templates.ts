/**
 * The template library: the skeleton text of each part of a material. Every blank
 * is a placeholder in 【】, which the placeholder-left rule catches, so an unfilled
 * template is never mistaken for a finished material.
 */
import type { SectionKind } from "../model";
import { stripLeadingMarker } from "../text/terms";

/** One paragraph of a template; its role decides numbering and formatting. */
export interface TemplateParagraph {
  role: "title" | "heading1" | "heading2" | "body";
  /** Text without its number; the planner adds the number for headings. */
  text: string;
}

/** The customary roots of problems, as starting headings of the causes section. */
export const CAUSE_ROOTS = [
  "理想信念有所松懈，理论学习不够系统深入",
  "宗旨意识有所淡化，群众观点树得不牢",
  "党性修养有所放松，自我要求有所降低",
  "纪律规矩意识不强，从严从实要求不够",
  "担当精神有所弱化，干事创业劲头不足",
];

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

/** A measure that names the problem it answers, with time limit and owner. */
export function measureTemplate(problemTitle: string): TemplateParagraph[] {
  const summary = stripLeadingMarker(problemTitle)
    .replace(/^在/, "")
    .replace(/方面[。.]?$/, "")
    .replace(/[。.]$/, "")
    .slice(0, 40);
  return [
    {
      role: "heading2",
      text: `针对“${summary}”方面的问题，【整改措施：写明做什么、怎么做】。完成时限：【时限】；责任人：【责任人】。`,
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
  context: { aspects: string[]; problems: string[] },
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
      return CAUSE_ROOTS.slice(0, 4).map((root) => ({ role: "heading2" as const, text: `${root}。【结合自身实际剖析思想根源】` }));
    case "measures": {
      const problems = context.problems.length ? context.problems : ["【问题】"];
      return problems.flatMap((p) => measureTemplate(p));
    }
    case "personal_matters":
      return [{ role: "body", text: "【如实说明需要向组织说明的个人有关事项；没有的写明“无”】" }];
  }
}
