/**
 * A measure that answers a second problem which has its own measure (a cross link), and a
 * point answered by a measure of another group: asked about (sure: false), never asserted,
 * and only where the likeness is clear. Materials written for these tests.
 */
import type { Group } from "../../../src/core/model";
import { pairDocument, pairProblems } from "../../../src/core/pairing";
import { item, shownPairs } from "../../helpers/items";


// A health bureau: 基层医疗 has its own measure (随访到户) and is also answered, in part, by the
// measure on queues (少跑路: 村卫生室就近配药), whose own problem is 排队.
const problems = [
  item("P1", "基层医疗服务不到位。", "家庭医生随访少，慢性病患者在村卫生室配不到药，要跑到乡镇卫生院。"),
  item("P2", "群众看病排长队。", "门诊高峰期挂号、缴费排队时间超过40分钟。"),
  item("P3", "药品耗材采购监管不严。", "医保飞行检查发现两家医院违规收费。"),
];
const visits = item("M1", "让家庭医生随访到户。", "家庭医生每季度上门随访一次，随访情况纳入考核。");
const broad = item("M2", "让群众少排队、少跑路。", "推行分时段预约诊疗，统一医共体药品目录，慢性病患者在村卫生室就近配到药，不再跑到乡镇卫生院。");
const narrow = item("M2", "让群众少排队。", "推行分时段预约诊疗和诊间支付，门诊排队时间压缩到15分钟以内。");
const purchase = item("M3", "管住采购关键环节。", "建立药品耗材采购全过程监管，违规收费全面整改。");

describe("cross links", () => {
  it("valid: a broad measure that also answers a second problem is asked about for it, with why", () => {
    const r = pairProblems(problems, [visits, broad, purchase]);
    expect(shownPairs(r)).toEqual(["P1-M1", "P1-M2?", "P2-M2", "P3-M3"]);
    const cross = r.pairs.find((p) => p.problem === "P1" && p.measure === "M2")!;
    expect(cross.why).toMatch(/另有对应措施/);
    expect(r.candidates).toContainEqual(expect.objectContaining({ problem: "P1", measure: "M2" }));
  });

  it("invalid: a measure that touches another problem only in passing is not asked about", () => {
    expect(shownPairs(pairProblems(problems, [visits, narrow, purchase]))).toEqual(["P1-M1", "P2-M2", "P3-M3"]);
  });

  it("invalid: no cross link once the user said it is none, or where the caller turns them off", () => {
    expect(shownPairs(pairProblems(problems, [visits, broad, purchase], [], { rejected: [{ problem: "P1", measure: "M2" }] }))).toEqual(["P1-M1", "P2-M2", "P3-M3"]);
    expect(shownPairs(pairProblems(problems, [visits, broad, purchase], [], { crossLinks: false }))).toEqual(["P1-M1", "P2-M2", "P3-M3"]);
  });

  it("invalid: a measure that names its problems (针对第二个问题) is taken at its word, no cross link", () => {
    const named = { ...broad, title: "针对第二个问题，让群众少排队、少跑路。", body: `针对第二个问题，${broad.body}` };
    const r = pairDocument(problems, [visits, named, purchase], []);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2", "P3-M3"]);
  });

  it("the user's own choice for a problem stands alone", () => {
    const r = pairProblems(problems, [visits, broad, purchase], [{ problem: "P1", measure: "M1" }]);
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2", "P3-M3"]);
  });
});

describe("a point answered across groups (measures written per group)", () => {
  const group = (id: string, title: string, items: string[]): Group => ({ id, section: "problems", paragraph: 0, end: 0, title, items });
  const points = [
    item("P1", "1.学习党的二十大精神不够系统。", "中心组学习多是领读文件，研讨准备不足。", "PG1"),
    item("P2", "2.理论联系实际不够。", "运用党的创新理论指导乡村振兴的办法不多。", "PG1"),
    item("P3", "1.下村入户少。", "班子成员全年走访农户平均不足20户。", "PG2"),
    item("P4", "2.隐患处置不及时。", "非煤矿山周边反映的安全隐患，应急处置拖了一个月。", "PG2"),
    item("P5", "1.隐患排查不彻底。", "对危化品企业的检查以听汇报为主。", "PG3"),
    item("P6", "2.应急预案更新不及时。", "应急演练走过场。", "PG3"),
  ];
  const groups = [
    group("PG1", "在理论学习方面：", ["P1", "P2"]),
    group("PG2", "在服务群众方面：", ["P3", "P4"]),
    group("PG3", "在安全生产方面：", ["P5", "P6"]),
  ];
  const study = item("M1", "（一）深化理论武装。", "中心组每月专题学习党的二十大精神，每次确定研讨主题，把党的创新理论转化为推进乡村振兴的举措。");
  const people = item("M2", "（二）践行为民宗旨。", "建立班子成员包村联户制度，每人每月走访农户不少于10户，对群众诉求限期办结。");
  const safety = item("M3", "（三）压实安全责任。", "每季度对非煤矿山、危化品企业开展隐患排查，安全隐患限期处置，修订应急预案，组织应急演练不少于两次。");

  it("valid: every point shares its group's measure; a point its group's measure does not touch is asked about with the measure it is close to", () => {
    const r = pairDocument(points, [study, people, safety], groups);
    expect(r.level).toBe("group");
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M1", "P3-M2", "P4-M2", "P4-M3?", "P5-M3", "P6-M3"]);
  });

  it("invalid: points close to their group's measure are not asked about another", () => {
    const calm = points.map((p) => (p.id === "P4" ? item("P4", "2.联系群众不够经常。", "对走访中农户反映的诉求办理周期偏长。", "PG2") : p));
    const r = pairDocument(calm, [study, people, safety], groups);
    expect(r.pairs.filter((p) => !p.sure).map((p) => `${p.problem}-${p.measure}`)).toEqual([]);
  });
});
