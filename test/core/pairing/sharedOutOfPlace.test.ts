/**
 * One measure for two problems, found from the problem's side: a problem the one-to-one
 * assignment could only give a measure it barely touches, standing out of the problem's place
 * (a general measure closing the list), while it is plainly about a measure another problem
 * holds, shares that measure. Where the weak measure stands in the problem's place, order
 * speaks for it and it stays.
 */
import { analyze } from "../../../src/core/analyze";
import { pairProblems } from "../../../src/core/pairing/pair";
import { paragraphsFromText } from "../../../src/host/text";
import { item } from "../../helpers/items";
import { labelledByNumber } from "../../helpers/labelled";

const all = (r: { pairs: readonly { problem: string; measure: string }[] }) => r.pairs.map((p) => `${p.problem}>${p.measure}`).sort();

describe("a problem sharing the measure it is plainly about", () => {
  // dev-264 (written blind): 严明政治纪律，压实“两个责任” answers 政治站位 (P2) and 管党治党 (P5).
  // …and dev-313: 学思践悟 answers 两个确立 and 党是什么 alike.
  const shared = labelledByNumber("dev", 264, 313);
  it.each(shared.map((m) => [m.name, m] as const))("invalid (%s): the weak last measure is not its answer; the shared one is", (_name, m) => {
    const doc = analyze(paragraphsFromText(m.text), { hostKind: "text" }).doc;
    const byLine = new Map(doc.problems.map((p) => [p.id, p.paragraph + 1]));
    const mLine = new Map(doc.measures.map((x) => [x.id, x.paragraph + 1]));
    const lp = new Map(m.label.problems.map((p) => [p.id, p.line]));
    const lm = new Map(m.label.measures.map((x) => [x.id, x.line]));
    const got = doc.pairs.map((p) => `${byLine.get(p.problem)}>${mLine.get(p.measure)}`).sort();
    expect(got).toEqual(expect.arrayContaining(m.label.pairs.map(([p, x]) => `${lp.get(p)}>${lm.get(x)}`)));
  });
  it("the materials are there", () => expect(shared).toHaveLength(2));

  it("valid: a weak measure in the problem's own place keeps it", () => {
    const problems = [
      item("P1", "（一）理论学习不够深入。", "中心组学习满足于读文件，研讨多是表态。"),
      item("P2", "（二）政治站位不够高。", "对政治纪律和“两个责任”的认识有偏差，有时把管党治党当软任务。"),
      item("P3", "（三）服务群众不够到位。", "群众办证难的问题拖了半年，窗口排队时间长。"),
      item("P4", "（四）管党治党宽松软。", "对违反政治纪律的苗头提醒不及时，“两个责任”压得不实。"),
    ];
    const measures = [
      item("M1", "（一）把读原著学原文作为必修课。", "中心组每月专题研讨一次。"),
      item("M2", "（二）提高站位。", "把讲政治的要求落到每项工作中。"),
      item("M3", "（三）下决心解决群众办证难问题。", "推行一窗通办，窗口排队不超过20分钟。"),
      item("M4", "（四）严明政治纪律，压实“两个责任”。", "对违反政治纪律的苗头早提醒、早纠正，层层压实管党治党责任。"),
    ];
    expect(all(pairProblems(problems, measures))).toEqual(expect.arrayContaining(["P1>M1", "P2>M2", "P3>M3", "P4>M4"]));
  });
});
