/**
 * Leftover problems and measures with no likeness at all, with three problems or more answered:
 * between the same two answered neighbours, as many problems as measures are each other's, in
 * order — asked about, never asserted. Where the counts differ, where fewer problems are
 * answered, or where the neighbours' measures leave nothing between them, nothing is guessed.
 * Material written for these tests: a housing bureau's problems, measure headings as couplets of
 * set phrases; the second and third measures (勇于迎难而上 for 安全生产, 倾心为民解忧 for 物业投诉)
 * share no character pair with the problems they answer.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing";
import { item, shownPairs } from "../../helpers/items";

const problems = [
  item("P1", "理论学习不深。", "个人自学多是翻阅辅导材料，原著读得少、读得浅。"),
  item("P2", "安全生产专项整治抓得不紧。", "对建筑工地隐患排查不细，督办不够有力。"),
  item("P3", "物业服务投诉办理不力。", "对投诉只批转不跟踪，居民反映没人管。"),
  item("P4", "保障性租赁住房筹集滞后。", "筹集进度滞后于年度计划，项目开工迟缓。"),
  item("P5", "勤俭节约有所放松。", "公务接待标准有时把握不严。"),
];
const measures = [
  item("M1", "坚持学思践悟，筑牢思想根基。", "每周安排两个晚上读原著，读一篇、悟一篇。"),
  item("M2", "勇于迎难而上，展现实干担当。", "我牵头包联，每旬调度。"),
  item("M3", "倾心为民解忧，永葆为民本色。", "件件有回音，事事有着落。"),
  item("M4", "加快住房筹集，兑现民生承诺。", "保障性租赁住房实行挂图作战，确保年底完成筹集计划。"),
  item("M5", "严守廉洁底线，厉行勤俭节约。", "公务接待严格执行标准。"),
];

describe("order places leftovers with no likeness", () => {
  it("the second and third problems share nothing with the second and third measures (what this is about)", () => {
    const sim = pairSimilarities(problems, measures);
    for (const i of [1, 2]) for (const j of [1, 2]) expect(sim[i]![j]).toBe(0);
  });

  it("valid: two problems and two measures left between the same answered neighbours: paired in order, asked", () => {
    const r = pairProblems(problems, measures);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2?", "P3-M3?", "P4-M4", "P5-M5"]);
    expect(r.pairs.find((p) => p.problem === "P3")!.why).toMatch(/推定相互对应/);
    expect(r.unpairedProblems).toEqual([]);
  });

  it("valid: the same at the end, after the last pair made", () => {
    const order = [0, 3, 4, 1, 2];
    const r = pairProblems(order.map((k) => problems[k]!), order.map((k) => measures[k]!));
    expect(shownPairs(r)).toEqual(["P1-M1", "P4-M4", "P5-M5", "P2-M2?", "P3-M3?"]);
  });

  it("invalid: three problems left for two measures: order leaves a choice, nothing is guessed", () => {
    const third = item("P6", "调查研究浮在面上。", "下基层多是听汇报、看材料。");
    const r = pairProblems([problems[0]!, problems[1]!, problems[2]!, third, problems[3]!, problems[4]!], measures);
    expect(shownPairs(r)).toEqual(["P1-M1", "P4-M4", "P5-M5"]);
    expect(r.unpairedProblems).toEqual(["P2", "P3", "P6"]);
  });

  it("invalid: with two pairs made only, nothing is guessed", () => {
    const r = pairProblems(problems.slice(0, 4), measures.slice(0, 4));
    expect(shownPairs(r)).toEqual(["P1-M1", "P4-M4"]);
  });

  it("valid: a pair elsewhere against order (the last measure written first) does not stop it", () => {
    const r = pairProblems(problems, [{ ...measures[4]!, id: "M1" }, ...measures.slice(0, 4).map((m, k) => ({ ...m, id: `M${k + 2}` }))]);
    expect(shownPairs(r)).toEqual(["P1-M2", "P2-M3?", "P3-M4?", "P4-M5", "P5-M1"]);
  });

  it("invalid: the neighbours answered crosswise leave no measure between them: nothing is guessed", () => {
    // The first and the fourth measures trade places: P1–M4 and P4–M1.
    const r = pairProblems(problems, [{ ...measures[3]!, id: "M1" }, measures[1]!, measures[2]!, { ...measures[0]!, id: "M4" }, measures[4]!]);
    expect(shownPairs(r)).toEqual(["P1-M4", "P4-M1", "P5-M5"]);
    expect(r.unpairedProblems).toEqual(["P2", "P3"]);
  });
  it("invalid: problems answered by order alone do not count towards the three: nothing is guessed", () => {
    // P1–M1 and P3–M3 by likeness, P2–M2 by order alone (one of each between them): P4 and P5 with
    // M4 and M5 after the last, no likeness anywhere among them, are left unanswered.
    const survey = item("P5", "会议文件偏多。", "一些事项层层开会、层层发文。");
    const down = item("M5", "立足岗位，真抓实干。", "每月列出清单，逐项对账。");
    const ps = [problems[0]!, problems[1]!, { ...problems[3]!, id: "P3" }, { ...problems[2]!, id: "P4" }, survey];
    const ms = [measures[0]!, measures[1]!, { ...measures[3]!, id: "M3" }, { ...measures[2]!, id: "M4" }, down];
    const sim = pairSimilarities(ps, ms);
    for (const i of [3, 4]) for (const j of [3, 4]) expect(sim[i]![j]).toBe(0);
    const r = pairProblems(ps, ms);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2?", "P3-M3"]);
    expect(r.unpairedProblems).toEqual(["P4", "P5"]);
  });
});
