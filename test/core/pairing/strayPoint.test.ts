/**
 * Measures paired with whole groups of problems: a point that shares next to nothing with its
 * group's measure, while another point of the group clearly shares much, is not simply given
 * that measure. Where the measure names in words what it answers (针对……的问题) and the point has
 * none of those words, the measure does not answer it; otherwise the pair is asked about, and a
 * measure the point is closer to is asked about too. Points that share the measure's content
 * keep it as a sure pair.
 */
import type { Group } from "../../../src/core/model";
import { pairDocument } from "../../../src/core/pairing/groups";
import { item, shownPairs } from "../../helpers/items";

function group(id: string, title: string, items: string[], paragraph: number): Group {
  return { id, section: "problems", paragraph, end: paragraph + items.length, title, items };
}

const study = item("P1", "一是学习的系统性不够。", "中心组集中学习因手术、会议请假3次，自学多是碎片化阅读，没有静下心来读原著、学原文。", "PG1");
const practice = item("P2", "二是理论联系实际不够紧密。", "学的时候觉得有收获，用理论指导医院规划调整时，仍然习惯从老指标出发，学用脱节。", "PG1");
const opinion = item("P3", "三是政治敏锐性有待增强。", "7月一段就医不满的短视频点击量突破10万，我当作一般纠纷交给医务部门处理，舆情处置慢了半拍。", "PG1");
const reform = item("P4", "一是推动改革的办法不多。", "医保支付方式改革后，部分科室出现分解住院苗头，治理办法不多。", "PG2");
const courage = item("P5", "二是碰硬的勇气不足。", "绩效分配改革方案提出一年仍未出台，怕触动部分科室利益。", "PG2");
const problems = [study, practice, opinion, reform, courage];
const groups = [group("PG1", "在理论学习和政治素质上。", ["P1", "P2", "P3"], 1), group("PG2", "在担当作为上。", ["P4", "P5"], 5)];
const reformMeasure = item("M2", "2.针对改革攻坚不力的问题，", "牵头推进医保支付方式改革，治理分解住院；绩效分配改革方案年内提交职代会，不怕触动利益。");

const pairsOf = (r: ReturnType<typeof pairDocument>) => shownPairs(r).sort();

describe("a point sharing nothing with its group's measure", () => {
  it("invalid: a measure naming in words what it answers does not answer the point without those words", () => {
    const named = item("M1", "1.针对理论学习浮于表面、学用脱节的问题，", "制定个人学习计划，每月集中自学两个半天，坚持读原著、学原文，把学习成果用于指导医院规划。");
    const r = pairDocument(problems, [named, reformMeasure], groups);
    expect(r.level).toBe("group");
    expect(pairsOf(r)).toEqual(["P1-M1", "P2-M1", "P4-M2", "P5-M2"]);
    expect(r.unpairedProblems).toEqual(["P3"]);
  });

  it("invalid: a measure naming nothing is asked about, not asserted, for that point", () => {
    const plain = item("M1", "1.强化理论武装。", "制定个人学习计划，每月集中自学两个半天，坚持读原著、学原文，把学习成果用于指导医院规划。");
    const r = pairDocument(problems, [plain, reformMeasure], groups);
    expect(pairsOf(r)).toEqual(["P1-M1", "P2-M1", "P3-M1?", "P4-M2", "P5-M2"]);
    expect(r.candidates.map((c) => `${c.problem}-${c.measure}`)).toEqual(["P3-M1"]);
  });

  it("invalid: a measure of another group the point is closer to is asked about as well", () => {
    const plain = item("M1", "1.强化理论武装。", "制定个人学习计划，每月集中自学两个半天，坚持读原著、学原文，把学习成果用于指导医院规划。");
    const skills = item("P6", "三是本领有恐慌。", "对DRG付费等新业务自学不够，读原著、学原文少，遇到专业问题常靠科室汇报。", "PG2");
    const groups2 = [group("PG1", "在理论学习上。", ["P1", "P2"], 1), group("PG2", "在担当作为上。", ["P4", "P5", "P6"], 4)];
    const push = item("M2", "2.深化改革攻坚。", "牵头推进医保支付方式改革，治理分解住院；绩效分配改革方案年内提交职代会，不怕触动利益。");
    const r = pairDocument([study, practice, reform, courage, skills], [plain, push], groups2);
    expect(r.level).toBe("group");
    expect(pairsOf(r)).toEqual(["P1-M1", "P2-M1", "P4-M2", "P5-M2", "P6-M1?", "P6-M2?"]);
    // Named in words (针对改革攻坚不力的问题), the group's measure does not answer it at all.
    const named = pairDocument([study, practice, reform, courage, skills], [plain, reformMeasure], groups2);
    expect(pairsOf(named)).toEqual(["P1-M1", "P2-M1", "P4-M2", "P5-M2", "P6-M1?"]);
  });

  it("valid: points that each share the measure's content keep it, surely", () => {
    const broad = item("M1", "1.针对理论学习和政治素质方面的问题，", "每月集中自学两个半天，读原著、学原文，用理论指导规划调整；建立短视频舆情研判机制，遇有就医纠纷舆情第一时间研判处置。");
    const r = pairDocument(problems, [broad, reformMeasure], groups);
    expect(pairsOf(r)).toEqual(["P1-M1", "P2-M1", "P3-M1", "P4-M2", "P5-M2"]);
    expect(r.unpairedProblems).toEqual([]);
  });
});
