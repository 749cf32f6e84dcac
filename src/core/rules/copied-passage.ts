import type { SectionKind } from "../model";
import { PassageIndex } from "../passages";
import type { Rule } from "./types";
import { authorKind } from "./authorship";

/** Whose own words a material should be: one person's, or the team's. */
const OWN_WORDS = {
  个人: "：对照检查应由本人撰写",
  班子: "：班子对照检查材料应结合本班子实际撰写",
  unknown: "：对照检查材料应结合自身实际撰写",
} as const;

/** The file name the document is indexed under when the run gives none. */
const SELF = "\u0000self";

/** Sections that offices often hand out as a template: a passage shared there is only a hint. */
const TEMPLATE_SECTIONS: readonly SectionKind[] = ["title", "preface", "closing"];

/**
 * A passage that also stands in another material of the same run (or of a
 * --compare-with folder): one hand writing a whole team's materials, or last
 * year's reused. Built on one shingle index for the whole run; canonical
 * formulations and quotations shared by every material do not count (see
 * ../passages.ts).
 */
const rule: Rule = {
  id: "copied-passage",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "这段文字与同批检查的其他材料（或往年材料）相同：对照检查材料应由本人（班子材料由本班子）结合实际撰写，不能互相照抄或照搬往年。规范提法和引用的原文不算雷同。",
      en: "A passage that also stands in another file checked in the same run (canonical formulations and quotations do not count).",
    },
    // The lines marked 〔同批另一份材料〕 stand for a paragraph of another file of the run
    // (test/core/rules/copied-passage.test.ts checks the examples that way).
    examples: {
      correct:
        "（一）理论学习不够深入。2024年参加局党组理论学习中心组学习12次，只在3次学习中作了发言，结合分管的招商引资工作谈体会不多。\n" +
        "〔同批另一份材料〕（二）理论学习不够深入。全年到联系点宣讲党的二十届三中全会精神仅2次，对新入职干部的理论辅导没有跟上。",
      incorrect:
        "（一）理论学习不够深入。2024年参加局党组理论学习中心组学习12次，只在3次学习中作了发言，结合分管的招商引资工作谈体会不多。\n" +
        "〔同批另一份材料〕（三）理论学习不够深入。2024年参加局党组理论学习中心组学习12次，只在3次学习中作了发言，结合分管的招商引资工作谈体会不多。",
    },
  },
  create(context) {
    const { doc } = context;
    const self = context.file ?? SELF;
    let index = context.passages;
    if (!index) {
      if (!context.others.length) return;
      index = new PassageIndex();
      index.add(self, doc.paragraphs);
      for (const other of context.others) index.add(other.file, other.paragraphs);
    }
    const template = new Set<number>();
    for (const s of doc.sections) {
      if (TEMPLATE_SECTIONS.includes(s.kind)) for (let i = s.start; i <= s.end; i++) template.add(i);
    }
    // Whose material it is, read once (the whole text may be read for it) however many passages there are.
    let ownWords: string | undefined;
    const ownWordsOf = () => (ownWords ??= OWN_WORDS[authorKind(doc) ?? "unknown"]);
    for (const match of index.find(self, doc.paragraphs)) {
      const inTemplate = template.has(match.paragraph);
      const also = match.also.length ? `，另有 ${match.also.length} 处相同` : "";
      context.report({
        paragraph: match.paragraph,
        start: match.start,
        end: match.end,
        message:
          `这段文字与“${match.otherFile}”第 ${match.otherParagraph + 1} 段相同${also}` +
          (inTemplate ? "（前言、结尾常用统一模板，若是模板可忽略）" : ownWordsOf()),
        data: {
          file: match.otherFile,
          paragraph: match.otherParagraph,
          ...(match.also.length ? { also: match.also } : {}),
        },
        ...(inTemplate ? { severity: "info" as const } : {}),
      });
    }
  },
};
export default rule;
