/**
 * A part after the measures that holds none (issue 9, dev-218…221): 四、保障措施, 四、整改保障,
 * 四、下一步工作打算 after 三、整改措施 head a section of their own (kind other), not more
 * measures; a 下一步打算 heading with no measures heading before it is the measures' own.
 */
import { withMeasuresTails } from "../../../src/core/outline/skeleton";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { MEASURES_TAIL_PARTS, readWithMeasuresTail } from "../../helpers/madeUp";

const { head: HEAD, measures: MEASURES, closing: CLOSING } = MEASURES_TAIL_PARTS;

const read = (tail: string[]) => {
  const { lines, doc, findings } = readWithMeasuresTail(tail);
  return {
    sections: doc.sections.filter((s) => s.heading).map((s) => `${s.kind}:${s.heading}`),
    measures: doc.measures.map((m) => lines[m.paragraph]!.slice(0, 3)),
    sure: doc.reading.confidence.sure,
    alarms: findings.filter((f) => ["measure-unpaired", "numbering-sequence", "numbering-format"].includes(f.rule)).map((f) => f.rule),
  };
};

describe("a part after the measures that holds none", () => {
  test.each([
    ["四、保障措施", ["（一）加强组织领导。成立整改工作领导小组。", "（二）强化督促检查。定期通报整改进展。"]],
    ["四、整改保障", ["党组将成立整改工作领导小组，定期调度整改进展，确保整改落到实处。"]],
    ["四、下一步工作打算", ["（一）加强组织领导。", "（二）建立整改台账，逐项对账销号。", "（三）巩固整改成果，建立长效机制。"]],
    ["四、下步打算", ["下一步，我将一是主动认领问题，二是定期对照检查整改进度，三是建立长效机制。"]],
  ])("valid: %s after 三、整改措施 is a section of its own, the measures three", (heading, body) => {
    const r = read([heading, ...body]);
    expect(r.sections).toContain(`other:${heading}`);
    expect(r.sections.filter((s) => s.startsWith("measures:"))).toEqual(["measures:三、整改措施"]);
    expect(r.measures).toEqual(["（一）", "（二）", "（三）"]);
    expect(r.sure).toBe(true);
    expect(r.alarms).toEqual([]);
  });

  test("invalid: 下一步打算 with no measures heading before it is the measures' heading", () => {
    const lines = [...HEAD.slice(0, -1), "三、下一步打算", ...MEASURES, CLOSING];
    const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
    expect(doc.sections.filter((s) => s.heading).map((s) => `${s.kind}:${s.heading}`)).toContain("measures:三、下一步打算");
    expect(doc.measures).toHaveLength(3);
  });

  test("invalid: a measure numbered with the items that speaks of 保障 stays a measure", () => {
    const r = read([]);
    const lines = [...HEAD, ...MEASURES, "（四）强化组织保障，党组书记亲自抓整改。", CLOSING];
    const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
    expect(r.measures).toHaveLength(3);
    expect(doc.measures).toHaveLength(4);
  });

  test("invalid: a heading after the measures that names something else keeps its kind", () => {
    expect(read(["四、个人有关事项报告情况", "本人没有需要说明的事项。"]).sections).toContain("personal_matters:四、个人有关事项报告情况");
  });

  test("withMeasuresTails: the first heading named for the measures keeps its kind, even with a tail word; only a later one is a tail", () => {
    const line = (index: number, headingWords: string) => ({ index, headingWords, marker: { value: index } }) as never;
    const out = withMeasuresTails([
      { line: line(1, "存在的问题"), kind: "problems", numbered: true, named: true },
      { line: line(2, "保障措施落实情况"), kind: "measures", numbered: true, named: true },
      { line: line(3, "整改措施"), kind: "measures", numbered: true, named: true },
      { line: line(4, "下步打算"), kind: "measures", numbered: true, named: true },
    ]);
    expect(out.map((c) => c.kind)).toEqual(["problems", "measures", "measures", "other"]);
  });
});
