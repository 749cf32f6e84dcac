/** problem-business-only: a problem made only of work results. */
import rule from "../../../src/core/rules/problem-business-only";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const withProblems = (...problems: string[]) => material({ problems });

ruleTester.run(rule, {
  valid: [
    material(),
    {
      name: "figures and the team's conduct behind them",
      text: withProblems("（一）推动发展的担当不够。全年3个重点项目未按期开工，班子满足于向上争取资金，对项目落地跟踪督促不够。"),
    },
    { name: "one business word only", text: withProblems("（一）为民服务有差距。城东供暖项目推进中没有到现场听取群众意见。") },
    {
      name: "an aspect heading's own words do not count as conduct",
      text: withProblems("（一）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面。全年2个项目未开工，但班子没有深入调研，研究不够。"),
    },
    {
      name: "a shortfall of integrity or of Party building, with figures, is not a business problem",
      text: withProblems("（一）工程建设领域廉洁风险防控有漏洞。部分项目设计变更审批不严，个别项目变更金额超过合同价的15%，班子对此负有监督责任。"),
    },
    {
      name: "a reform put off for fear of trouble is a problem of the author",
      text: withProblems("（一）深化改革的勇气不足。改革2023年启动，试点只有3个项目，完成率不到30%，全面推开的时间一再推迟，我担心引发矛盾。"),
    },
    {
      name: "figures with the author's narrow thinking, few methods or weak coordination behind them",
      text: withProblems("（一）推动产业发展思路不宽。全年增加值增速低于预期，改造项目停滞3个月，我协调不力，跟进不够，解决问题的办法不多。"),
    },
    {
      name: "too many documents and meetings is formalism, whatever its figures",
      text: withProblems("（一）文山会海问题仍然存在。全年发文同比只减少了8%，基层反映填报表格多。"),
    },
  ],
  invalid: [
    {
      name: "growth figures and projects only",
      text: withProblems("（一）经济发展方面。全年地区生产总值增长4.8%，低于全市平均水平0.6个百分点；3个重点项目未按期开工，招商引资到位资金完成年度目标的76%。"),
      errors: [{ paragraph: 3, data: { problem: "P1" }, message: /以业务问题代替思想政治问题/ }],
    },
    {
      name: "the aspect heading is set aside",
      text: withProblems("（一）在带头坚持以人民为中心的发展思想，推动改革发展稳定方面。全年税收收入同比下降3.2%，2个项目未竣工。"),
      errors: [{ paragraph: 3 }],
    },
  ],
});
