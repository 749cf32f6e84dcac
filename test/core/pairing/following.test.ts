/**
 * A measure no problem claims, standing right after a problem's measure among measures
 * written in the problems' order: asked about as that problem's further measure.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing/pair";
import { item } from "../../helpers/items";


const problems = [
  item("P1", "（一）理论学习不够系统深入。", "读原著原文不多，满足于看摘编、听辅导，对立场观点方法领会不透。"),
  item("P2", "（二）推动重点工作魄力不足。", "国土空间总体规划编制中对用地布局分歧总想等市里定了再推进，报审推迟两个月。"),
  item("P3", "（三）廉洁自律还有薄弱环节。", "对分管科室执行中央八项规定精神过问不多，公务用车登记不规范。"),
];
const study = item("M1", "（一）制定个人学习计划。", "每周安排半天自学，读原著、学原文、悟原理，每季度撰写一篇体会。");
const apart = item("M2", "（二）把所学所悟变成做好本职的实际本领。", "自觉用其中的观点方法审视各项方案。");
const push = item("M3", "（三）主动担责加快规划报审。", "牵头建立用地布局协调会商机制，2019年底前完成国土空间总体规划报审。");
const clean = item("M4", "（四）带头执行中央八项规定精神。", "规范分管科室公务用车登记，每季度检查一次。");
const pledge = item("M5", "（五）持续加强党性修养。", "时刻以党员标准严格要求自己，做一名合格党员。");

const asked = (r: ReturnType<typeof pairProblems>) => r.pairs.filter((p) => !p.sure).map((p) => `${p.problem}>${p.measure}`);
const all = (r: ReturnType<typeof pairProblems>) => r.pairs.map((p) => `${p.problem}>${p.measure}`);

describe("a measure that follows a problem's measure", () => {
  it("the texts are what the test needs: M2 shares little with P1, yet something", () => {
    const sim = pairSimilarities(problems, [study, apart, push, clean]);
    expect(sim[0]![1]!).toBeGreaterThan(0);
    expect(sim[0]![1]!).toBeLessThan(0.035);
  });

  it("valid: asked about as the further measure of the problem whose measure it follows, never asserted", () => {
    const r = pairProblems(problems, [study, apart, push, clean]);
    expect(all(r)).toEqual(expect.arrayContaining(["P1>M1", "P2>M3", "P3>M4"]));
    expect(asked(r)).toContain("P1>M2");
    expect(r.pairs.find((p) => p.measure === "M2")!.why).toContain("紧接在该问题的措施之后");
    expect(r.unansweredMeasures).toEqual([]);
  });

  it("invalid: a general measure after the last answered one is left unanswered", () => {
    const r = pairProblems(problems, [study, push, clean, pledge]);
    expect(r.pairs.filter((p) => p.measure === "M5")).toEqual([]);
    expect(r.unansweredMeasures).toContain("M5");
  });

  it("invalid: where the measures are not in the problems' order, place says nothing", () => {
    const r = pairProblems(problems, [push, apart, study, clean]);
    expect(r.pairs.filter((p) => p.measure === "M2")).toEqual([]);
  });

  it("invalid: a measure sharing nothing at all with that problem is not asked about", () => {
    const unrelated = item("M2", "（二）完成库房改造。", "更换消防器材。");
    const sim = pairSimilarities(problems, [study, unrelated, push, clean]);
    expect(sim[0]![1]!).toBe(0);
    const r = pairProblems(problems, [study, unrelated, push, clean]);
    expect(r.pairs.filter((p) => p.measure === "M2")).toEqual([]);
  });

  it("invalid: a measure closer to a problem the user said has no measure is not pushed onto a neighbour", () => {
    // push (M3) answers P2, which the user said has none: it stands between P1's and P3's measures.
    const pushing = item("M3", "（三）主动担责加快规划报审。", "运用科学的观点方法，牵头建立用地布局协调会商机制，年底前完成国土空间总体规划报审。");
    expect(pairSimilarities(problems, [study, pushing, clean])[0]![1]!).toBeGreaterThan(0);
    const r = pairProblems(problems, [study, pushing, clean], [{ problem: "P2", measure: null }]);
    expect(r.pairs.filter((p) => p.measure === "M3")).toEqual([]);
    expect(r.unansweredMeasures).toEqual(["M3"]);
  });
});
