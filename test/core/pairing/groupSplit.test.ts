/**
 * Measures written per group of problems: where the group-level pairing gives one group
 * several measures and each of its points takes up one of them (学习 and 阵地 under one
 * heading, each with a remedy of its own), each point keeps the measure that answers it.
 * Where the group's measures each answer the group as a whole, every point keeps them all.
 */
import type { Group } from "../../../src/core/model";
import { pairDocument } from "../../../src/core/pairing/groups";
import { item } from "../../helpers/items";

function group(id: string, title: string, items: string[], paragraph: number): Group {
  return { id, section: "problems", paragraph, end: paragraph + items.length, title, items };
}

const problems = [
  item("P1", "1.理论学习不够系统。", "党委中心组学习存在以读代学、以听代学的情况，结合镇情研讨不够。", "PG1"),
  item("P2", "2.贯彻上级决策部署有时打折扣。", "去年秋季秸秆禁烧工作落实不力，个别村出现火点被通报。", "PG1"),
  item("P3", "3.意识形态阵地管理偏松。", "村级宣传栏、农家书屋内容更新不及时，有的半年未换。", "PG1"),
  item("P4", "4.联系群众不够紧密。", "班子成员下村走访多是蜻蜓点水，与群众拉家常、交朋友少。", "PG2"),
  item("P5", "5.群众诉求办理不够及时。", "去年热线转办工单有14件超期办结。", "PG2"),
];
const groups = [
  group("PG1", "对照增强“四个意识”、做到“两个维护”方面：", ["P1", "P2", "P3"], 1),
  group("PG2", "对照群众观点、群众立场、服务群众方面：", ["P4", "P5"], 5),
];
const study = item("M1", "（一）强化理论武装和阵地建设。", "严格执行党委中心组学习制度；加强村级宣传栏和农家书屋管理，每月更新一次内容。");
const orders = item("M2", "（二）不折不扣落实上级决策部署。", "建立重点任务督办台账，秸秆禁烧等工作实行班子成员包片责任制。");
const people = item("M3", "（三）扑下身子为群众办事。", "班子成员每月在联系村住一晚，面对面听取群众意见；热线工单实行周调度，杜绝超期。");

const all = (r: ReturnType<typeof pairDocument>) => r.pairs.map((p) => `${p.problem}>${p.measure}`).sort();

describe("a group with several measures, each answering its own points", () => {
  it("valid: each point keeps the measure that answers it, not its group's other one", () => {
    const r = pairDocument(problems, [study, orders, people], groups);
    expect(r.level).toBe("group");
    expect(all(r)).toEqual(["P1>M1", "P2>M2", "P3>M1", "P4>M3", "P5>M3"]);
    expect(r.unansweredMeasures).toEqual([]);
  });

  it("invalid: measures that each answer the whole group stay with every point", () => {
    // Both measures now speak to study, orders and the 阵地 alike.
    const both1 = item("M1", "（一）强化理论武装。", "中心组学习每月研讨一次，学习情况与秸秆禁烧等决策部署的落实、宣传栏和农家书屋更新一并督办。");
    const both2 = item("M2", "（二）建立督办台账。", "对中心组学习、秸秆禁烧等部署和宣传阵地管理实行台账管理，班子成员包片。");
    const r = pairDocument(problems, [both1, both2, people], groups);
    expect(r.level).toBe("group");
    for (const p of ["P1", "P2", "P3"]) expect(all(r)).toEqual(expect.arrayContaining([`${p}>M1`, `${p}>M2`]));
  });

  it("invalid: a point close to none of its group's measures keeps them all (the group's answer)", () => {
    const vague = item("P3", "3.还有差距。", "有时不够到位。", "PG1");
    const r = pairDocument([problems[0]!, problems[1]!, vague, problems[3]!, problems[4]!], [study, orders, people], groups);
    expect(all(r)).toEqual(expect.arrayContaining(["P1>M1", "P2>M2", "P3>M1", "P3>M2"]));
    expect(all(r)).not.toContain("P1>M2");
  });
});
