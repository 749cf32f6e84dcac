import rule from "../../../src/core/rules/punct-space";
import { ruleTester } from "./ruleTester";

ruleTester.run(rule, {
  valid: [
    { name: "an author line separates unit, post and name with ideographic spaces (issue 13)", text: "（县第二中学党支部　初二年级数学教师　刘晓燕）" },
    { name: "a signature block likewise", text: "县第二中学党支部　刘晓燕" },
    "　　针对查摆出来的问题，结合问题产生的原因。",
    "    局领导班子将认真制定整改措施。",
    "使用 Word 软件编辑，参考 GB/T 9704 标准。",
    "整改措施落实到位。   ",
    "姓名\t职务\t签名",
    "（    ）创新训练项目",
    "2025年  月  日",
  ],
  invalid: [
    {
      name: "a space inside quotes (seed-004 lines 5 and 16)",
      text: "增强“四个意识”、坚定“ 四个自信”、做到“两个维护”。",
      errors: [{ start: 12, quote: " ", severity: "warning", fixOutput: "增强“四个意识”、坚定“四个自信”、做到“两个维护”。" }],
    },
    {
      name: "before a closing mark, ideographic and no-break spaces too",
      text: "学习《党章\u3000》，落实“三会一课\u00a0”。",
      errors: [{ quote: "\u3000" }, { quote: "\u00a0" }],
      output: "学习《党章》，落实“三会一课”。",
    },
    {
      name: "between two Chinese characters mid-paragraph",
      text: "推动共同发展 谋求和谐共赢。",
      errors: [{ quote: " ", severity: "warning", fixOutput: "推动共同发展谋求和谐共赢。" }],
    },
    {
      name: "after a number marker (hint)",
      text: "一、 存在的主要问题",
      errors: [{ quote: " ", severity: "info", fixOutput: "一、存在的主要问题" }],
    },
    {
      name: "between a number and a Chinese character (hint: PDF artefact)",
      text: "领导干部2025 年度民主生活会",
      errors: [{ quote: " ", severity: "info", fixOutput: "领导干部2025年度民主生活会" }],
    },
    {
      name: "short or letter-spaced lines are hints",
      paragraphs: ["王  伟", "中　国　名　牌　农　产　品　申　报　表　格　说　明"],
      errors: [
        { paragraph: 0, severity: "info" },
        ...Array.from({ length: 12 }, () => ({ paragraph: 1, severity: "info" as const })),
      ],
    },
  ],
});
