/**
 * Where measures are fewer than problems and answer several each, a problem left over with
 * a near miss (a likeness just under the threshold) is asked about, not reported unanswered:
 * dev-310 (written blind) answers six disciplines with three inline 一要/二要/三要 measures, and
 * its 政治纪律 problem shares a little with two of them.
 */
import { analyze } from "../../../src/core/analyze";
import { pairProblems } from "../../../src/core/pairing/pair";
import { paragraphsFromText } from "../../../src/host/text";
import { item } from "../../helpers/items";
import { labelledByNumber } from "../../helpers/labelled";

describe("a near miss where measures are few and shared", () => {
  const fewer = labelledByNumber("dev", 310);
  it.each(fewer.map((m) => [m.name, m] as const))("invalid (%s): no 无对应措施 error for the problem the author answered", (_name, m) => {
    const { doc, findings } = analyze(paragraphsFromText(m.text), { hostKind: "text" });
    const lp = new Map(m.label.problems.map((p) => [p.id, p.line - 1]));
    const answered = new Set(m.label.pairs.map(([p]) => lp.get(p)));
    const errors = findings.filter((f) => f.rule === "problem-unpaired" && f.severity === "error");
    expect(errors.filter((f) => answered.has(f.paragraph ?? -1))).toEqual([]);
    expect(doc.reading.questions.length).toBeGreaterThan(0);
  });
  it("the material is there", () => expect(fewer).toHaveLength(1));

  it("valid: with as many measures as problems, a problem sharing next to nothing stays unanswered", () => {
    const problems = [
      item("P1", "（一）理论学习不深。", "中心组学习多是读文件。"),
      item("P2", "（二）调查研究不够。", "下基层调研少。"),
      item("P3", "（三）网上转发未核实的信息。", "在居民群转发了一段未经核实的视频。"),
    ];
    const measures = [item("M1", "（一）深化理论学习。", "中心组每月专题研讨一次，读原著学原文。"), item("M2", "（二）改进调查研究。", "每月下基层调研两次，形成调研报告。"), item("M3", "（三）加强作风建设。", "严格执行八项规定精神。")];
    const r = pairProblems(problems, measures);
    expect(r.pairs.filter((p) => p.problem === "P3")).toEqual([]);
  });
});
