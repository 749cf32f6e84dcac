import type { Rule } from "./types";

/**
 * The problems follow the aspects of another year's notice than the title names
 * (a 2022 material built on the 2019 five goals): reused material, worth a
 * warning rather than an error.
 */
const rule: Rule = {
  id: "aspect-year-mismatch",
  meta: {
    severity: "warning",
    fixable: false,
    description: {
      zh: "问题所对照的方面与标题所写年度的通知不一致，可能沿用了往年材料；请按本年度通知的方面查摆。",
      en: "The problems follow another year's aspects than the title names.",
    },
    examples: { correct: "", incorrect: "" },
  },
  create(context) {
    const warning = context.doc.aspectYearWarning;
    if (!warning) return;
    context.report({
      paragraph: context.doc.title?.paragraph ?? null,
      message: warning.message,
      data: { documentYear: warning.documentYear, aspectYear: warning.aspectYear, profile: warning.profileId },
    });
  },
};
export default rule;
