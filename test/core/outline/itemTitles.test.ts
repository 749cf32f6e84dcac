/**
 * An item's title is its first sentence; a short numbered label closed by a colon (问题一：,
 * 措施2：) says which item it is, not what, so the title goes on to the end of the next
 * sentence. Invalid: a heading closed by a colon that says what (在理论学习方面：) keeps its
 * first sentence.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const read = (problems: string[], measures: string[]) =>
  analyzeStructure(
    paragraphsFromText(
      [
        "某局副局长2023年度民主生活会个人对照检查材料",
        "现将对照检查情况报告如下。",
        "一、存在的问题",
        ...problems,
        "二、原因分析",
        "（一）理想信念有所弱化。（二）宗旨意识有所淡化。",
        "三、整改措施",
        ...measures,
      ].join("\n"),
    ),
  );

test("问题一： / 措施一： with the sentence on the line: the title holds the sentence", () => {
  const doc = read(
    ["问题一：理论学习不够深入。2023年撰写心得仅2篇。", "问题二：调查研究不够扎实。全年到基层调研5次。"],
    ["措施1：加强理论学习。每月撰写一篇心得。", "措施2：深入调查研究。每季度调研不少于3次。"],
  );
  expect(doc.problems.map((p) => p.title)).toEqual(["问题一：理论学习不够深入。", "问题二：调查研究不够扎实。"]);
  expect(doc.measures.map((m) => m.title)).toEqual(["措施1：加强理论学习。", "措施2：深入调查研究。"]);
});

test("a heading closed by a colon that says what keeps its first sentence", () => {
  const doc = read(
    ["（一）在理论学习方面：学习不够深入，2023年撰写心得仅2篇。", "（二）在调查研究方面：调研不够扎实，全年到基层调研5次。"],
    ["（一）加强理论学习：每月撰写一篇心得。", "（二）深入调查研究：每季度调研不少于3次。"],
  );
  expect(doc.problems.map((p) => p.title)).toEqual(["（一）在理论学习方面：", "（二）在调查研究方面："]);
  expect(doc.measures.map((m) => m.title)).toEqual(["（一）加强理论学习：", "（二）深入调查研究："]);
});
