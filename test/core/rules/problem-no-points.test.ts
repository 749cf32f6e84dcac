import rule from "../../../src/core/rules/problem-no-points";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const withProblems = (...problems: string[]) => material({ problems });

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "一是…二是… inline", text: withProblems("（一）理论学习不够深入。一是学习不够系统；二是学用结合不紧。") },
    { name: "一是 on its own line", text: withProblems("（一）理论学习不够深入。", "一是学习不够系统，缺席中心组学习2次。", "二是学用结合不紧，研讨发言照读材料。") },
    { name: "第一，第二，", text: withProblems("（一）理论学习不够深入。第一，学习不够系统；第二，学用结合不紧。") },
    { name: "numbered sub-paragraphs", text: withProblems("（一）理论学习不够深入。", "1.学习不够系统，缺席中心组学习2次。", "2.学用结合不紧，研讨发言照读材料。") },
    {
      name: "a problem set out in prose",
      text: withProblems("（一）调查研究不够深入。2024年全年下乡调研8次，其中4次是听汇报、看材料，形成调研报告仅1篇，调研成果转化不够。"),
    },
  ],
  invalid: [
    {
      name: "a one-line problem",
      text: withProblems("（一）理论学习不够深入，学用结合不紧。", "（二）联系服务群众不够紧密。一是下基层少；二是回应群众关切不及时。"),
      errors: [{ paragraph: 3, severity: "warning", data: { problem: "P1" }, message: /只有一句概括/ }],
    },
    {
      name: "a heading with a few words after it",
      text: withProblems("（一）理论学习不够深入。学习有所放松。", "（二）担当精神不强。还有差距。"),
      errors: [{ paragraph: 3, data: { problem: "P1" } }, { paragraph: 4, data: { problem: "P2" } }],
    },
    {
      name: "problems at the 一是 level, one sentence each",
      text: withProblems("一是理论学习不够深入。", "二是联系服务群众不够紧密。"),
      errors: [{ paragraph: 3 }, { paragraph: 4 }],
    },
  ],
});
