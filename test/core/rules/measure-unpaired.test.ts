import rule from "../../../src/core/rules/measure-unpaired";
import { ruleTester } from "./ruleTester";
import { material, MEASURES } from "./materials";

ruleTester.run(
  rule,
  {
    valid: [
      material(),
      { name: "no problems section: section-missing reports it once", text: material({ problems: null }) },
      {
        name: "measures in another order than the problems",
        text: material({ measures: [MEASURES[1], MEASURES[2], MEASURES[0]].map((m, i) => `（${"一二三"[i]}）${m.slice(3)}`) }),
      },
    ],
    invalid: [
      {
        name: "a fourth measure answering nothing",
        text: material({ measures: [...MEASURES, "（四）完善财务报销审批流程，规范公务用车管理。"] }),
        errors: [{ paragraph: 14, severity: "warning", data: { measure: "M4" }, message: /^措施“（四）完善财务报销审批流程，规范公务用车管理。”没有对应任何查摆出的问题$/ }],
      },
      {
        name: "an empty problems section",
        text: material({ problems: [] }),
        errors: [{ data: { measure: "M1" }, paragraph: 8 }, { data: { measure: "M2" }, paragraph: 9 }, { data: { measure: "M3" }, paragraph: 10 }],
      },
    ],
  },
  { analysis: "full" },
);
