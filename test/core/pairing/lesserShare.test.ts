/**
 * A problem holding only a lesser share of a measure (another problem has it too and is clearly
 * closer), where measures are not fewer than problems and the one measure left over stands in
 * that problem's place by order: the left-over measure is the better guess, asked about; the
 * same where the shared measure stands in the other problem's place and not in this one's.
 * Material written for these tests: measures headed by couplets or short phrases alone.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing";
import { item, shownPairs } from "../../helpers/items";


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
    expect(shownPairs(r)).toEqual(["P1-M2", "P2-M3?", "P3-M4?", "P4-M5", "P5-M6"]);
    expect(r.pairs.find((p) => p.problem === "P3")!.why).toMatch(/推定相互对应/);
    expect(r.unansweredMeasures).toEqual(["M1"]);
  });

  it("invalid: with no measure left in its place, the share stands", () => {
    const r = pairProblems(problems, measures.filter((m) => m.id !== "M4"));
    expect(shownPairs(r)).toContain("P3-M6");
  });
});

describe("a share standing in another problem's place", () => {
  // Three problems speak of 调查研究 (a development commission's officer); the measure on its
  // quality stands in the third problem's place, the first problem's measure (以学促干) shares no
  // wording with anything.
  const problems6 = [
    item("P1", "理论学习方面。", "学用结合不够紧密，学习了习近平总书记关于调查研究的重要论述，但没有很好地用来指导委里的调查研究工作，理论转化为推动发展思路的成效不明显。"),
    item("P2", "政治素质方面。", "落实意识形态工作责任制不够有力，对经济形势解读类信息发布审核把关不严，有一篇解读文章提法不准确。"),
    item("P3", "能力本领方面。", "调查研究的能力不强，牵头的几份调研报告问题分析多、对策建议少，提出的对策针对性不强，转化为政策文件的只有一项。"),
    item("P4", "担当作为方面。", "推动重大项目前期工作缺少攻坚劲头，两个省级重点项目用地审批卡在半路，协调推进不力。"),
    item("P5", "工作作风方面。", "调研走马观花，到县区和企业调研多是看现场、听汇报，蹲点调研少，存在形式主义倾向，对企业反映的融资难问题了解不深。"),
    item("P6", "廉洁自律方面。", "作风建设抓得不够严，对委机关干部参加企业宴请、接受企业赞助考察等苗头性问题提醒不及时，对身边人要求不够严格。"),
  ];
  const measures6 = [
    item("M1", "以学促干。"),
    item("M2", "守牢意识形态阵地。"),
    item("M3", "提高调查研究质量。"),
    item("M4", "全力攻坚重大项目。"),
    item("M5", "沉下去蹲点。"),
    item("M6", "从严抓好作风建设。"),
  ];

  it("the first problem is closer to the third's measure than the third is (what this is about)", () => {
    const sim = pairSimilarities(problems6, measures6);
    expect(sim[0]![2]!).toBeGreaterThan(sim[2]![2]!);
    expect(sim[0]![0]!).toBe(0);
  });

  it("valid: the problem whose share stands in another's place is asked about the measure left in its own", () => {
    const r = pairProblems(problems6, measures6);
    expect(shownPairs(r)).toEqual(["P1-M1?", "P2-M2", "P3-M3", "P4-M4", "P5-M5", "P6-M6"]);
  });

  it("invalid: where the shared measure stands in neither's place, the shares stand", () => {
    // The measure on 调查研究 moved to the end: in the place of neither problem.
    const moved = [measures6[0]!, measures6[1]!, { ...measures6[3]!, id: "M3" }, { ...measures6[4]!, id: "M4" }, { ...measures6[5]!, id: "M5" }, { ...measures6[2]!, id: "M6" }];
    const r = pairProblems(problems6, moved);
    expect(shownPairs(r)).not.toContain("P1-M1?");
  });
});
