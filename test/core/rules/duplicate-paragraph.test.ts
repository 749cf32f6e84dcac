import rule from "../../../src/core/rules/duplicate-paragraph";
import { ruleTester } from "./ruleTester";
import { material, materialLines } from "./materials";

const P = "坚持以习近平新时代中国特色社会主义思想为指导，认真查摆问题、深刻剖析根源。";

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "short lines repeat legitimately", text: "一、存在的问题\n一是加强学习。\n二、原因分析\n一是加强学习。\n三、整改措施\n一是加强学习。" },
    { name: "blank paragraphs", text: "\n\n\n" },
    { name: "nearly the same is not the same", text: `${P}\n${P.replace("深刻", "认真")}` },
    {
      name: "table cells repeat by design (a rectification list)",
      paragraphs: [P, ...Array.from({ length: 3 }, () => ({ text: "长期坚持，每季度对照清单检查一次整改成效", inTable: true }))],
    },
  ],
  invalid: [
    {
      name: "a paragraph pasted twice",
      paragraphs: [...materialLines(), P, P],
      errors: [{ paragraph: 15, severity: "warning", data: { first: 14 }, message: "这一段与第 15 段完全相同" }],
    },
    {
      name: "three times: both repeats point at the first",
      paragraphs: [P, "现将对照检查情况报告如下。", P, P],
      errors: [{ paragraph: 2, data: { first: 0 } }, { paragraph: 3, data: { first: 0 } }],
    },
    {
      name: "spaces and indentation do not make it different",
      paragraphs: [P, "\u3000\u3000" + P.replace("，", " ，")],
      errors: [{ paragraph: 1, data: { first: 0 } }],
    },
  ],
});
