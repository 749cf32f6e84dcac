/**
 * A problem no measure answers is asked about its closest measure only when what the two
 * share is its own: where most of it is shared too by the problem that measure answers (a
 * word of the author's field, 预算管理 throughout a finance bureau's material), the likeness
 * is that problem's, and the question would be wrong. A likeness of its own, with another
 * measure, is asked about instead.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing/pair";
import { item } from "../../helpers/items";


const study = item("P1", "（一）理论学习不够深入。", "学习新思想满足于读文件、记笔记，对财政改革的新要求钻研不深，运用理论指导预算管理的能力不强。");
const nerve = item("P2", "（二）攻坚克难的担当不够。", "面对收支矛盾，存在等上级转移支付的思想，盘活存量资金、压减一般性支出的力度不大。");
const survey = item("P3", "（三）调查研究不深入。", "了解乡镇财政运行情况主要靠报表和汇报，很少到乡镇财政所实地调研。");
const reform = item("P4", "（四）改革创新意识不强。", "预算绩效管理改革推进缓慢，绩效评价结果与预算安排挂钩不紧，财政资金使用效益不高。");
const clean = item("P5", "（五）廉洁自律要求还需加强。", "对局机关资金拨付环节的廉政风险排查不够细，对身边工作人员教育提醒不够经常。");

const plan = item("M1", "（一）制定理论学习计划。", "系统学习新思想和财政改革的重要论述，每季度撰写一篇学习心得。");
const use = item("M2", "（二）把学习成果用在预算管理上。", "运用新发展理念审视年度预算编制，提高理论指导财政工作的能力。");
const down = item("M3", "（三）沉到乡镇一线。", "每季度至少走遍一半乡镇财政所，面对面了解基层诉求。");
const act = item("M4", "（四）主动作为破解收支矛盾。", "全面清理盘活存量资金，一般性支出压减10%以上。");

const problems = [study, nerve, survey, reform, clean];
const measures = [plan, use, down, act];
const asked = (r: ReturnType<typeof pairProblems>) => r.pairs.filter((p) => !p.sure).map((p) => `${p.problem}>${p.measure}`);
const all = (r: ReturnType<typeof pairProblems>) => r.pairs.map((p) => `${p.problem}>${p.measure}`);

describe("a likeness explained by the measure's own problem", () => {
  it("the texts are what the test needs: P4 is as close to M2 as a question needs, and M2 is far closer to P1", () => {
    const sim = pairSimilarities(problems, measures);
    expect(sim[3]![1]!).toBeGreaterThanOrEqual(0.035);
    expect(sim[0]![1]!).toBeGreaterThan(4 * sim[3]![1]!);
  });

  it("valid: the problem is not asked about a measure whose likeness to it is its own problem's (预算管理)", () => {
    const r = pairProblems(problems, measures);
    expect(all(r)).toEqual(expect.arrayContaining(["P1>M1", "P1>M2", "P2>M4", "P3>M3"]));
    expect(all(r)).not.toContain("P4>M2");
    expect(r.unpairedProblems).toEqual(expect.arrayContaining(["P4", "P5"]));
  });

  it("invalid: a likeness of the problem's own (预算编制, which P1 does not name) is still asked about", () => {
    const own = item("P4", "（四）预算编制不够精细。", "年度预算编制仍沿用基数加增长的办法，预算编制与项目绩效脱节。");
    const r = pairProblems([study, nerve, survey, own, clean], measures);
    expect(all(r)).toContain("P4>M2");
  });

  it("valid: where the closest measure's likeness is explained, a weaker one of the problem's own is asked instead", () => {
    // P4 now also shares words of its own (全面清理) with M4, less than it shares with M2.
    const both = item("P4", "（四）改革创新意识不强。", "预算绩效管理改革推进缓慢，低效项目全面清理不及时，绩效评价结果与预算安排挂钩不紧。");
    const sim = pairSimilarities([study, nerve, survey, both, clean], measures);
    expect(sim[3]![3]!).toBeLessThan(sim[3]![1]!);
    expect(sim[3]![3]!).toBeGreaterThan(0);
    const r = pairProblems([study, nerve, survey, both, clean], measures);
    expect(all(r)).not.toContain("P4>M2");
    expect(asked(r)).toContain("P4>M4");
    expect(r.pairs.find((p) => p.problem === "P4")!.sure).toBe(false);
  });
});
