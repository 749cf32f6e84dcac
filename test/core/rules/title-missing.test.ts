import rule from "../../../src/core/rules/title-missing";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

ruleTester.run(rule, {
  valid: [
    material(),
    "××局党组2024年度民主生活会对照检查材料\n现将对照检查情况报告如下。",
    { name: "a title split over two lines, the author in brackets", text: "2024年度民主生活会个人对照检查材料\n（县××局党组书记、局长　王××）\n现将对照检查情况报告如下。" },
    { name: "附件 above the title", text: "附件1\n××同志2024年度组织生活会个人对照检查材料\n现将有关情况报告如下。" },
    {
      name: "a centred first line without the usual words",
      paragraphs: [{ text: "关于近一年思想和工作的反思", format: { alignment: "center" } }, "现将有关情况报告如下。"],
    },
    { name: "an empty document says nothing", text: "\n\n" },
  ],
  invalid: [
    {
      name: "the material starts with its preface",
      text: "按照上级要求，现将对照检查情况报告如下。\n一、存在问题\n（一）理论学习不够深入。",
      errors: [{ paragraph: null, severity: "warning", message: /未识别到标题/ }],
    },
    {
      name: "blank lines, then straight into the first section",
      text: material({ title: null, preface: null }).replace(/^/, "\n\n"),
      errors: [{ paragraph: null }],
    },
    {
      name: "a long first sentence is prose, not a title",
      text: "我是××局局长，2024年以来在局党组的领导下，认真履行职责，现将一年来的思想和工作情况作如下对照检查。\n一、存在的问题",
      errors: 1,
    },
  ],
});
