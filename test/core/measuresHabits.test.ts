/**
 * Measures-section habits from dev-121…136: a measures heading fused with its first
 * measure, 一要……二要…… written in one paragraph, a 第N that starts a unit's name in the
 * title, and 责任人：/完成时限： lines under a measure. Valid and invalid cases each.
 */
import { analyze } from "../../src/core/analyze";
import { findInlineOrdinals } from "../../src/core/numbering";
import { analyzeStructure } from "../../src/core/structure";
import { paragraphsFromText } from "../../src/host/text";
import { PROBLEMS_AND_CAUSES } from "../helpers/madeUp";

const TITLE = "某局局长2024年度民主生活会个人对照检查材料";
const PROBLEMS = PROBLEMS_AND_CAUSES;
const CLOSING = ["以上对照检查，请同志们批评指正。", "张某某", "2025年1月10日"];
const read = (...ls: string[]) => analyzeStructure(paragraphsFromText(ls.join("\n")));
const at = (ls: readonly string[], start: string) => ls.findIndex((l) => l.startsWith(start));

describe("a measures heading fused with its first measure", () => {
  const lines = [
    TITLE,
    ...PROBLEMS,
    "三、整改措施：（一）深化理论学习。每月集中研讨一次，结合实际撰写体会。",
    "（二）密切联系群众。每季度到基层调研不少于两次，群众诉求一周内回复。",
    "（三）严格廉洁监督。修订采购管理办法，每半年检查一次下属单位采购。",
    ...CLOSING,
  ];
  test("the heading's paragraph holds measure 1; no slip, every problem answered", () => {
    const doc = read(...lines);
    const heading = at(lines, "三、");
    expect(doc.measures.map((m) => [m.paragraph, m.marker?.value])).toEqual([[heading, 1], [heading + 1, 2], [heading + 2, 3]]);
    expect(doc.measures[0]!.title).toBe("（一）深化理论学习。");
    const { findings } = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text" });
    expect(findings.filter((f) => f.rule === "numbering-sequence" || f.rule === "problem-unpaired")).toEqual([]);
  });
  test("a heading with no number after its words, or another form, gives no extra measure", () => {
    const plain = read(...lines.map((l) => (l.startsWith("三、") ? "三、整改措施：针对上述问题，我将抓好以下整改。" : l)));
    expect(plain.measures.map((m) => m.marker?.value)).toEqual([2, 3]);
    const other = read(...lines.map((l) => (l.startsWith("三、") ? "三、整改措施：1.深化理论学习。每月集中研讨一次。" : l)));
    expect(other.measures.some((m) => m.paragraph === at(lines, "三、"))).toBe(false);
  });
  test("items that start at 1 below the heading keep the heading's own number out", () => {
    const ls = [TITLE, ...PROBLEMS, "三、整改措施：（一）为总体要求。", "（一）深化理论学习。每月研讨一次。", "（二）密切联系群众。每季度调研两次。", ...CLOSING];
    expect(read(...ls).measures.map((m) => m.paragraph)).toEqual([at(ls, "（一）深化"), at(ls, "（二）密切")]);
  });
});

describe("一要……二要…… measures in one paragraph", () => {
  test("a run of 一要 二要 三要 is read as ordinals", () => {
    expect(findInlineOrdinals("一要深化学习，每月研讨；二要联系群众，每季度调研；三要严格监督。").map((m) => [m.value, m.form])).toEqual([[1, "N要"], [2, "N要"], [3, "N要"]]);
  });
  test("a lone 一要, or 要 inside words (统一要求, 第一要务), is no run", () => {
    expect(findInlineOrdinals("按照统一要求，二要素齐全。")).toEqual([]);
    expect(findInlineOrdinals("发展是第一要务，一要抓好落实。")).toEqual([]);
  });
  test("one paragraph under the measures heading: a measure per ordinal, each paired", () => {
    const para = "一要深化理论学习，每月集中研讨一次，结合实际撰写体会；二要密切联系群众，每季度到基层调研两次，群众诉求一周内回复；三要严格廉洁监督，修订采购管理办法，每半年检查下属单位采购。";
    const ls = [TITLE, ...PROBLEMS, "三、整改措施", para, ...CLOSING];
    const doc = read(...ls);
    expect(doc.measures.map((m) => m.title.slice(0, 2))).toEqual(["一要", "二要", "三要"]);
    expect(doc.measures.every((m) => m.paragraph === at(ls, "一要"))).toBe(true);
    const { doc: analysed } = analyze(paragraphsFromText(ls.join("\n")), { hostKind: "text" });
    expect(analysed.pairs.map((p) => `${p.problem}>${p.measure}`).sort()).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
  });
});

describe("the title and the closing", () => {
  test("a title that starts with a unit's name 第三…分局 is the title", () => {
    const ls = ["第三税务分局党支部党员2022年度组织生活会个人对照检查材料", ...PROBLEMS, "三、整改措施", "（一）深化理论学习。", "（二）密切联系群众。", "（三）严格廉洁监督。", ...CLOSING];
    expect(read(...ls).sections[0]).toMatchObject({ kind: "title", start: 0 });
  });
  test("a 第一， line that is a point stays numbered, not a title", () => {
    const ls = ["第一，理论学习不够深入，学习笔记以摘抄为主。", "第二，联系群众不够紧密。"];
    expect(read(...ls).sections.some((s) => s.kind === "title")).toBe(false);
  });
  const measures = [
    "三、整改措施",
    "（一）深化理论学习。每月集中研讨一次。",
    "（二）密切联系群众。每季度调研两次。",
    "（三）严格廉洁监督。修订采购管理办法。",
    "",
    "责任人：局长",
    "完成时限：2025年6月底前",
    "",
  ];
  test("责任人： and 完成时限： under the last measure belong to it, even apart from the closing", () => {
    const ls = [TITLE, ...PROBLEMS, ...measures, ...CLOSING];
    expect(read(...ls).sections.find((s) => s.kind === "closing")!.start).toBe(at(ls, "以上"));
  });
  test("a signature with its label (对照检查人：) stays in the closing", () => {
    const ls = [TITLE, ...PROBLEMS, ...measures.slice(0, 4), "", "以上对照检查，请同志们批评指正。", "", "对照检查人：张某某", "2025年1月10日"];
    const doc = read(...ls);
    expect(doc.sections.find((s) => s.kind === "closing")).toMatchObject({ start: at(ls, "以上"), end: ls.length - 1 });
  });
});

describe("a pledge after unnumbered measures", () => {
  const measures = [
    "三、整改措施",
    "深化理论学习，提高政治能力。每月集中研讨一次，结合实际撰写体会。",
    "密切联系群众，改进工作作风。每季度到基层调研两次，群众诉求一周内回复。",
    "严格廉洁监督，扛起管党治党责任。修订采购管理办法，每半年检查一次。",
  ];
  test("总之，我将…… and 以这次检视剖析为动力 start the closing; they are no measure", () => {
    for (const pledge of ["总之，我将对照查摆出的问题逐项整改，切实把整改成效体现到工作中。", "我将以这次检视剖析为动力，逐项抓好整改。"]) {
      const ls = [TITLE, ...PROBLEMS, ...measures, pledge, ...CLOSING];
      const doc = read(...ls);
      expect(doc.measures).toHaveLength(3);
      expect(doc.sections.find((s) => s.kind === "closing")!.start).toBe(ls.indexOf(pledge));
    }
  });
  test("a last measure that only mentions 总之 inside, or is numbered, stays a measure", () => {
    const inside = "强化制度执行，总之要做到件件有着落。每季度检查一次整改进展。";
    const ls = [TITLE, ...PROBLEMS, ...measures, inside, ...CLOSING];
    expect(read(...ls).measures).toHaveLength(4);
    const numbered = [TITLE, ...PROBLEMS, "三、整改措施", "（一）深化理论学习。", "（二）密切联系群众。", "（三）总之，我将以这次检视剖析为动力，严格廉洁监督。", ...CLOSING];
    expect(read(...numbered).measures).toHaveLength(3);
  });
});
