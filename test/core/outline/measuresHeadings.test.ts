/**
 * Measures headings worded without 措施 or 努力方向 (dev-142, dev-143, dev-153): 今后改进提高的方向,
 * 整改提升计划, 整改的思路和办法, 对症下药抓整改 name the measures by their words, so the reading is
 * sure without asking. Invalid: the same words about problems, or inside a preface's sentence.
 */
import { classifyHeading } from "../../../src/core/sections";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const material = (heading: string) =>
  [
    "某局局长2024年度民主生活会个人对照检查材料",
    "现将个人对照检查情况报告如下。",
    "一、存在的问题",
    "（一）理论学习不够深入。学习笔记以摘抄为主。",
    "（二）联系群众不够紧密。深入基层调研偏少。",
    "二、原因分析",
    "（一）理想信念有所松懈。",
    "（二）宗旨意识有所淡化。",
    heading,
    "（一）深化理论学习。每月集中研讨一次。",
    "（二）密切联系群众。每季度调研两次。",
    "以上对照检查，请同志们批评指正。",
  ].join("\n");

test.each(["三、今后改进提高的方向", "三、整改提升计划", "三、整改的思路和办法", "三、对症下药抓整改", "三、改进工作的路径", "三、以案促改的措施", "三、以案为鉴的整改方向"])(
  "%s names the measures: the reading is sure and asks nothing",
  (heading) => {
    const doc = analyzeStructure(paragraphsFromText(material(heading)));
    const measures = doc.sections.find((s) => s.kind === "measures")!;
    expect(measures.heading).toBe(heading);
    expect(measures.recognisedBy).toBe("heading");
    expect(doc.reading.confidence.sure).toBe(true);
    expect(doc.reading.questions).toEqual([]);
  },
);

test("invalid: problems or last year's rectification worded with the same notions stay what they are", () => {
  expect(classifyHeading("需要改进提高的几个方面")).toBe("problems");
  expect(classifyHeading("上年度整改计划落实情况")).toBe("last_year_rectification");
  expect(classifyHeading("检视出的问题")).toBe("problems");
  // A case studied for its lessons stays a section of its own where the heading names no measures.
  expect(classifyHeading("以案促改剖析")).toBe("other");
  expect(classifyHeading("反面典型案例剖析")).toBe("other");
  expect(classifyHeading("典型案例分析情况")).toBe("other");
  // A heading that names nothing is still placed only by position, and asked about.
  const doc = analyzeStructure(paragraphsFromText(material("三、下定决心")));
  expect(doc.sections.find((s) => s.kind === "measures")?.recognisedBy).toBe("position");
  expect(doc.reading.confidence.sure).toBe(false);
});
