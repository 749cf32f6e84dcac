/** cause-objective-only: causes that blame only the circumstances (issue 13's reviewer cases). */
import rule from "../../../src/core/rules/cause-objective-only";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const withCauses = (...causes: string[]) => material({ causes });

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "a circumstance, then the author's own root", text: withCauses("（一）工作任务繁重是客观原因，但根本上还是理想信念有所松懈，学习的自觉性不强。") },
    { name: "a subjective cause alone", text: withCauses("（一）党性修养有所放松，自我要求有所降低。") },
    { name: "the epidemic named together with a root", text: withCauses("（一）受疫情影响，集中学习减少，但主要是自身纪律规矩意识不强。") },
    { name: "not a material: nothing", text: "关于召开2024年度民主生活会的通知\n各单位：\n请于12月底前召开民主生活会。\n工作任务繁重，人手少。" },
  ],
  invalid: [
    {
      name: "workload and staffing only",
      text: withCauses("（一）工作任务繁重。全局业务量大、任务重、人手少，学习时间被挤占。", "（二）宗旨意识有所淡化，群众观念树得不牢。"),
      errors: [{ paragraph: 7, quote: "工作任务繁重", data: { cause: "C1" }, message: /客观因素.*主观根源/ }],
    },
    {
      name: "conditions and policy support",
      text: withCauses("（一）客观条件限制。基础设施底子薄，上级政策支持不足，资金紧张。"),
      errors: [{ paragraph: 7, data: { cause: "C1" } }],
    },
    {
      name: "the epidemic",
      text: withCauses("（一）受疫情影响，下基层调研次数减少，学习有所放松。"),
      errors: [{ paragraph: 7, quote: "疫情" }],
    },
    {
      name: "age",
      text: withCauses("（一）随着年龄的增长，工作热情有所减退，求稳怕乱。"),
      errors: [{ paragraph: 7, quote: "年龄的增长" }],
    },
    {
      name: "the quoted excuses are named once each, nested quotes become single quotes",
      text: withCauses("（一）任务重、人手少，任务重，疲于应付“迎检”。"),
      errors: [{ paragraph: 7, message: "该条原因只讲了“任务重”“人手少”等客观因素，没有从理想信念、宗旨意识、党性修养、纪律规矩上找主观根源" }],
    },
  ],
});
