/** problem-not-owned: a team's material that puts its problems on 有的同志 / 个别同志. */
import rule from "../../../src/core/rules/problem-not-owned";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const PERSONAL = "××同志2024年度民主生活会个人对照检查材料";
const withProblems = (...problems: string[]) => material({ problems });

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "the others as the team's object", text: withProblems("（一）监督不严。对个别同志的苗头性问题提醒不及时，2024年有1人受到批评。") },
    { name: "a personal material may speak of others", text: material({ title: PERSONAL, problems: ["（一）批评不够。对有的同志的缺点碍于情面不指出，2024年民主生活会上只提了1条意见。"] }) },
    { name: "the team's own members", text: withProblems("（一）学习不够。个别班子成员2024年缺席中心组学习3次。") },
  ],
  invalid: [
    {
      name: "有的同志 as the subject",
      text: withProblems("（一）理论学习不够深入。有的同志学习主动性不强，2024年中心组学习有3次只读文件。"),
      errors: [{ paragraph: 3, quote: "有的同志", data: { problem: "P1", found: "有的同志" }, message: /班子材料写“有的同志”/ }],
    },
    {
      name: "个别同志, once per problem",
      text: withProblems("（一）作风不实。个别同志调研走马观花，2024年全局调研报告仅2篇；个别同志下基层少。"),
      errors: [{ paragraph: 3, quote: "个别同志" }],
    },
  ],
});
