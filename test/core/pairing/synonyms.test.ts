/**
 * Synonym groups (pairing/synonyms.ts): a failing and its remedy named in different words.
 */
import type { Item } from "../../../src/core/model";
import { pairProblems, pairSimilarities } from "../../../src/core/pairing/pair";
import { SYNONYM_GROUPS, synonymCounts } from "../../../src/core/pairing/synonyms";

function item(id: string, title: string, rest = ""): Item {
  return { id, paragraph: 0, end: 0, title, marker: null, points: [], body: `${title}${rest}` };
}

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
