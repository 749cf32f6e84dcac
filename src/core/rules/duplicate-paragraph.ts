import { withoutSpaces } from "./text";
import type { Rule } from "./types";

/** Paragraphs shorter than this (headings, 一是…) repeat legitimately. */
const MIN_LENGTH = 20;

/** The paragraph's text without spaces (kept by text in the pane's reading memo: ./text.ts). */
const normalize = withoutSpaces;

const rule: Rule = {
  id: "duplicate-paragraph",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "同一段文字出现了两次，多半是复制粘贴时留下的。",
      en: "The same paragraph twice.",
    },
    examples: {
      correct: "对照检查材料\n坚持以习近平新时代中国特色社会主义思想为指导，认真查摆问题。\n深入剖析问题根源，明确整改措施和完成时限。",
      incorrect: "对照检查材料\n坚持以习近平新时代中国特色社会主义思想为指导，认真查摆问题。\n坚持以习近平新时代中国特色社会主义思想为指导，认真查摆问题。",
    },
  },
  create(context) {
    const seen = new Map<string, number>();
    // Indexed: a for-of loop calls the array iterator for each paragraph in code V8 has not optimised yet.
    const paragraphs = context.doc.paragraphs;
    for (let k = 0, n = paragraphs.length; k < n; k++) {
      const p = paragraphs[k]!;
      // Table cells repeat by design (a rectification list's 责任人, 完成时限 …).
      if (p.inTable) continue;
      const key = normalize(p.text);
      if (key.length < MIN_LENGTH) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, p.index);
        continue;
      }
      context.report({
        paragraph: p.index,
        message: `这一段与第 ${first + 1} 段完全相同`,
        data: { first },
      });
    }
  },
};
export default rule;
