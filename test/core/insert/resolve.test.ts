/**
 * The one resolution of an edit plan against the document as it is now
 * (core/insert/resolve), with plans and paragraphs written out by hand: every host
 * executes what this returns.
 */
import type { EditPlan } from "../../../src/core/insert/planner";
import { ANCHOR_MESSAGE, LIST_MESSAGE, PlanConflictError, RENUMBER_MESSAGE, resolvePlan } from "../../../src/core/insert/resolve";

/** 插入 原因分析 after the problems' only item, shifting 二、整改措施 to 三、. */
const PLAN: EditPlan = {
  request: { kind: "section", section: "causes" },
  label: "插入 原因分析",
  insertion: {
    anchor: { paragraph: 3, position: "after", text: "（一）学习不够。" },
    paragraphs: [
      { text: "二、产生问题的原因分析", role: "heading1", formatLike: 2, autoNumbered: false },
      { text: "（一）理想信念有所松懈。【结合自身实际剖析思想根源】", role: "heading2", formatLike: 3, autoNumbered: false },
    ],
    tag: "duizhao-template:section:causes",
  },
  renumbers: [{ paragraph: 4, start: 0, end: 2, expected: "二、", replacement: "三、" }],
};
const TEXTS = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"];
const plain = (texts: string[]) => texts.map((text) => ({ text }));

test("on the document as analysed: where, what to renumber, whose formatting", () => {
  const resolved = resolvePlan(PLAN, plain(TEXTS));
  expect(resolved).toMatchObject({ anchor: 3, position: "after", at: 4, shift: 0, tag: "duizhao-template:section:causes" });
  expect(resolved.renumbers).toEqual([{ paragraph: 4, start: 0, end: 2, expected: "二、", replacement: "三、" }]);
  expect(resolved.paragraphs.map((p) => p.formatLike)).toEqual([2, 3]);
});

test("the document moved down by one paragraph: everything moves with the anchor", () => {
  const resolved = resolvePlan(PLAN, plain(["", ...TEXTS]));
  expect(resolved).toMatchObject({ anchor: 4, at: 5, shift: 1 });
  expect(resolved.renumbers[0]).toMatchObject({ paragraph: 5, start: 0, end: 2 });
  expect(resolved.paragraphs.map((p) => p.formatLike)).toEqual([3, 4]);
});

test("a host that can tell where a model paragraph went is asked first", () => {
  const resolved = resolvePlan(PLAN, plain(TEXTS), { locate: (index) => (index === 2 ? 0 : null) });
  expect(resolved.paragraphs.map((p) => p.formatLike)).toEqual([0, 3]);
});

test("offsets of a typed number are given in the paragraph's own text, after Word's automatic number", () => {
  const plan: EditPlan = { ...PLAN, renumbers: [{ paragraph: 4, start: 3, end: 5, expected: "二、", replacement: "三、" }] };
  const current = plain(TEXTS);
  current[4] = { text: "1. 二、整改措施", autoNumberLength: 3 } as { text: string };
  expect(resolvePlan(plan, current).renumbers).toEqual([{ paragraph: 4, start: 0, end: 2, expected: "二、", replacement: "三、" }]);
});

test.each([
  ["the anchor's text changed", (t: string[]) => ((t[3] = "（一）学习不够深入。"), t), ANCHOR_MESSAGE],
  ["the number to shift changed", (t: string[]) => ((t[4] = "三、整改措施"), t), RENUMBER_MESSAGE],
  ["the number to shift is gone", (t: string[]) => t.slice(0, 4), RENUMBER_MESSAGE],
])("refused whole when %s", (_name, change, message) => {
  expect(() => resolvePlan(PLAN, plain(change([...TEXTS])))).toThrow(new PlanConflictError(message));
});

test("a typed number inside Word's automatic number is not text to replace", () => {
  const current = plain(TEXTS) as Array<{ text: string; autoNumberLength?: number }>;
  current[4] = { text: "二、整改措施", autoNumberLength: 2 };
  expect(() => resolvePlan(PLAN, current)).toThrow(RENUMBER_MESSAGE);
});

test("an automatically numbered paragraph needs a model in a list (unless the texts have no lists at all)", () => {
  const auto: EditPlan = { ...PLAN, renumbers: [], insertion: { ...PLAN.insertion, paragraphs: [{ text: "原因分析", role: "heading1", formatLike: 2, autoNumbered: true }] } };
  expect(() => resolvePlan(auto, plain(TEXTS))).toThrow(LIST_MESSAGE);
  const listed = TEXTS.map((text, i) => ({ text, listed: i === 2 }));
  expect(resolvePlan(auto, listed).paragraphs[0]!.formatLike).toBe(2);
  expect(resolvePlan(auto, plain(TEXTS), { lists: false }).paragraphs[0]!.formatLike).toBe(2);
});

test("renumbers come in document order, from the end of each paragraph", () => {
  const plan: EditPlan = {
    ...PLAN,
    renumbers: [
      { paragraph: 5, start: 0, end: 3, expected: "（一）", replacement: "（二）" },
      { paragraph: 4, start: 0, end: 1, expected: "二", replacement: "三" },
      { paragraph: 4, start: 1, end: 2, expected: "、", replacement: "、" },
    ],
  };
  expect(resolvePlan(plan, plain(TEXTS)).renumbers.map((r) => [r.paragraph, r.start])).toEqual([
    [4, 1],
    [4, 0],
    [5, 0],
  ]);
});
