/** measure-empty: measures with no object, time or (for a team) owner. */
import rule from "../../../src/core/rules/measure-empty";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const PERSONAL = "××同志2024年度民主生活会个人对照检查材料";
const withMeasures = (...measures: string[]) => material({ measures });

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "a time", text: withMeasures("（一）加强理论学习。年底前读完《习近平著作选读》第一卷。") },
    { name: "a frequency", text: withMeasures("（一）深入基层。每季度到联系村走访。") },
    { name: "a concrete object", text: withMeasures("（一）严格落实“第一议题”制度，会前学、会上议。") },
    {
      name: "a personal material's concrete steps, without time",
      text: material({
        title: PERSONAL,
        measures: ["（一）强化党员意识，时刻亮明身份。在校期间坚持佩戴党员徽章，在教研组、年级组工作中带头承担任务，不参加打牌等影响工作的娱乐活动。"],
      }),
    },
    { name: "a team's measure with its owner", text: withMeasures("（一）狠抓工作落实，由党组书记牵头督办。") },
  ],
  invalid: [
    {
      name: "进一步加强理论学习",
      text: withMeasures("（一）进一步加强理论学习。"),
      errors: [{ paragraph: 11, data: { measure: "M1" }, message: "措施“（一）进一步加强理论学习。”没有写明具体对象、时限和责任人，是空头措施" }],
    },
    {
      name: "狠抓工作落实，尽快改进工作作风",
      text: material({ title: PERSONAL, measures: ["（一）狠抓工作落实，尽快改进工作作风。"] }),
      errors: [{ paragraph: 11, message: /具体对象、做法和时限/ }],
    },
    {
      name: "a slogan with a canonical formulation is no object",
      text: withMeasures("（一）切实增强“四个意识”，坚决做到“两个维护”。"),
      errors: [{ paragraph: 11 }],
    },
  ],
});
