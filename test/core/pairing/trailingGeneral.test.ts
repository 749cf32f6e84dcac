/**
 * A spare measure after every measure that answers a problem: where its closest problem is
 * answered already by a measure elsewhere, it is a general measure closing the list (以案促改,
 * 长效机制), not that problem's second answer, and nothing is asked about it. Where its closest
 * problem has no measure yet, or the spare follows that problem's own measure, it is asked about.
 */
import { analyze } from "../../../src/core/analyze";
import { isGeneralMeasure, pairProblems, pairSimilarities, PAIR_THRESHOLD } from "../../../src/core/pairing/pair";
import { paragraphsFromText } from "../../../src/host/text";
import { item, shownPairs } from "../../helpers/items";
import { labelledByNumber } from "../../helpers/labelled";

const problems = [
  item("P1", "（一）理论学习不够深入。", "中心组学习满足于读文件，研讨发言多是表态，结合检察业务思考不够。"),
  item("P2", "（二）严守纪律规矩有差距。", "去年有干警参加老乡聚餐饮酒，班子教育提醒不及时，纪律教育流于形式，以案促改抓得不紧。"),
  item("P3", "（三）司法办案质效不高。", "去年退回补充侦查率偏高，部分案件审查报告质量不高，办案周期偏长。"),
];
type Text = readonly [string, string];
const study: Text = ["针对理论学习不深的问题，", "坚持每月中心组专题研讨，结合检察业务撰写心得，领导班子带头讲党课。"];
const rules: Text = ["从严加强纪律建设。", "严格执行禁酒令，每季度开展一次纪律教育，对聚餐饮酒等苗头早提醒、早纠正。"];
const cases: Text = ["提升办案质效。", "建立退回补充侦查案件逐案评查机制，审查报告实行分级把关，压缩办案周期。"];
const general: Text = ["持续深化以案促改。", "用好身边典型案例开展警示教育，做到警钟长鸣。"];
/** Measures in this order, numbered （一）（二）… and with ids M1, M2, … as they stand. */
const measures = (...texts: Text[]) => texts.map(([title, body], k) => item(`M${k + 1}`, `（${"一二三四五"[k]}）${title}`, body));


describe("a spare measure closing the list", () => {
  // Two materials written blind show the habit: 以案促改 and 常态长效机制 measures closing the list.
  const closing = labelledByNumber("dev", 241, 247);
  it.each(closing.map((m) => [m.name, m] as const))("invalid (%s): left unanswered, nothing asked about it", (_name, m) => {
    const doc = analyze(paragraphsFromText(m.text), { hostKind: "text" }).doc;
    const last = doc.measures[doc.measures.length - 1]!;
    expect(doc.pairs.filter((p) => p.measure === last.id)).toEqual([]);
    expect(doc.unansweredMeasures).toContain(last.id);
    // Every other measure answers what the labels say (the closing one is the only one left).
    expect(doc.pairs.length).toBe(m.label.pairs.length);
  });
  it("the two materials are there", () => expect(closing).toHaveLength(2));

  it("valid: a spare measure like a problem only by the way stays unasked", () => {
    const sim = pairSimilarities(problems, measures(study, rules, cases, general));
    expect(sim[1]![3]!).toBeLessThan(PAIR_THRESHOLD * 2);
    const r = pairProblems(problems, measures(study, rules, cases, general));
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M2", "P3-M3"]);
  });

  it("valid: right after that problem's own measure it is asked about as its further measure", () => {
    const r = pairProblems(problems, measures(study, rules, general, cases));
    expect(shownPairs(r)).toEqual(expect.arrayContaining(["P1-M1", "P2-M2", "P2-M3?", "P3-M4"]));
  });

  it("valid: where its closest problem has no measure, it is that problem's answer, asked about", () => {
    const r = pairProblems(problems, measures(study, cases, general));
    expect(shownPairs(r)).toEqual(["P1-M1", "P2-M3?", "P3-M2"]);
    expect(r.unansweredMeasures).toEqual([]);
  });
});

describe("a general resolve closing the list", () => {
  it.each(["（五）加强班子自身建设。", "5.持续加强班子自身建设。", "（七）建立整改长效机制", "五、建立健全整改长效机制。", "（五）推进作风建设常态化长效化。"])("valid: %s is a general measure", (title) => {
    expect(isGeneralMeasure(item("M9", title))).toBe(true);
  });
  it.each(["3.健全廉洁从教长效机制。", "6.扛起管党治党责任，推进作风建设常态化长效化。", "（三）加强作风建设，每月开展一次明察暗访。"])("invalid: %s names what it answers", (title) => {
    expect(isGeneralMeasure(item("M9", title))).toBe(false);
  });
  // dev-262 and dev-305 (written blind): the closing 作风建设常态化长效化 / 班子自身建设 answers nothing.
  const closing = labelledByNumber("dev", 262, 305);
  it.each(closing.map((m) => [m.name, m] as const))("invalid (%s): no problem is said to be answered by it", (_name, m) => {
    const doc = analyze(paragraphsFromText(m.text), { hostKind: "text" }).doc;
    const last = doc.measures[doc.measures.length - 1]!;
    expect(doc.pairs.filter((p) => p.measure === last.id && p.sure)).toEqual([]);
  });
  it("the two materials are there", () => expect(closing).toHaveLength(2));
});
