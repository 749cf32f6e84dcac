/**
 * Measures-section layouts of dev-166…177 (issue 9):
 * - measures written inline with sequence words (首先，……其次，……最后，…… / 一方面，……另一方面，……);
 * - a measures section split into 整改目标 / 具体措施 / 保障措施: only the part named for the
 *   measures holds them;
 * - labels naming where the measures act (（一）在思想上) over lists starting again at 1 whose
 *   entries have points of their own: three levels, the middle one the measures.
 * Each with the layouts that must stay as they were.
 */
import { analyze } from "../../../src/core/analyze";
import { findSequenceRun } from "../../../src/core/numbering";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { beforeMeasures } from "../../helpers/madeUp";

const HEAD = beforeMeasures("某局机关党员2024年度组织生活会对照检查材料", "按照支部安排，我认真查摆了问题，现对照检查如下。");
const CLOSING = "以上对照检查，请同志们批评指正。";
const textOf = (measures: string[]) => [...HEAD, ...measures, CLOSING].join("\n");
const read = (measures: string[]) => {
  const lines = [...HEAD, ...measures, CLOSING];
  const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
  return {
    measures: doc.measures.map((m) => lines[m.paragraph]!.slice(0, 6)),
    titles: doc.measures.map((m) => m.title),
    groups: doc.groups.filter((g) => g.section === "measures").map((g) => [lines[g.paragraph]!.slice(0, 6), g.items.length]),
  };
};
const findings = (measures: string[], rule: string) => analyze(paragraphsFromText(textOf(measures)), { hostKind: "text" }).findings.filter((f) => f.rule === rule);

describe("sequence words as inline numbers", () => {
  test("首先，其次，再次，最后， in order, and 一方面，另一方面，", () => {
    const text = "我将：首先，加强学习；其次，改进作风；再次，严守纪律；最后，抓好落实。";
    expect(findSequenceRun(text).map((m) => [m.value, m.raw])).toEqual([
      [1, "首先，"],
      [2, "其次，"],
      [3, "再次，"],
      [4, "最后，"],
    ]);
    expect(findSequenceRun("一方面，加强学习；另一方面，改进作风。").map((m) => m.form)).toEqual(["一方面", "另一方面"]);
    expect(findSequenceRun("我将：其一，加强学习；其二，改进作风；其三，严守纪律。").map((m) => [m.value, m.raw])).toEqual([
      [1, "其一，"],
      [2, "其二，"],
      [3, "其三，"],
    ]);
  });
  test("invalid: 其N out of order or mixed with 其次", () => {
    expect(findSequenceRun("其二，加强学习；其一，改进作风。")).toEqual([]);
    expect(findSequenceRun("其一，加强学习；其次，改进作风。")).toEqual([]);
    expect(findSequenceRun("尤其一，加强学习；尤其二，改进作风。")).toEqual([]);
  });
  test("invalid: a lone 首先, words out of order, words inside a sentence or with no comma after", () => {
    expect(findSequenceRun("首先，加强学习，做到学用结合。")).toEqual([]);
    expect(findSequenceRun("其次，改进作风；首先，加强学习。")).toEqual([]);
    expect(findSequenceRun("我首先，加强学习；我其次，改进作风。")).toEqual([]);
    expect(findSequenceRun("首先要加强学习，其次要改进作风。")).toEqual([]);
    expect(findSequenceRun("这一方面，要加强学习；另一方面，改进作风。")).toEqual([]);
  });
});

describe("measures written inline with sequence words", () => {
  const inline =
    "针对以上问题，我将认真整改：首先，深化理论学习，每月结合实际研讨一次；其次，密切联系群众，每月到基层调研两次，建立诉求台账；最后，严防廉洁风险，每季度检查一次下属单位采购。";
  test("one measure for each word, each paired with its problem", () => {
    expect(read([inline]).titles.map((t) => t.slice(0, 4))).toEqual(["首先，深", "其次，密", "最后，严"]);
    const { doc } = analyze(paragraphsFromText(textOf([inline])), { hostKind: "text" });
    expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`).sort()).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
  });
  test("a paragraph of its own that starts 首先，, between a lead and a pledge", () => {
    const sequence = "首先，深化理论学习，每月结合实际研讨一次；其次，密切联系群众，每月到基层调研两次；最后，严防廉洁风险，每季度检查一次采购。";
    const out = read(["针对以上问题，我将认真抓好整改。", sequence, "总之，我将以这次组织生活会为新的起点，以更高标准严格要求自己。"]);
    expect(out.titles.map((t) => t.slice(0, 4))).toEqual(["首先，深", "其次，密", "最后，严"]);
  });
  test("一方面，……另一方面，……: two measures", () => {
    const out = read(["下一步，我将：一方面，深化理论学习，每月结合实际研讨一次；另一方面，密切联系群众，每月到基层调研两次，每季度检查一次下属单位采购。"]);
    expect(out.titles.map((t) => t.slice(0, 4))).toEqual(["一方面，", "另一方面"]);
  });
  test("invalid: numbered measures with 首先 and 其次 inside one of them stay as they are", () => {
    const out = read(["（一）深化理论学习。首先，每月研讨一次；其次，撰写体会。", "（二）密切联系群众。每月到基层调研两次。", "（三）严防廉洁风险。每季度检查一次采购。"]);
    expect(out.measures).toEqual(["（一）深化理", "（二）密切联", "（三）严防廉"]);
  });
});

describe("a measures section in parts: 整改目标 / 具体措施 / 保障措施", () => {
  const parts = (second: string) => [
    "（一）整改目标",
    "通过整改，理论学习更加扎实，联系群众更加紧密，廉洁风险得到有效防控。",
    second,
    "1.深化理论学习，每月结合实际研讨一次。",
    "2.密切联系群众，每月到基层调研两次，建立诉求台账。",
    "3.严防廉洁风险，每季度检查一次下属单位采购。",
    "（三）保障措施",
    "1.加强组织领导，成立整改工作小组。",
    "2.强化督促检查，每季度跟踪一次整改情况。",
  ];
  test.each(["（二）具体措施", "（二）整改措施", "（二）主要举措："])("only the items under %s are measures", (second) => {
    expect(read(parts(second)).measures).toEqual(["1.深化理论", "2.密切联系", "3.严防廉洁"]);
    expect(findings(parts(second), "numbering-sequence")).toEqual([]);
    const { doc } = analyze(paragraphsFromText(textOf(parts(second))), { hostKind: "text" });
    expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`).sort()).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
  });
  test("the same words unnumbered on lines of their own", () => {
    const unnumbered = parts("具体措施").map((l) => l.replace(/^（[一三]）/, ""));
    expect(unnumbered[0]).toBe("整改目标");
    expect(read(unnumbered).measures).toEqual(["1.深化理论", "2.密切联系", "3.严防廉洁"]);
  });
  test("invalid: a lone 整改措施： line, with no part beside it that holds none, divides nothing", () => {
    const out = read(["整改措施：", "1.深化理论学习，每月结合实际研讨一次。", "2.密切联系群众，每月到基层调研两次。", "3.严防廉洁风险，每季度检查一次下属单位采购。", "4.加强组织领导，成立整改工作小组。"]);
    expect(out.measures).toEqual(["1.深化理论", "2.密切联系", "3.严防廉洁", "4.加强组织"]);
  });
  test("invalid: labels that say what is done stay the measures, their 1. 2. their points", () => {
    const out = read([
      "（一）强化理论武装",
      "1.每月结合实际研讨一次。",
      "2.撰写学习体会。",
      "（二）密切联系群众",
      "1.每月到基层调研两次。",
      "（三）严格保障廉洁",
      "1.每季度检查一次下属单位采购。",
    ]);
    expect(out.measures).toEqual(["（一）强化理", "（二）密切联", "（三）严格保"]);
  });
});

describe("parts labelled with a sentence on the line: 一是整改目标。…… 二是具体措施。…… 三是保障措施。……", () => {
  const goal = "一是整改目标。通过整改，理论学习更加扎实，联系群众更加紧密，廉洁风险得到有效防控。";
  const guarantee = "三是保障措施。成立整改工作小组，每季度跟踪一次整改情况。";
  test("the measures are the lines under the part named for them", () => {
    const lines = [goal, "二是具体措施。", "1.深化理论学习，每月结合实际研讨一次。", "2.密切联系群众，每月到基层调研两次。", "3.严防廉洁风险，每季度检查一次下属单位采购。", guarantee];
    expect(read(lines).measures).toEqual(["1.深化理论", "2.密切联系", "3.严防廉洁"]);
    expect(findings(lines, "problem-unpaired")).toEqual([]);
  });
  test("…or the measures written inline after the label's sentence: （一）……。（二）……。（三）……。", () => {
    const lines = [goal, "二是具体措施。（一）深化理论学习，每月结合实际研讨一次。（二）密切联系群众，每月到基层调研两次。（三）严防廉洁风险，每季度检查一次下属单位采购。", guarantee];
    expect(read(lines).titles).toEqual(["（一）深化理论学习，每月结合实际研讨一次。", "（二）密切联系群众，每月到基层调研两次。", "（三）严防廉洁风险，每季度检查一次下属单位采购。"]);
    const { doc } = analyze(paragraphsFromText(textOf(lines)), { hostKind: "text" });
    expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`).sort()).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
  });
  test("invalid: measures whose first sentences are longer than a part's name stay the measures", () => {
    const lines = ["一是明确学习的整改目标。每月结合实际研讨一次。", "二是落实联系群众的具体措施。每月到基层调研两次。", "三是完善廉洁风险的保障措施。每季度检查一次采购。"];
    expect(read(lines).measures).toEqual(["一是明确学习", "二是落实联系", "三是完善廉洁"]);
  });
  test("invalid: with no part that holds none beside it, a 具体措施。 label divides nothing", () => {
    const lines = ["一是深化理论学习。每月结合实际研讨一次。", "二是具体措施。每月到基层调研两次。", "三是严防廉洁风险。每季度检查一次采购。"];
    expect(read(lines).measures).toEqual(["一是深化理论", "二是具体措施", "三是严防廉洁"]);
  });
});

describe("three levels: where the measures act / the measures / their points", () => {
  const levels = (withPoints: boolean) => [
    "（一）在思想上",
    "1.深化理论学习。",
    ...(withPoints ? ["（1）每月结合实际研讨一次。", "（2）撰写学习体会。"] : []),
    "（二）在工作上",
    "1.密切联系群众。",
    ...(withPoints ? ["（1）每月到基层调研两次。", "（2）建立诉求台账。"] : []),
    "2.严防廉洁风险。",
    ...(withPoints ? ["（1）每季度检查一次下属单位采购。"] : []),
  ];
  test("the 1. lines are the measures, the labels their groups, the restart no slip", () => {
    const out = read(levels(true));
    expect(out.measures).toEqual(["1.深化理论", "1.密切联系", "2.严防廉洁"]);
    expect(out.groups).toEqual([
      ["（一）在思想", 1],
      ["（二）在工作", 2],
    ]);
    expect(findings(levels(true), "numbering-sequence")).toEqual([]);
  });
  test("invalid: the same labels over points with no third level stay the measures", () => {
    expect(read(levels(false)).measures).toEqual(["（一）在思想", "（二）在工作"]);
  });
});

describe("a lead sentence fused with the first item: ……以下几点：一是…… then 二是 三是 on lines of their own", () => {
  const lead = "针对上述问题，下一步我将重点做好以下几点：一是深化理论学习，每月结合实际研讨一次。";
  const rest = ["二是密切联系群众，每月到基层调研两次，建立诉求台账。", "三是严防廉洁风险，每季度检查一次下属单位采购。"];
  test("the part after the lead is the first measure, paired like the others", () => {
    const out = read([lead, ...rest]);
    expect(out.measures).toEqual(["针对上述问题", "二是密切联系", "三是严防廉洁"]);
    expect(out.titles[0]).toBe("一是深化理论学习，每月结合实际研讨一次。");
    const { doc } = analyze(paragraphsFromText(textOf([lead, ...rest])), { hostKind: "text" });
    expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`).sort()).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
  });
  test("the same in the problems section", () => {
    const lines = [
      "某局干部2024年度组织生活会对照检查材料",
      "一、存在的问题",
      "对照党章党规，主要存在以下问题：一是理论学习不够深入，结合实际研讨不够。",
      "二是联系群众不够紧密，对群众诉求回应不及时。",
      "三是廉洁风险防控不严，对下属单位采购监督不到位。",
      "二、原因分析",
      "理想信念有所松懈。",
      "三、整改措施",
      "（一）深化理论学习。（二）密切联系群众。（三）严防廉洁风险。",
    ];
    const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
    expect(doc.problems.map((p) => [p.paragraph, p.title.slice(0, 6)])).toEqual([
      [2, "一是理论学习"],
      [3, "二是联系群众"],
      [4, "三是廉洁风险"],
    ]);
  });
  test("invalid: a lead with no number after it, items starting at 1, or two lines before item 2", () => {
    expect(read(["针对上述问题，下一步我将重点做好以下几点：", ...rest]).measures).toEqual(["二是密切联系", "三是严防廉洁"]);
    expect(read(["针对上述问题，我将认真整改：一是深化理论学习。", "1.密切联系群众，每月到基层调研两次。", "2.严防廉洁风险，每季度检查一次采购。"]).measures).toEqual(["1.密切联系", "2.严防廉洁"]);
    expect(read(["针对上述问题，我将：一是深化理论学习。", "具体是每月研讨一次。", ...rest]).measures).toEqual(["二是密切联系", "三是严防廉洁"]);
  });
});

describe("inline ordinals over several paragraphs: 一是……；二是……。 then 三是……；四是……。", () => {
  test("each ordinal is a measure where they run on only when the inline ones are counted", () => {
    const out = read(["一是深化理论学习，每月研讨一次；二是密切联系群众，每月到基层调研两次。", "三是严防廉洁风险，每季度检查一次采购；四是自觉接受组织和群众监督。"]);
    expect(out.titles.map((t) => t.slice(0, 4))).toEqual(["一是深化", "二是密切", "三是严防", "四是自觉"]);
  });
  test("the same for causes", () => {
    const lines = [
      "某局干部2024年度组织生活会对照检查材料",
      "一、存在的问题",
      "（一）理论学习不够深入。",
      "（二）联系群众不够紧密。",
      "（三）廉洁风险防控不严。",
      "二、原因分析",
      "一是理想信念有所松懈；二是宗旨意识有所淡化。",
      "三是纪律规矩意识不强；四是管党治党责任落实不到位。",
      "三、整改措施",
      "（一）深化理论学习。（二）密切联系群众。（三）严防廉洁风险。",
    ];
    const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
    expect(doc.causes.map((c) => [c.paragraph, c.marker?.value])).toEqual([
      [6, 1],
      [6, 2],
      [7, 3],
      [7, 4],
    ]);
  });
  test("invalid: a measure's own 二是 where the next measure is 二是 stays its point", () => {
    const out = read(["一是深化理论学习。具体是：每月研讨一次；二是撰写体会。", "二是密切联系群众，每月到基层调研两次。", "三是严防廉洁风险，每季度检查一次采购。"]);
    expect(out.measures).toEqual(["一是深化理论", "二是密切联系", "三是严防廉洁"]);
  });
});
