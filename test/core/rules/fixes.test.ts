import type { TextFix } from "../../../src/core/findings";
import { applyFixes } from "../../../src/core/rules/fixes";

const fix = (paragraph: number, start: number, end: number, expected: string, replacement: string): TextFix => ({
  paragraph,
  start,
  end,
  expected,
  replacement,
});

describe("applyFixes", () => {
  it("applies several fixes in one paragraph, whatever their order", () => {
    const texts = ["纪律建设,大兴务实之风;带头落实。", "不变"];
    const fixes = [fix(0, 4, 5, ",", "，"), fix(0, 11, 12, ";", "；")];
    for (const list of [fixes, [...fixes].reverse()]) {
      const plan = applyFixes(texts, list);
      expect(plan.texts).toEqual(["纪律建设，大兴务实之风；带头落实。", "不变"]);
      expect(plan.rejected).toEqual([]);
      expect(plan.changedParagraphs).toEqual([0]);
      // Application order: from the end of the paragraph backwards.
      expect(plan.applied.map((f) => f.start)).toEqual([11, 4]);
    }
    expect(texts[0]).toBe("纪律建设,大兴务实之风;带头落实。");
  });

  it("replacements of other lengths keep later offsets valid", () => {
    const plan = applyFixes(["学习习总书记讲话，坚定“ 四个自信”"], [fix(0, 2, 6, "习总书记", "习近平总书记"), fix(0, 12, 13, " ", "")]);
    expect(plan.texts[0]).toBe("学习习近平总书记讲话，坚定“四个自信”");
  });

  it("refuses a fix whose expected text is not at its range", () => {
    const plan = applyFixes(["改批评的不批评"], [fix(0, 0, 1, "该", "该")]);
    expect(plan.rejected.map((r) => r.reason)).toEqual(["expected-mismatch"]);
    expect(plan.texts).toEqual(["改批评的不批评"]);
    expect(plan.changedParagraphs).toEqual([]);
  });

  it("refuses overlapping fixes after the first, and duplicates", () => {
    const plan = applyFixes(
      ["清正廉洁做表率"],
      [fix(0, 0, 7, "清正廉洁做表率", "清正廉洁作表率"), fix(0, 4, 5, "做", "作"), fix(0, 0, 7, "清正廉洁做表率", "清正廉洁作表率")],
    );
    expect(plan.texts).toEqual(["清正廉洁作表率"]);
    expect(plan.rejected.map((r) => r.reason)).toEqual(["overlap", "duplicate"]);
  });

  it("touching ranges and insertions at an edge do not clash; two insertions at one point do", () => {
    const plan = applyFixes(["甲乙"], [fix(0, 0, 1, "甲", "子"), fix(0, 1, 2, "乙", "丑"), fix(0, 1, 1, "", "、"), fix(0, 1, 1, "", "，")]);
    expect(plan.texts).toEqual(["子、丑"]);
    expect(plan.rejected.map((r) => r.reason)).toEqual(["overlap"]);
  });

  it("never touches an automatic number", () => {
    const paragraphs = [{ text: "（一）理论学习,不够", autoNumber: "（一）" }];
    const plan = applyFixes(paragraphs, [fix(0, 0, 3, "（一）", "(一)"), fix(0, 7, 8, ",", "，")]);
    expect(plan.rejected.map((r) => r.reason)).toEqual(["auto-number"]);
    expect(plan.texts).toEqual(["（一）理论学习，不够"]);
  });

  it("refuses fixes for missing paragraphs or ranges outside the text", () => {
    const plan = applyFixes(["短"], [fix(3, 0, 1, "短", "长"), fix(0, 0, 5, "短", "长"), fix(0, 1, 0, "", "x")]);
    expect(plan.rejected.map((r) => r.reason)).toEqual(["no-paragraph", "out-of-range", "out-of-range"]);
  });

  it("addresses paragraphs by their index when given", () => {
    const paragraphs = [
      { index: 7, text: "甲" },
      { index: 9, text: "乙" },
    ];
    const plan = applyFixes(paragraphs, [fix(9, 0, 1, "乙", "丙")]);
    expect(plan.texts).toEqual(["甲", "丙"]);
    expect(plan.changedParagraphs).toEqual([9]);
  });
});
