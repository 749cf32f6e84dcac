/**
 * Synonym groups (pairing/synonyms.ts): a failing and its remedy named in different words.
 */
import { pairProblems, pairSimilarities } from "../../../src/core/pairing/pair";
import { SYNONYM_GROUPS, synonymCounts } from "../../../src/core/pairing/synonyms";
import { item } from "../../helpers/items";


describe("synonymCounts", () => {
  it("valid: the problem's words and the remedy's words count for one group", () => {
    expect(synonymCounts("文山会海问题突出").get("meetings")).toBe(1);
    expect(synonymCounts("精简会议，清理报表").get("meetings")).toBe(2);
    expect(synonymCounts("调查研究不深入").get("survey")).toBe(1);
    expect(synonymCounts("每月下基层蹲点两次").get("survey")).toBe(2);
  });

  it("valid: a phrase inside a longer one of the same group counts once (基层减负 in 为基层减负)", () => {
    expect(synonymCounts("切实为基层减负").get("meetings")).toBe(1);
  });

  it("invalid: text naming neither matter counts for none; 整改台账 is no meeting", () => {
    expect(synonymCounts("建立整改台账，逐项对账销号").size).toBe(0);
    expect(synonymCounts("严格执行中央八项规定精神").size).toBe(0);
    expect(synonymCounts("").size).toBe(0);
  });

  it("every phrase is at least two characters and belongs to one group only", () => {
    const seen = new Map<string, string>();
    for (const g of SYNONYM_GROUPS) {
      for (const p of g.phrases) {
        expect(p.length).toBeGreaterThanOrEqual(2);
        expect(seen.get(p) ?? g.id).toBe(g.id);
        seen.set(p, g.id);
      }
    }
  });
});

describe("pairing a failing with its remedy worded apart", () => {
  const problems = [
    item("P1", "（一）理论学习不够系统。", "中心组学习计划执行不严，专题学习两次推迟。"),
    item("P2", "（二）调研不够经常。", "班子成员全年人均不足6次，对企业经营中的困难了解不深。"),
    item("P3", "（三）监管执法不规范。", "食品安全抽检后的核查处置有拖延，个别案件程序有瑕疵。"),
    item("P4", "（四）作风不够实。", "部署工作习惯于发文件、开会议，基层所队反映报表多、检查多。"),
  ];
  const measures = [
    item("M1", "（一）严格执行中心组学习计划。", "专题学习确需调整的当月补学。"),
    item("M2", "（二）每人每年下基层蹲点不少于12次。", "到所队和企业面对面听取意见。"),
    item("M3", "（三）规范监管执法。", "抽检不合格产品的核查处置限时办结，开展案卷评查。"),
    item("M4", "（四）切实为基层减负。", "统筹精简会议，清理所队报表，能合并的检查合并进行。"),
  ];

  it("valid: 调研 is answered by 下基层蹲点 and 发文件、开会议 by 精简会议 (each pair sure)", () => {
    const r = pairProblems(problems, measures);
    const sure = r.pairs.filter((p) => p.sure).map((p) => `${p.problem}>${p.measure}`);
    expect(sure).toEqual(expect.arrayContaining(["P2>M2", "P4>M4"]));
  });

  it("the groups are what makes those pairs close: without their words the likeness falls", () => {
    const sim = pairSimilarities(problems, measures);
    const plain = [item("M2", "（二）每人每年到所队和企业不少于12次。", "听取意见。"), measures[3]!];
    const without = pairSimilarities(problems, [measures[0]!, plain[0]!, measures[2]!, measures[3]!]);
    expect(without[1]![1]!).toBeLessThan(sim[1]![1]!);
  });

  it("invalid: a measure sharing no group and no wording with a problem is not paired with it", () => {
    const r = pairProblems(problems, measures);
    expect(r.pairs.map((p) => `${p.problem}>${p.measure}`)).not.toContain("P1>M4");
    expect(r.pairs.map((p) => `${p.problem}>${p.measure}`)).not.toContain("P3>M2");
  });
});

describe("criticism answered by its opposite", () => {
  it("valid: 辣味不足 and 较真碰硬、红脸出汗 count for one group", () => {
    expect(synonymCounts("开展批评和自我批评辣味不足").get("criticism")).toBe(2);
    expect(synonymCounts("敢于较真碰硬，让红脸出汗成为常态").get("criticism")).toBe(2);
  });

  it("invalid: 批评指正 at a material's end and 批评教育 of others are not this matter", () => {
    expect(synonymCounts("以上对照检查，请同志们批评指正。").get("criticism")).toBeUndefined();
    expect(synonymCounts("对违反规定的干部进行批评教育").get("criticism")).toBeUndefined();
  });

  const problems = [
    item("P1", "1.政治纪律方面，开展批评和自我批评辣味不足。", "组织生活会上相互提意见多是建议式、表扬式。"),
    item("P2", "2.组织纪律方面，三会一课有时以业务会代替。", "党员因私外出报备不够严格。"),
    item("P3", "3.群众纪律方面，为企业服务存在门难进、脸难看现象。", "个别审批事项来回退件。"),
  ];
  const measures = [
    item("M1", "敢于较真碰硬。", "支部委员带头揭短亮丑，相互指出问题要点到具体人、具体事，让红脸出汗成为常态。"),
    item("M2", "严肃党内政治生活。", "三会一课单独召开、不以业务会代替，党员因私外出一律书面报备。"),
    item("M3", "热情周到服务企业。", "推行首问负责和一次性告知，审批事项限时办结。"),
  ];

  it("valid: the failing and its opposite are paired, and sure", () => {
    const r = pairProblems(problems, measures);
    expect(r.pairs.filter((p) => p.sure).map((p) => `${p.problem}>${p.measure}`)).toEqual(expect.arrayContaining(["P1>M1", "P2>M2"]));
  });

  it("invalid: without the group's words the measure shares nothing with the failing", () => {
    const plain = item("M1", "敢于担当。", "支部委员带头，相互指出具体人、具体事。");
    expect(pairSimilarities(problems, [plain, measures[1]!, measures[2]!])[0]![0]!).toBeLessThan(pairSimilarities(problems, measures)[0]![0]!);
    expect(pairProblems(problems, [plain, measures[1]!, measures[2]!]).pairs.filter((p) => p.sure).map((p) => `${p.problem}>${p.measure}`)).not.toContain("P1>M1");
  });
});
