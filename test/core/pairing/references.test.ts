/**
 * Measures that name the problems they answer: by number (针对第二、四方面问题) and by the
 * problems' own words (针对……和……的问题, 关于……的问题). Written for these tests.
 */
import { namedByTitle, statedPairs, statedReferences } from "../../../src/core/pairing/references";
import { item } from "../../helpers/items";

const problems = [
  item("P1", "（一）理论学习走深走实还不够。", "中心组学习以领学文件为主。"),
  item("P2", "（二）耕地保护责任压得不实。", "19宗图斑到期未销号。"),
  item("P3", "（三）调查研究不深入不系统。", "全年调研报告只有4篇。"),
  item("P4", "（四）服务企业项目用地效率不高。", "报批平均耗时120天。"),
];

describe("a measure naming its problems by their words", () => {
  it("valid: two problems named by their heading words, joined by 和", () => {
    const m = item("M1", "（一）针对理论学习走深走实不够和调查研究不深入的问题，坚持学研结合。");
    expect(namedByTitle(m, problems)).toEqual(["P1", "P3"]);
    expect(statedPairs(problems, [m])).toEqual([
      { problem: "P1", measure: "M1" },
      { problem: "P3", measure: "M1" },
    ]);
  });

  it("valid: 关于……的问题 naming one problem", () => {
    expect(namedByTitle(item("M2", "（二）关于耕地保护责任的问题。"), problems)).toEqual(["P2"]);
  });

  it("valid: where problems stand in groups, a named group gives every point of it", () => {
    const points = [item("P1", "1.学习不系统。", "", "G1"), item("P2", "2.学用脱节。", "", "G1"), item("P3", "1.下村少。", "", "G2")];
    const groups = [
      { items: ["P1", "P2"], title: "在理论学习方面：" },
      { items: ["P3"], title: "在联系服务群众方面：" },
    ];
    expect(namedByTitle(item("M1", "①针对理论学习方面的问题，每月专题研讨。"), points, groups)).toEqual(["P1", "P2"]);
  });

  it("invalid: 上述问题 / 以上问题 name no problem", () => {
    expect(namedByTitle(item("M4", "（四）针对上述问题，建立整改台账。"), problems)).toBeNull();
    expect(namedByTitle(item("M4", "（四）针对以上这些问题，逐项销号。"), problems)).toBeNull();
  });

  it("invalid: a part that names no problem, or two about equally, spoils the whole statement", () => {
    // 作风建设 is no problem's heading here: the statement is not taken (content decides).
    expect(namedByTitle(item("M1", "针对理论学习走深走实不够和作风建设方面的问题，……"), problems)).toBeNull();
    const twins = [item("P1", "（一）服务群众不够主动。"), item("P2", "（二）服务群众不够到位。")];
    expect(namedByTitle(item("M1", "针对服务群众不够的问题，……"), twins)).toBeNull();
  });

  it("invalid: numbers are left to the numbered reading (第二、四方面问题)", () => {
    const m = item("M1", "（一）针对第二、四方面问题，压实责任。");
    expect(namedByTitle(m, problems)).toBeNull();
    expect(statedReferences(m)).toEqual([{ unit: 2 }, { unit: 4 }]);
    expect(statedPairs(problems, [m]).map((p) => p.problem)).toEqual(["P2", "P4"]);
  });

  it("invalid: a measure that opens with its remedy names nothing", () => {
    expect(namedByTitle(item("M3", "（三）用“跑一次”的标准服务项目落地。"), problems)).toBeNull();
  });
});
