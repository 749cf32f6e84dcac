import type { Rule } from "./types";

/** A material opens with a title naming who, which year and which meeting. */
const rule: Rule = {
  id: "title-missing",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "材料开头应有标题，写明单位或本人、年度和会议（如“××局党组2024年度民主生活会对照检查材料”）。",
      en: "The material should open with a title naming the unit or person, the year and the meeting.",
    },
    examples: {
      correct: "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。",
      incorrect: "按照上级要求，现将对照检查情况报告如下。\n一、存在问题",
    },
    scope: "material",
  },
  create(context) {
    const { doc } = context;
    if (doc.title) return;
    if (!doc.paragraphs.some((p) => p.text.trim())) return;
    context.report({ paragraph: null, message: "未识别到标题：开头应写明单位或本人、年度和会议名称" });
  },
};
export default rule;
