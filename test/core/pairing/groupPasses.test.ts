/**
 * Measures in groups that each go over the problems again (立行立改 / 长期坚持): a problem may be
 * answered once in each group. A spare measure in a group where its closest problem has no
 * measure yet joins it on any likeness it has with that problem alone, asked about where the
 * likeness is weak; in the group that already answers the problem, a spare measure still needs
 * to be nearly as close as the problem's first measure (a spare measure there usually answers a
 * problem the author dropped). Material written for these tests: a bureau's three problems.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing";
import { item, shownPairs } from "../../helpers/items";

const problems = [
  item("P1", "理论学习不够深入。", "中心组学习以读文件为主，研讨不够。"),
  item("P2", "调查研究不够扎实。", "到基层调研次数少，只听汇报。"),
  item("P3", "廉洁风险防控不严。", "对下属单位采购监督不到位。"),
];
const soon = (id: string, title: string, group: string) => item(id, title, "", group);
const measures = (firstGroup: string) => [
  soon("M1", "1.本月内开展下属单位采购专项检查。", firstGroup),
  soon("M2", "2.立即建立基层调研联系点。", firstGroup),
  soon("M3", "1.坚持第一议题制度，每季度开展一次专题研讨。", "G2"),
  soon("M4", "2.班子成员每月到基层调研两次。", "G2"),
  soon("M5", "3.对下属单位采购实行全程监督。", "G2"),
];

describe("measures in groups answer the problems again in each group", () => {
  it("the short-term 采购 measure is weakly like P3 and like no other problem (what this is about)", () => {
    const sim = pairSimilarities(problems, measures("G1"));
    expect(sim[2]![0]).toBeGreaterThan(0);
    expect(sim[2]![0]).toBeLessThan(0.5 * sim[2]![4]!);
    expect(sim[0]![0]).toBe(0);
    expect(sim[1]![0]).toBe(0);
  });

  it("valid: in the group where P3 has no measure, the 采购 check joins it, asked about", () => {
    const r = pairProblems(problems, measures("G1"));
    expect(shownPairs(r)).toContain("P3-M1?");
    expect(r.unansweredMeasures).toEqual([]);
  });

  it("invalid: in the same group as P3's own measure, the weak spare stays unanswered", () => {
    const r = pairProblems(problems, measures("G2"));
    expect(shownPairs(r).some((p) => p.startsWith("P3-M1"))).toBe(false);
    expect(r.unansweredMeasures).toEqual(["M1"]);
  });

  it("invalid: with no groups at all, the weak spare stays unanswered as before", () => {
    const plain = measures("G1").map((m) => item(m.id, m.title));
    const r = pairProblems(problems, plain);
    expect(r.unansweredMeasures).toEqual(["M1"]);
  });
});
