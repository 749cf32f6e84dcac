import rule from "../../../src/core/rules/section-order";
import { ruleTester } from "./ruleTester";
import { CAUSES, material, MEASURES, PROBLEMS } from "./materials";

const LAST_YEAR = { heading: "上年度民主生活会整改措施落实情况", items: ["去年查摆的5个问题已整改完成4个，1个正在推进。"] };
const PERSONAL = { heading: "个人有关事项报告情况", items: ["本人严格执行个人有关事项报告制度，无应报告未报告事项。"] };
const problems = { heading: "存在的问题", items: PROBLEMS };
const causes = { heading: "原因分析", items: CAUSES };
const measures = { heading: "整改措施", items: MEASURES };

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "every optional section in its place", text: material({ sections: [LAST_YEAR, problems, causes, measures, PERSONAL] }) },
    { name: "a section missing is another rule's business", text: material({ causes: null }) },
    {
      name: "a closing after the measures",
      text: material() + "\n以上对照检查，不妥之处请同志们批评指正。\n2025年1月10日",
    },
  ],
  invalid: [
    {
      name: "measures before causes",
      text: material({ sections: [problems, measures, causes] }),
      errors: [{ paragraph: 10, severity: "warning", data: { kind: "causes", after: "measures" }, message: "“原因分析”应放在“整改措施”之前" }],
    },
    {
      name: "last year's rectification after the problems",
      text: material({ sections: [problems, LAST_YEAR, causes, measures] }),
      errors: [{ paragraph: 6, data: { kind: "last_year_rectification", after: "problems" } }],
    },
    {
      name: "personal matters before the measures",
      text: material({ sections: [problems, causes, PERSONAL, measures] }),
      errors: [{ paragraph: 12, data: { kind: "measures", after: "personal_matters" } }],
    },
  ],
});
