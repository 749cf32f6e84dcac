/**
 * Two measures for one problem, where measures are fewer than problems: the one-to-one
 * assignment must give every measure a problem, and may hand a problem's second measure
 * to a problem it barely touches. Such a measure goes back to the problem it is about.
 */
import { pairProblems, pairSimilarities, SURE_PAIR } from "../../../src/core/pairing/pair";
import { item } from "../../helpers/items";


const problems = [
  item("P1", "（一）理论学习不够深入。", "学习习近平新时代中国特色社会主义思想满足于读文件、记笔记，对财政改革的新要求钻研不深，运用理论指导预算管理的能力不强。"),
  item("P2", "（二）攻坚克难的担当不够。", "面对收支矛盾，存在等上级转移支付的思想，盘活存量资金、压减一般性支出的力度不大。"),
  item("P3", "（三）调查研究不深入。", "了解乡镇财政运行情况主要靠报表和汇报，很少到乡镇财政所实地调研。"),
  item("P4", "（四）改革创新意识不强。", "预算绩效管理改革推进缓慢，绩效评价结果与预算安排挂钩不紧。"),
  item("P5", "（五）廉洁自律要求还需加强。", "对资金拨付环节的廉政风险排查不够细，对身边工作人员教育提醒不够经常。"),
];
const study = item("M1", "（一）制定理论学习计划，", "系统学习习近平新时代中国特色社会主义思想和财政改革的重要论述，每季度撰写一篇学习心得。");
const applying = item("M2", "（二）把学习成果用在预算管理上，", "运用新发展理念审视预算编制，提高运用理论指导财政改革和预算管理的能力。");
const survey = item("M3", "（三）每季度到乡镇财政所实地调研，", "面对面了解乡镇财政运行情况，减少报表和汇报。");
const resolve = item("M4", "（四）主动作为破解收支矛盾。", "全面盘活存量资金，一般性支出压减10%以上。");

const pairsOf = (r: ReturnType<typeof pairProblems>) => r.pairs.map((p) => `${p.problem}>${p.measure}`);

describe("a problem's second measure the assignment gave away", () => {
  it("the texts are what the test needs: M2 is about P1 as much as M1 is, and touches P4 only in passing", () => {
    const sim = pairSimilarities(problems, [study, applying, survey, resolve]);
    expect(sim[0]![1]!).toBeGreaterThanOrEqual(0.7 * sim[0]![0]!);
    expect(sim[3]![1]!).toBeLessThan(SURE_PAIR);
    expect(sim[0]![1]!).toBeGreaterThan(3 * sim[3]![1]!);
  });

  it("valid: the measure goes to the problem it is about, as its second measure", () => {
    const r = pairProblems(problems, [study, applying, survey, resolve]);
    expect(pairsOf(r)).toEqual(expect.arrayContaining(["P1>M1", "P1>M2", "P2>M4", "P3>M3"]));
    // The problem it barely touched is not asserted to be answered by it.
    expect(r.pairs.filter((p) => p.problem === "P4" && p.sure)).toEqual([]);
  });

  it("invalid: a measure of its own problem stays there (it is not a weak pair)", () => {
    const own = item("M2", "（二）深化预算绩效管理改革，", "把绩效评价结果与预算安排挂钩，推进预算绩效管理改革。");
    const r = pairProblems(problems, [study, own, survey, resolve]);
    expect(pairsOf(r)).toContain("P4>M2");
    expect(pairsOf(r)).not.toContain("P1>M2");
  });

  it("invalid: a weak pair stays where the other problem's own measure is much closer than it", () => {
    const passing = item("M2", "（二）规范预算编制，", "做好预算编制，学习相关规定。");
    const sim = pairSimilarities(problems, [study, passing, survey, resolve]);
    const r = pairProblems(problems, [study, passing, survey, resolve]);
    expect(sim[0]![1]!).toBeLessThan(0.7 * sim[0]![0]!);
    expect(pairsOf(r)).not.toContain("P1>M2");
    expect(pairsOf(r)).toContain("P1>M1");
  });
});
