import rule from "../../../src/core/rules/section-missing";
import { ruleTester } from "./ruleTester";
import { CAUSES, material, MEASURES, PROBLEMS } from "./materials";

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "headings worded otherwise", text: material({ sections: [
      { heading: "查摆的问题及具体表现", items: PROBLEMS },
      { heading: "问题产生的根源剖析", items: CAUSES },
      { heading: "下步努力方向和整改措施", items: MEASURES },
    ] }) },
    { name: "with the year's profile", text: material(), profileId: "2024-mzshh-four-leads" },
    { name: "structure only", text: material(), profileId: "none" },
  ],
  invalid: [
    {
      name: "no causes",
      text: material({ causes: null }),
      errors: [{ paragraph: null, severity: "error", data: { kind: "causes" }, message: "缺少“原因分析”部分" }],
    },
    {
      name: "neither causes nor measures, in the customary order",
      text: material({ causes: null, measures: null }),
      errors: [{ paragraph: null, data: { kind: "causes" } }, { paragraph: null, data: { kind: "measures" } }],
    },
    {
      name: "no preface: the title runs straight into 一、",
      text: material({ preface: null }),
      errors: [{ paragraph: null, data: { kind: "preface" } }],
    },
    {
      name: "a profile's required sections are checked too",
      text: material({ measures: null }),
      profileId: "2022-mzshh-six-leads",
      errors: [{ paragraph: null, data: { kind: "measures" } }],
    },
    {
      name: "only a title and a preface",
      text: material({ problems: null, causes: null, measures: null }),
      errors: [{ data: { kind: "problems" }, paragraph: null }, { data: { kind: "causes" }, paragraph: null }, { data: { kind: "measures" }, paragraph: null }],
    },
  ],
});
