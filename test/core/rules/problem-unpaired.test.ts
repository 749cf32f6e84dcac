import rule from "../../../src/core/rules/problem-unpaired";
import { ruleTester } from "./ruleTester";
import { CAUSES, material, MEASURES, PROBLEMS } from "./materials";

ruleTester.run(
  rule,
  {
    valid: [
      material(),
      {
        name: "measures in another order than the problems: paired by content",
        text: material({ measures: [MEASURES[2], MEASURES[0], MEASURES[1]].map((m, i) => `（${"一二三"[i]}）${m.slice(3)}`) }),
      },
      {
        name: "one measure answering two problems",
        text: material({
          problems: ["（一）理论学习不够深入，学习不够系统。", "（二）学用结合不紧，运用理论指导工作不够。"],
          causes: ["（一）放松了理论学习。"],
          measures: ["（一）深入开展理论学习，坚持学用结合，用理论指导工作。"],
        }),
      },
      { name: "no measures section: section-missing reports it once", text: material({ measures: null }) },
    ],
    invalid: [
      {
        name: "three problems, two measures",
        text: material({ measures: MEASURES.slice(0, 2) }),
        errors: [{ paragraph: 5, severity: "error", data: { problem: "P3" }, message: /^问题“（三）落实全面从严治党责任不够有力。”没有对应的整改措施$/ }],
      },
      {
        name: "a measures heading with nothing under it",
        text: material({ measures: [] }),
        errors: [
          { paragraph: 3, data: { problem: "P1" } },
          { paragraph: 4, data: { problem: "P2" } },
          { paragraph: 5, data: { problem: "P3" } },
        ],
      },
      {
        name: "a measure on something else entirely",
        text: material({
          problems: ["（一）理论学习不够深入。", "（二）联系群众不够紧密，下基层调研次数少。"],
          causes: ["（一）放松学习。"],
          measures: ["（一）深入开展理论学习。", "（二）完善财务报销审批流程，规范公务用车管理。"],
        }),
        errors: [{ paragraph: 4, data: { problem: "P2" } }],
      },
      {
        name: "problems placed only by position (the heading names no section): a warning",
        text: material({
          sections: [
            { heading: "思想方面", items: PROBLEMS },
            { heading: "原因分析", items: CAUSES },
            { heading: "整改措施", items: MEASURES.slice(0, 2) },
          ],
        }),
        errors: [{ paragraph: 5, severity: "warning", data: { problem: "P3" } }],
      },
    ],
  },
  { analysis: "full" },
);
