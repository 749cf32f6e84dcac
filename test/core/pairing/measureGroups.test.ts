/**
 * Measures grouped one group per problem (issue 9, dev-225, dev-226): a heading that says what
 * is done over points that are the measures. Every measure of a group answers the problem its
 * group answers, though some share no word with it; where the groups do not match the problems
 * one to one, or the problems stand in groups, the measures are paired one by one as before.
 */
import type { Group } from "../../../src/core/model";
import { pairDocument } from "../../../src/core/pairing/groups";
import { item, shownPairs } from "../../helpers/items";

const mGroup = (id: string, title: string, items: string[], paragraph: number): Group => ({ id, section: "measures", paragraph, end: paragraph + items.length, title, items });

const problems = [
  item("P1", "（一）理论学习不够深入。", "中心组学习满足于读原文、谈体会，联系交通运输工作研讨不够。"),
  item("P2", "（二）为民服务不够到位。", "农村客运班线停运后群众出行不便，公交站台设施破旧。"),
  item("P3", "（三）行业监管不够有力。", "出租车、网约车违规揽客、拒载问题反复出现，群众投诉上升。"),
];
const measures = [
  item("M1", "1.严格落实第一议题制度。", "党组会议首先学习最新重要讲话精神。", "MG1"),
  item("M2", "2.班子成员每年到联系点讲一次党课。", "", "MG1"),
  item("M3", "3.年内恢复农村客运班线5条。", "开通预约响应式客运服务。", "MG2"),
  item("M4", "4.年底前完成破旧公交站台修缮更新。", "", "MG2"),
  item("M5", "5.开展出租车、网约车专项整治。", "每月不少于两次。", "MG3"),
  item("M6", "6.建立投诉快速处置机制。", "群众投诉24小时内回应。", "MG3"),
];
const groups = [
  mGroup("MG1", "（一）强化理论武装", ["M1", "M2"], 10),
  mGroup("MG2", "（二）用心服务群众", ["M3", "M4"], 13),
  mGroup("MG3", "（三）从严行业监管", ["M5", "M6"], 16),
];

describe("measures grouped one group per problem", () => {
  test("valid: every measure of a group answers the group's problem, none left unanswered", () => {
    const r = pairDocument(problems, measures, groups);
    expect(shownPairs(r)).toEqual(["P1-M1", "P1-M2", "P2-M3", "P2-M4", "P3-M5", "P3-M6"]);
    expect(r.unansweredMeasures).toEqual([]);
    expect(r.unpairedProblems).toEqual([]);
  });

  test("valid: the groups in another order than the problems", () => {
    const reordered = [groups[2]!, groups[0]!, groups[1]!];
    expect(shownPairs(pairDocument(problems, measures, reordered)).sort()).toEqual(["P1-M1", "P1-M2", "P2-M3", "P2-M4", "P3-M5", "P3-M6"]);
  });

  test("valid: the user's choice wins for its problem, a rejected pair is not made", () => {
    const r = pairDocument(problems, measures, groups, [{ problem: "P1", measure: "M1" }], { rejected: [{ problem: "P3", measure: "M6" }] });
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M3", "P2-M4", "P3-M5"]);
    expect(r.unansweredMeasures).toEqual(["M2", "M6"]);
  });

  test("invalid: fewer groups than problems (立行立改 / 长期坚持) pair the measures one by one", () => {
    const two = [mGroup("MG1", "（一）立行立改", ["M1", "M2", "M3"], 10), mGroup("MG2", "（二）长期坚持", ["M4", "M5", "M6"], 14)];
    const regrouped = measures.map((m, k) => ({ ...m, group: k < 3 ? "MG1" : "MG2" }));
    const r = pairDocument(problems, regrouped, two);
    // One by one: 讲党课 shares nothing with 理论学习, so P1-M2 is not made sure.
    expect(shownPairs(r)).not.toContain("P1-M2");
  });

  test("invalid: a measure outside the groups, or one measure per group, pair one by one", () => {
    const loose = measures.map((m) => (m.id === "M2" ? { ...m, group: undefined } : m));
    const fewer = [mGroup("MG1", "（一）强化理论武装", ["M1"], 10), ...groups.slice(1)];
    expect(shownPairs(pairDocument(problems, loose, [mGroup("MG1", "（一）强化理论武装", ["M1"], 10), ...groups.slice(1)]))).not.toContain("P1-M2");
    expect(pairDocument(problems.slice(0, 3), measures.slice(0, 3).map((m, k) => ({ ...m, group: `MG${k + 1}` })), fewer.map((g, k) => ({ ...g, items: [`M${k + 1}`] }))).pairs).toHaveLength(3);
  });
});
