/**
 * A part after the measures, inside their section, that holds none (issue 9, dev-222…224):
 * a bare label (保障措施：, （四）保障措施, 下步打算：) over lines of its own ends the measures.
 * A measure that speaks of such things (（四）强化组织保障。……) stays a measure.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { MEASURES_TAIL_PARTS, readWithMeasuresTail } from "../../helpers/madeUp";

const { head: HEAD, measures: MEASURES, closing: CLOSING } = MEASURES_TAIL_PARTS;

const read = (tail: string[]) => {
  const { lines, doc, findings } = readWithMeasuresTail(tail);
  return {
    measures: doc.measures.map((m) => lines[m.paragraph]!.slice(0, 3)),
    lastEnd: lines[doc.measures[doc.measures.length - 1]!.end]!.slice(0, 3),
    alarms: findings.filter((f) => ["measure-unpaired", "numbering-sequence"].includes(f.rule)).map((f) => f.rule),
  };
};

describe("a part after the measures that holds none", () => {
  test.each([
    ["保障措施：", "（一）加强组织领导，成立整改工作领导小组。", "（二）强化督促检查，定期通报整改进展。"],
    ["（四）保障措施", "1.加强组织领导，成立整改工作领导小组。", "2.强化督促检查，定期通报整改进展。"],
    ["下步打算：", "一是加强组织领导，成立整改工作领导小组；", "二是强化督促检查，定期通报整改进展。"],
    ["下一步工作安排", "（一）加强组织领导，成立整改工作领导小组。", "（二）强化督促检查，定期通报整改进展。"],
    ["整改保障。", "党组将成立整改工作领导小组，定期通报整改进展。", "各项措施按时限逐项落实。"],
  ])("valid: %s over lines of its own ends the measures", (...tail) => {
    const r = read(tail);
    expect(r.measures).toEqual(["（一）", "（二）", "（三）"]);
    expect(r.lastEnd).toBe("（三）");
    expect(r.alarms).toEqual([]);
  });

  test("invalid: a measure that speaks of 保障 stays a measure", () => {
    expect(read(["（四）强化组织保障。成立整改工作领导小组，定期通报整改进展。"]).measures).toEqual(["（一）", "（二）", "（三）", "（四）"]);
    expect(read(["（四）强化组织保障", "1.成立整改工作领导小组。", "2.定期通报整改进展。"]).measures).toEqual(["（一）", "（二）", "（三）", "（四）"]);
  });

  test("invalid: a label with nothing after it, or with no measure before it, ends nothing", () => {
    expect(read(["保障措施："]).measures).toEqual(["（一）", "（二）", "（三）"]);
    const lines = [...HEAD, "保障措施：", ...MEASURES, CLOSING];
    expect(analyzeStructure(paragraphsFromText(lines.join("\n"))).measures).toHaveLength(3);
  });
});
