import { PassageIndex } from "../passages";
import type { Rule } from "./types";

/**
 * A passage that also stands in another material of the same run (or of a
 * --compare-with folder): one hand writing a whole team's materials, or last
 * year's reused. Built on one shingle index for the whole run.
 */
const rule: Rule = {
  id: "copied-passage",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "这段文字与同批检查的其他材料（或往年材料）相同：对照检查应由本人撰写，不能互相照抄或照搬往年。",
      en: "A passage that also stands in another file checked in the same run.",
    },
    examples: { correct: "", incorrect: "" },
  },
  create(context) {
    let index = context.passages;
    if (!index) {
      if (!context.others.length) return;
      index = new PassageIndex();
      for (const other of context.others) index.add(other.file, other.paragraphs);
    }
    const self = context.file ?? "\u0000self";
    for (const match of index.find(self, context.doc.paragraphs)) {
      context.report({
        paragraph: match.paragraph,
        start: match.start,
        end: match.end,
        message: `这段文字与“${match.otherFile}”第 ${match.otherParagraph + 1} 段相同`,
        data: { file: match.otherFile, paragraph: match.otherParagraph },
      });
    }
  },
};
export default rule;
