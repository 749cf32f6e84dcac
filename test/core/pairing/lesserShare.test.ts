/**
 * A problem holding only a lesser share of a measure (another problem has it too and is clearly
 * closer), where measures are not fewer than problems and the one measure left over stands in
 * that problem's place by order: the left-over measure is the better guess, asked about. A
 * measure nearly as close to both problems (written for both) keeps both. Material written for
 * these tests: a tax officer's measures headed by couplets alone, a general first measure.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing";
import { item } from "../../helpers/items";

const show = (r: { pairs: { problem: string; measure: string; sure: boolean }[] }) => r.pairs.map((p) => `${p.problem}-${p.measure}${p.sure ? "" : "?"}`);

const problems = [
  item("P1", "担当精神不够强。", "在组合式税费支持政策落实中，对退税审核中的疑难事项，有时怕担责任，倾向于层层上报，退税到账时间拖长。"),
  item("P2", "服务纳税人不够主动。", "办税服务厅高峰期排队较长时，没有主动到窗口一线帮助分流；对小微企业的政策辅导停留在发通知、转文件。"),
  item("P3", "工作标准不够高。", "满足于完成上级下达的考核指标，风险应对案头分析不够细致，有的疑点核实流于形式。"),
  item("P4", "纪律作风有所松懈。", "个别时候上班时间浏览与工作无关的网页；对执法记录仪使用的规定执行不够严格。"),
  item("P5", "批评与自我批评开展不够。", "在支部会议上对同事的缺点不好意思提，怕伤和气；自我批评多讲客观原因。"),
];
const measures = [
  item("M1", "加强理论学习，提高政治站位。"),
  item("M2", "勇挑重担在前，敢闯难关在先。"),
  item("M3", "心系办税一线，当好贴心“店小二”。"),
  item("M4", "对标一流水平，追求精益求精。"),
  item("M5", "严守规矩底线，树好干部形象。"),
  item("M6", "敢于红脸出汗，增强斗争锋芒。"),
];

describe("a lesser share of a measure, and the measure order leaves over", () => {
  it("P3 shares a little wording with P5's measure and none with its own (what this is about)", () => {
    const sim = pairSimilarities(problems, measures);
    expect(sim[2]![5]!).toBeGreaterThan(0);
    expect(sim[2]![5]!).toBeLessThan(0.7 * sim[4]![5]!);
    expect(sim[2]![3]!).toBe(0);
  });

  it("valid: the problem is asked about the measure left in its place, not given a share of its neighbour's", () => {
    const r = pairProblems(problems, measures);
    expect(show(r)).toEqual(["P1-M2", "P2-M3?", "P3-M4?", "P4-M5", "P5-M6"]);
    expect(r.pairs.find((p) => p.problem === "P3")!.why).toMatch(/推定相互对应/);
    expect(r.unansweredMeasures).toEqual(["M1"]);
  });

  it("invalid: with no measure left in its place, the share stands", () => {
    const r = pairProblems(problems, measures.filter((m) => m.id !== "M4"));
    expect(show(r)).toContain("P3-M6");
  });

  it("invalid: a measure nearly as close to both problems (written for both) keeps both", () => {
    const both = item("M6", "敢于红脸出汗，对标一流标准。", "支部会议上开展批评；风险应对案头分析做到细致，疑点核实不走形式，不满足于完成考核指标。");
    const sim = pairSimilarities(problems, [...measures.slice(0, 5), both]);
    expect(sim[2]![5]!).toBeGreaterThanOrEqual(0.7 * sim[4]![5]!);
    const r = pairProblems(problems, [...measures.slice(0, 5), both]);
    expect(show(r)).toEqual(expect.arrayContaining(["P3-M6", "P5-M6"]));
  });
});
