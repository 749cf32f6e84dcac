/**
 * A problem and a measure that share no wording at all, both left over, standing alone between
 * the same two answered neighbours (or at the same end), are each other's best guess: asked
 * about, never asserted. Where order leaves a choice (two problems or two measures in the gap),
 * nothing is guessed. Material written for these tests: measure headings as couplets of set
 * phrases (守住清廉底色 for a problem of 勤俭节约 and 公务接待), which share no character pair
 * with the problem they answer.
 */
import { pairProblems } from "../../../src/core/pairing";
import { item, shownPairs } from "../../helpers/items";


const problems = [
  item("P1", "理论学习不深。", "个人自学多是翻阅辅导材料，原著读得少、读得浅。"),
  item("P2", "安全生产专项整治抓得不紧。", "对建筑工地安全隐患排查不细，整改督办不够有力。"),
  item("P3", "保障性租赁住房筹集滞后。", "筹集进度滞后于年度计划，项目开工迟缓。"),
  item("P4", "物业服务投诉办理不力。", "对物业服务投诉只批转不跟踪，居民反映没人管。"),
  item("P5", "勤俭节约有所放松。", "公务接待标准有时把握不严。"),
];
const measures = [
  item("M1", "坚持学思践悟，筑牢思想根基。", "每周安排两个晚上读原著，读一篇、悟一篇。"),
  item("M2", "压实安全责任，守住安全底线。", "建筑工地安全隐患逐项排查，整改督办到底。"),
  item("M3", "加快住房筹集，兑现民生承诺。", "保障性租赁住房实行挂图作战，确保年底完成筹集计划。"),
  item("M4", "倾心为民解忧，永葆为民本色。", "物业服务投诉建立台账，跟踪办结。"),
  item("M5", "筑牢拒腐防线，守住清廉底色。", "管住自己、管好身边人。"),
];

describe("order's stand-in where wording says nothing", () => {
  it("the last problem and the last measure share no wording (what this is about)", () => {
    const r = pairProblems(problems, measures);
    expect(r.pairs.find((p) => p.problem === "P5" && p.measure === "M5")?.score ?? 0).toBe(0);
  });

  it("valid: the one problem and the one measure left at the same end are asked about", () => {
    const r = pairProblems(problems, measures);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4", "P5-M5?"]);
    expect(r.pairs.find((p) => p.problem === "P5")!.why).toMatch(/推定相互对应/);
    expect(r.candidates).toContainEqual(expect.objectContaining({ problem: "P5", measure: "M5" }));
  });

  it("valid: the same in the middle, between two answered neighbours", () => {
    const quiet = item("M3", "勇于迎难而上，展现实干担当。", "我牵头包联，每旬调度。");
    const r = pairProblems(problems, [measures[0]!, measures[1]!, quiet, measures[3]!, item("M5", "严守廉洁底线，厉行勤俭节约。", "公务接待严格执行标准。")]);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2", "P3-M3?", "P4-M4", "P5-M5"]);
  });

  it("invalid: two problems left for one measure: no guess by order", () => {
    const fewer = [measures[0]!, measures[1]!, measures[2]!, { ...measures[4]!, id: "M4" }];
    const r = pairProblems(problems, fewer);
    expect(r.pairs.filter((p) => p.problem === "P4" || p.problem === "P5")).toEqual([]);
    expect(r.unpairedProblems).toEqual(["P4", "P5"]);
  });

  it("invalid: two measures left for one problem: no guess by order", () => {
    const r = pairProblems(problems, [...measures, item("M6", "讲好城建故事，凝聚发展共识。", "每季度发布一次工作动态，回应社会关切。")]);
    expect(r.pairs.filter((p) => p.problem === "P5")).toEqual([]);
  });

  it("valid: a general resolve after the last measure (健全长效机制) leaves the one measure in the gap", () => {
    const r = pairProblems(problems, [...measures, item("M6", "健全长效机制，巩固整改成果。", "建立整改台账，实行销号管理。")]);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4", "P5-M5?"]);
    expect(r.unansweredMeasures).toEqual(["M6"]);
  });

  it("invalid: the user's 无对应措施 for the last problem stands", () => {
    const r = pairProblems(problems, measures, [{ problem: "P5", measure: null }]);
    expect(r.pairs.filter((p) => p.problem === "P5")).toEqual([]);
    expect(r.unansweredMeasures).toEqual(["M5"]);
  });

  it("invalid: with a single pair made elsewhere, a measure on something else entirely is as likely: no guess", () => {
    const r = pairProblems(problems.slice(3), [measures[3]!, { ...measures[4]!, id: "M5" }]);
    expect(shownPairs(r)).toEqual(["P4-M4"]);
    expect(r.unpairedProblems).toEqual(["P5"]);
  });
});
