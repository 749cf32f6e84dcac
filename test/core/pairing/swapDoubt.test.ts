/**
 * Two cross links that would swap two pairs already made are one doubt (which way round the
 * two pairs go). Where the pairs made follow the problems' order and the swap would not, order
 * settles it and nothing is asked; where the pairs made go against order, the swap is asked
 * about. Material written for these tests (a development zone's 班子, 五个带头, with a general
 * first and a general last measure): the problem on 敬畏人民、法纪 (职工诉求, 执法程序) and the
 * one on 管党治党 (平台公司监督, 提醒谈话) each share some wording with the other's measure.
 * A single cross link (no swap) is asked as before: crossLinks.test.ts.
 */
import { pairProblems } from "../../../src/core/pairing";
import { item, shownPairs } from "../../helpers/items";


const problems = [
  item("P1", "在带头强化政治忠诚、提高政治能力方面。", "对上级关于园区规范化整合的部署，执行中有“选择性落实”倾向，对低效用地清理等难啃的任务推得不快；重大事项请示报告有时不够及时。"),
  item("P2", "在带头固本培元、增强党性方面。", "班子成员参加所在支部组织生活不够经常，民主生活会上相互批评辣味不足，多提希望、少指问题。"),
  item("P3", "在带头敬畏人民、敬畏组织、敬畏法纪方面。", "对园区企业职工反映的通勤、住宿等诉求回应不够及时；个别行政执法事项程序不规范，被复议纠错1件。"),
  item("P4", "在带头干事创业、担当作为方面。", "招商引资“重签约、轻落地”，去年签约的12个项目开工不到一半；营商环境还有短板，企业反映审批环节仍然偏多。"),
  item("P5", "在带头坚决扛起管党治党责任方面。", "对国有平台公司的监督偏弱，工程项目招投标存在廉洁风险；对部门负责人的日常提醒谈话不够经常。"),
];
const measures = [
  item("M1", "强化理论武装，筑牢思想根基。", "坚持“第一议题”制度和党工委理论学习中心组学习制度，每月集中学习研讨一次，班子成员每人每年讲一次专题党课。"),
  item("M2", "令行禁止抓落实，对党忠诚显担当。", "对园区规范化整合任务逐项分解到人，低效用地年内清理完成60%以上；严格执行重大事项请示报告制度，做到事前请示、事后报告。"),
  item("M3", "严肃党内生活，锤炼坚强党性。", "班子成员按时以普通党员身份参加支部组织生活；开展批评直指问题，点名道姓、见人见事。"),
  item("M4", "心中有民守法度，用权为民讲规矩。", "建成园区职工公寓和通勤专线，诉求办理实行限时回复；全面推行执法全过程记录和法制审核，杜绝程序违法。"),
  item("M5", "比学赶超抓项目，优化环境促发展。", "对签约项目实行“一个项目、一名领导、一个专班”，年内开工率达到80%以上；压减审批环节，推行“拿地即开工”。"),
  item("M6", "从严从实管班子，风清气正守底线。", "向平台公司派驻纪检监察力量，工程招投标全部进入公共资源交易平台；党工委书记每半年与部门负责人开展一轮提醒谈话。"),
  item("M7", "健全长效机制，确保整改见效。", "对照问题清单建立整改台账，明确责任领导、责任部门和完成时限，整改一项销号一项；适时组织“回头看”，巩固整改成果。"),
];

describe("a swap of two pairs, settled by order", () => {
  it("valid: pairs made in the problems' order are not doubted by their swap", () => {
    const r = pairProblems(problems, measures);
    expect(shownPairs(r)).toEqual(["P1-M2", "P2-M3", "P3-M4", "P4-M5", "P5-M6"]);
    expect(r.candidates).toEqual([]);
  });

  it("invalid: pairs made against order are still asked about their swap", () => {
    // The same measures with the fourth and the sixth trading places: the pairs made (P3-M6,
    // P5-M4) now cross, and the swap (P3-M4, P5-M6) is the one in order.
    const traded = [measures[0]!, measures[1]!, measures[2]!, { ...measures[5]!, id: "M4" }, measures[4]!, { ...measures[3]!, id: "M6" }, measures[6]!];
    const r = pairProblems(problems, traded);
    expect(shownPairs(r)).toEqual(["P1-M2", "P2-M3", "P3-M4?", "P3-M6", "P4-M5", "P5-M4", "P5-M6?"]);
  });
});
