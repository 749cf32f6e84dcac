import { builtInProfile, type ExpectedPart } from "../profiles";
import { authorKind } from "./authorship";
import type { AnalyzedDocument, Rule } from "./types";

/**
 * Parts some years' notices ask for besides the customary sections: the
 * 上年度整改落实情况 and, since the 2025年度 meetings, a 典型案例剖析. Each profile
 * lists them with the confidence of the sources: a part the sources confirm well
 * is a warning, a likely one a hint, and an unconfirmed one is not raised at all
 * (the pane shows the profile's note instead of nagging).
 */

/** Where the material speaks of last year's rectification (a section, or a sentence in the preface). */
const LAST_YEAR =
  /(?:上年度|上一年度|上年|去年|上次|上轮|前次|[0-9]{4}年度?)[^。；]{0,30}(?:生活会)?[^。；]{0,20}整改|整改(?:措施)?落实情况/;
const CASE = /案例剖析|典型案例|反面典型|以案为鉴|以案促改|以案明纪|案例.{0,6}剖析|剖析.{0,8}案例/;

function present(doc: AnalyzedDocument, kind: ExpectedPart["kind"]): boolean {
  if (kind === "last_year_rectification" && doc.sections.some((s) => s.kind === "last_year_rectification")) return true;
  const measures = doc.sections.find((s) => s.kind === "measures");
  const pattern = kind === "case_analysis" ? CASE : LAST_YEAR;
  return doc.paragraphs.some((p) => {
    // A measure promising to rectify is no report of last year's rectification.
    if (kind === "last_year_rectification" && measures && p.index >= measures.start && p.index <= measures.end) return false;
    return pattern.test(p.text);
  });
}

/** The profile's expected parts; an imported profile carries them itself, a built-in one is looked up. */
function expectedParts(doc: AnalyzedDocument): ExpectedPart[] {
  if (!doc.profile) return [];
  return doc.profile.expectedParts ?? builtInProfile(doc.profile.id)?.expectedParts ?? [];
}

const WHAT: Record<ExpectedPart["kind"], string> = {
  last_year_rectification: "通报上年度民主生活会查摆问题的整改落实情况",
  case_analysis: "结合反面典型案例剖析自身差距",
};

const rule: Rule = {
  id: "section-expected",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "部分年度的通知要求材料写明上年度整改落实情况，或结合反面典型案例进行剖析；按所选年度通知的要求（附出处和可信程度）检查这些部分是否齐全。未能核实的要求不作提示。",
      en: "A part the year's notice asks for is absent (上年度整改落实情况, 典型案例剖析), per profile.",
    },
    examples: {
      correct:
        "××局党组2025年度民主生活会对照检查材料\n2024年度民主生活会查摆的5个问题已整改到位4个。现将对照检查情况报告如下。\n一、存在的问题\n（一）在带头强化政治忠诚、提高政治能力方面。2025年缺席中心组学习2次。\n二、反面典型案例剖析\n对照××违反中央八项规定精神典型案例，班子查找了3个方面的差距。\n三、原因分析\n（一）理想信念有所松懈。\n四、整改措施\n（一）每月集中学习1次。",
      incorrect:
        "××局党组2025年度民主生活会对照检查材料\n2024年度民主生活会查摆的5个问题已整改到位4个。现将对照检查情况报告如下。\n一、存在的问题\n（一）在带头强化政治忠诚、提高政治能力方面。2025年缺席中心组学习2次。\n二、原因分析\n（一）理想信念有所松懈。\n三、整改措施\n（一）每月集中学习1次。",
    },
  },
  create(context) {
    const { doc } = context;
    if (!doc.reading.material || !doc.profile) return;
    const kind = authorKind(doc);
    for (const part of expectedParts(doc)) {
      if (part.confidence.level === "low") continue;
      if (kind && !part.authorKinds.includes(kind)) continue;
      if (present(doc, part.kind)) continue;
      const sure = part.confidence.level === "high";
      context.report({
        paragraph: null,
        message:
          `按照${doc.profile.name.replace(/\s.*$/, "")}的要求，材料应${WHAT[part.kind]}（“${part.label}”），本材料中未见` +
          (sure ? "" : `；这一要求出自各地的通知和报道，建议与本单位收到的通知核对`),
        data: { kind: part.kind, label: part.label, confidence: part.confidence.level },
        ...(sure ? {} : { severity: "info" as const }),
      });
    }
  },
};
export default rule;
