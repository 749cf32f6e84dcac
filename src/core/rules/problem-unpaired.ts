import { clip } from "../labels";
import type { Rule } from "./types";

/** Each problem admitted must be answered by a measure. */
const rule: Rule = {
  id: "problem-unpaired",
  meta: {
    severity: "error",
    fixable: false,
    description: {
      zh: "每个查摆出的问题都应有对应的整改措施；没有措施回应的问题会被标出（可在“问题与措施”中改正配对，或插入措施模板）。",
      en: "A problem that no measure answers.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）深入开展理论学习。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）理论学习不够深入。\n（二）联系群众不够紧密，下基层调研次数少。\n二、原因分析\n（一）放松学习。\n三、整改措施\n（一）深入开展理论学习。",
    },
    scope: "material",
  },
  create(context) {
    // Without a measures section, section-missing says so once; one error per problem would repeat it.
    const measures = context.doc.sections.find((s) => s.kind === "measures");
    const problems = context.doc.sections.find((s) => s.kind === "problems");
    if (!measures) return;
    // Sections placed only by their position (headings that name neither) may not be what
    // they seem, nor may the document be a material: then an unpaired problem is a warning.
    const sure = measures.recognisedBy === "heading" && problems?.recognisedBy === "heading";
    for (const id of context.doc.unpairedProblems) {
      const problem = context.doc.problems.find((p) => p.id === id);
      if (!problem) continue;
      // A measure shares enough with it to be its answer: ask, do not deny.
      const candidate = context.doc.pairCandidates.find((c) => c.problem === id);
      const measure = candidate && context.doc.measures.find((m) => m.id === candidate.measure);
      if (candidate && measure) {
        context.report({
          paragraph: problem.paragraph,
          message: `问题“${clip(problem.title, 24)}”没有明确对应的整改措施；是否由措施“${clip(measure.title, 20)}”回应？请在“问题与措施”中确认`,
          data: { problem: id, candidate: measure.id, question: `pair:${id}:${measure.id}` },
          severity: "info",
        });
        continue;
      }
      context.report({
        paragraph: problem.paragraph,
        message: `问题“${clip(problem.title, 24)}”没有对应的整改措施`,
        data: { problem: id },
        ...(sure ? {} : { severity: "warning" as const }),
      });
    }
  },
};

export default rule;
