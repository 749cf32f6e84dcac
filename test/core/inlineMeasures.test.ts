/**
 * Measures written inline in one paragraph are one measure each where the problems are
 * several; causes written inline stay one item per ordinal; points stay points.
 */
import { analyze } from "../../src/core/analyze";
import { findInlineNumberRun, parseLeadingMarker } from "../../src/core/numbering";
import { analyzeStructure } from "../../src/core/structure";
import { paragraphsFromText } from "../../src/host/text";

const PROBLEMS = [
  "某校党支部书记2024年度组织生活会个人对照检查材料",
  "一、存在的问题",
  "（一）理论学习不够深入。学习笔记以摘抄为主，结合教学实际研讨不够。",
  "（二）联系师生不够紧密。深入课堂听课次数偏少，对教师诉求回应不及时。",
  "（三）支部建设抓得不实。“三会一课”有时流于形式。",
  "二、原因分析",
  "一是理想信念有所松懈；二是宗旨意识有所淡化；三是管党治党责任落实不到位。",
];
const INLINE = "（一）深化理论学习。每月集中学习两次。（二）密切联系师生。每学期听课二十节，建立诉求台账。（三）夯实支部建设。严格落实“三会一课”制度。";
const read = (...ls: string[]) => analyzeStructure(paragraphsFromText(ls.join("\n")));

describe("inline numbers after a sentence", () => {
  test("the leading number's run", () => {
    const first = parseLeadingMarker(INLINE);
    expect(findInlineNumberRun(INLINE, first!.length, first).map((m) => [m.value, m.raw])).toEqual([[1, "（一）"], [2, "（二）"], [3, "（三）"]]);
  });
  test("a run from 1 after a colon, and 1. 2. written inline", () => {
    expect(findInlineNumberRun("我将做到：1.加强学习。2.改进作风。", 0, null).map((m) => m.value)).toEqual([1, 2]);
  });
  test("numbers inside a sentence are not a run", () => {
    expect(findInlineNumberRun("（一）按照第（二）项要求，落实（三）类整改。", 3, parseLeadingMarker("（一）"))).toEqual([]);
    expect(findInlineNumberRun("增长1.5%。2.5个百分点。", 0, null)).toEqual([]);
  });
  test("numbers that skip are not a run", () => {
    expect(findInlineNumberRun("（一）加强学习。（三）改进作风。", 3, parseLeadingMarker("（一）"))).toEqual([]);
  });
});

describe("measures written inline", () => {
  test("（一）……。（二）……。（三）…… in one paragraph: three measures, each paired", () => {
    const s = read(...PROBLEMS, "三、整改措施", INLINE);
    expect(s.measures.map((m) => [m.paragraph, m.title])).toEqual([
      [8, "（一）深化理论学习。"],
      [8, "（二）密切联系师生。"],
      [8, "（三）夯实支部建设。"],
    ]);
    expect(s.measures[1]!.body).toBe("（二）密切联系师生。每学期听课二十节，建立诉求台账。");
    // The causes written inline stay one item per ordinal.
    expect(s.causes.map((c) => c.paragraph)).toEqual([6, 6, 6]);
    const { doc } = analyze(paragraphsFromText([...PROBLEMS, "三、整改措施", INLINE].join("\n")), { hostKind: "text" });
    expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`).sort()).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
  });

  test("in the heading's paragraph: 三、整改措施。一是……二是……三是……", () => {
    const s = read(...PROBLEMS, "三、整改措施。针对上述问题，我将：一是深化理论学习，每月集中学习两次；二是密切联系师生，建立诉求台账；三是夯实支部建设，严格落实“三会一课”制度。");
    expect(s.measures.map((m) => m.paragraph)).toEqual([7, 7, 7]);
    expect(s.measures.map((m) => m.marker?.value)).toEqual([1, 2, 3]);
  });

  test("an unnumbered paragraph: 针对上述问题，我将：（一）……。（二）……", () => {
    const s = read(...PROBLEMS, "三、整改措施", `针对上述问题，我将：${INLINE}`);
    expect(s.measures.map((m) => m.title)).toEqual(["（一）深化理论学习。", "（二）密切联系师生。", "（三）夯实支部建设。"]);
  });

  test("with a single problem the paragraph stays one measure", () => {
    const s = read(PROBLEMS[0]!, PROBLEMS[1]!, PROBLEMS[2]!, PROBLEMS[5]!, PROBLEMS[6]!, "三、整改措施", INLINE);
    expect(s.problems).toHaveLength(1);
    expect(s.measures).toHaveLength(1);
  });

  test("a numbered measure with 一是 二是 points stays one measure with points", () => {
    const s = read(...PROBLEMS, "三、整改措施", "（一）全面加强自身建设。一是深化理论学习；二是密切联系师生；三是夯实支部建设。");
    expect(s.measures).toHaveLength(1);
    expect(s.measures[0]!.points).toHaveLength(3);
  });

  test("measures on their own lines are untouched", () => {
    const s = read(...PROBLEMS, "三、整改措施", "（一）深化理论学习。每月集中学习两次。", "（二）密切联系师生。建立诉求台账。（三）类问题另行整改。");
    expect(s.measures.map((m) => m.paragraph)).toEqual([8, 9]);
  });
});

describe("measures written inline, then a general paragraph (dev-227)", () => {
  const GENERAL = "同时，支部将建立整改台账，实行销号管理，每季度通报一次整改进展。";
  const SHI = "一是深化理论学习，每月集中学习两次。二是密切联系师生，每学期听课二十节。三是夯实支部建设，严格落实“三会一课”制度。";
  test.each([
    ["（一）……。（二）……。（三）……", INLINE],
    ["一是……二是……三是……", SHI],
  ])("valid: %s, then 同时，……: three measures, the general paragraph the last one's text", (_, inline) => {
    const doc = read(...PROBLEMS, "三、整改措施", inline, GENERAL, "以上对照检查，请批评指正。");
    expect(doc.measures).toHaveLength(3);
    expect(doc.measures[2]!.body).toContain("整改台账");
    expect(doc.measures[0]!.body).not.toContain("整改台账");
    const findings = analyze(paragraphsFromText([...PROBLEMS, "三、整改措施", inline, GENERAL].join("\n")), { hostKind: "text" }).findings;
    expect(findings.filter((f) => f.rule === "problem-unpaired" || f.rule === "measure-unpaired")).toEqual([]);
  });

  test("invalid: a numbered line after the paragraph, or a single problem, leaves one measure", () => {
    const numbered = read(...PROBLEMS, "三、整改措施", SHI, "1.建立整改台账，实行销号管理。");
    expect(numbered.measures).toHaveLength(1);
    const one = read(...PROBLEMS.slice(0, 3), "二、原因分析", "一是理想信念有所松懈；二是宗旨意识有所淡化。", "三、整改措施", SHI, GENERAL);
    expect(one.measures).toHaveLength(1);
  });
});

describe("a lead and measures inline in one unnumbered paragraph, then 此外，……", () => {
  const LEAD_INLINE = "针对上述问题，我将：一是深化理论学习，每月集中学习两次；二是密切联系师生，每学期听课二十节；三是夯实支部建设，严格落实“三会一课”制度。";
  test("valid: three measures, the 此外 / 同时 paragraphs the last one's text", () => {
    for (const more of [["此外，建立整改台账，实行销号管理。"], ["同时，建立整改台账。", "另外，每季度通报一次整改进展。"]]) {
      const doc = read(...PROBLEMS, "三、整改措施", LEAD_INLINE, ...more, "以上对照检查，请批评指正。");
      expect(doc.measures.map((m) => m.title.slice(0, 2))).toEqual(["一是", "二是", "三是"]);
      expect(doc.measures[2]!.body).toContain("整改台账");
    }
  });
  test("invalid: a paragraph after it that does not go on from it (a measure of its own) leaves the paragraphs as they were", () => {
    const doc = read(...PROBLEMS, "三、整改措施", LEAD_INLINE, "严格廉洁自律，管好身边工作人员。", "以上对照检查，请批评指正。");
    expect(doc.measures).toHaveLength(2);
  });
  test("invalid: among the problems, 此外， may add a problem: not folded into the inline ones", () => {
    const doc = read(
      "某校党支部书记2024年度组织生活会个人对照检查材料",
      "一、存在的问题",
      "对照检视，主要存在以下问题：一是理论学习不够深入；二是联系师生不够紧密。",
      "此外，在廉洁自律方面还存在要求不严的问题。",
      "二、原因分析",
      "一是理想信念有所松懈；二是宗旨意识有所淡化。",
      "三、整改措施",
      INLINE,
    );
    expect(doc.problems.some((p) => p.title.startsWith("此外"))).toBe(true);
  });
});
