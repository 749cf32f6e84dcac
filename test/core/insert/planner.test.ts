import { analyzeDocument } from "../../../src/core/analyze";
import { applyPlanToTexts, PlanConflictError } from "../../../src/core/insert/apply";
import { missingParts, planInsertion, plannedParts, type InsertRequest } from "../../../src/core/insert/planner";
import { paragraphsFromText } from "../../../src/host/text";
import { corpusDocuments } from "../../helpers/corpus";
import { itemLines, LABELLED_PROFILE_IDS, labelledAspectId, leadingNumber, problemsAnsweredBy, sectionLines, without as withoutLines } from "../../helpers/corpusLabels";

const analyze = (texts: string[]) => analyzeDocument(texts.map((text, index) => ({ index, text })), { hostKind: "text" });

/** The original paragraphs, in order, allowing only typed numbers to change. */
function expectOriginalsKept(before: string[], after: string[], inserted: number[]) {
  const rest = after.filter((_, i) => !inserted.includes(i));
  expect(rest.length).toBe(before.length);
  const strip = (t: string) => t.replace(/^[\s\u3000]*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/, "");
  rest.forEach((t, i) => expect(strip(t)).toBe(strip(before[i])));
}

describe("inserting a removed section puts it back in place, numbered like its neighbours", () => {
  for (const doc of corpusDocuments()) {
    const texts = paragraphsFromText(doc.text).map((p) => p.text);
    for (const kind of ["problems", "causes", "measures"] as const) {
      test(`${doc.name} without ${kind}`, () => {
        // Where the section is comes from the labels.
        const cut = withoutLines(texts, sectionLines(doc, kind));
        const analysed = analyze(cut);
        expect(analysed.missingSections).toContain(kind);
        const request: InsertRequest = { kind: "section", section: kind };
        expect(missingParts(analysed)).toContainEqual(request);
        const plan = planInsertion(analysed, request)!;
        expect(plan.label).toMatch(/^插入 /);
        const applied = applyPlanToTexts(cut, plan);
        const again = analyze(applied.texts);
        // Present, in the customary order, with consecutive section numbers.
        expect(again.missingSections).not.toContain(kind);
        const order = again.sections.map((s) => s.kind).filter((k) => ["problems", "causes", "measures"].includes(k));
        expect(order).toEqual(["problems", "causes", "measures"]);
        const numbers = again.sections.filter((s) => s.marker).map((s) => s.marker!.value);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
        // Every inserted heading2 carries a placeholder in 【】.
        expect(plan.insertion.paragraphs.some((p) => /【[^】]*】/.test(p.text))).toBe(true);
        expectOriginalsKept(cut, applied.texts, applied.inserted);
        // Idempotent: nothing more to insert for this request.
        expect(planInsertion(again, request)).toBeNull();
      });
    }
  }
});

test("inserting 原因分析 shifts the typed 二、整改措施 to 三、 and touches nothing else", () => {
  const texts = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"];
  const doc = analyze(texts);
  const plan = planInsertion(doc, { kind: "section", section: "causes" })!;
  expect(plan.insertion.anchor).toMatchObject({ paragraph: 3, position: "after" });
  expect(plan.insertion.paragraphs[0].text).toBe("二、产生问题的原因分析");
  expect(plan.insertion.paragraphs[1].text).toMatch(/^（一）/);
  expect(plan.renumbers).toEqual([{ paragraph: 4, start: 0, end: 2, expected: "二、", replacement: "三、" }]);
  const applied = applyPlanToTexts(texts, plan);
  expect(applied.texts[applied.texts.length - 2]).toBe("三、整改措施");
});

test("a plan whose anchor text changed is refused and changes nothing", () => {
  const texts = ["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"];
  const plan = planInsertion(analyze(texts), { kind: "section", section: "causes" })!;
  const edited = [...texts];
  edited[3] = "（一）学习不够深入。";
  expect(() => applyPlanToTexts(edited, plan)).toThrow(PlanConflictError);
  expect(edited[4]).toBe("二、整改措施");
  // Moved, not changed: found again by its text.
  const moved = ["", ...texts];
  const applied = applyPlanToTexts(moved, plan);
  expect(applied.texts[applied.inserted[0] - 1]).toBe("（一）学习不够。");
});

test("title, preface and closing templates", () => {
  const texts = ["一、存在问题", "（一）学习不够。", "二、原因分析", "（一）放松学习。", "三、整改措施", "（一）加强学习。"];
  const doc = analyze(texts);
  const parts = missingParts(doc).map((r) => (r.kind === "section" ? r.section : r.kind));
  expect(parts).toEqual(["title", "preface"]);
  const title = applyPlanToTexts(texts, planInsertion(doc, { kind: "section", section: "title" })!);
  expect(title.texts[0]).toMatch(/^【单位或姓名】.*对照检查材料$/);
  const withTitle = analyze(title.texts);
  expect(withTitle.title?.paragraph).toBe(0);
  const preface = applyPlanToTexts(title.texts, planInsertion(withTitle, { kind: "section", section: "preface" })!);
  expect(preface.inserted).toEqual([1]);
  expect(analyze(preface.texts).missingSections).toEqual([]);
});

describe("a removed aspect or measure comes back in place", () => {
  for (const doc of corpusDocuments()) {
    const texts = paragraphsFromText(doc.text).map((p) => p.text);
    test(`${doc.name}: each aspect's problem removed → a problem skeleton for that aspect`, () => {
      // The profile, the problems, their aspects and numbers: all as the labels give them.
      expect(analyze(texts).profile?.id).toBe(LABELLED_PROFILE_IDS[doc.label.profile]);
      for (const problem of itemLines(doc, "problems")) {
        const cut = withoutLines(texts, problem);
        const analysed = analyze(cut);
        const aspect = labelledAspectId(doc, problem);
        expect(analysed.uncoveredAspects).toEqual([aspect]);
        const plan = planInsertion(analysed, { kind: "aspect", aspect })!;
        const applied = applyPlanToTexts(cut, plan);
        // Back at the same place, with the number it had (in its canonical brackets).
        expect(applied.inserted).toEqual([problem.start]);
        expect(leadingNumber(applied.texts[problem.start])).toEqual({ ...leadingNumber(problem.heading), raw: expect.stringMatching(/^（.+）$/) });
        const again = analyze(applied.texts);
        expect(again.uncoveredAspects).toEqual([]);
        expect(again.problemAspects[again.problems.find((p) => p.paragraph === problem.start)!.id]).toBe(aspect);
        expect(planInsertion(again, { kind: "aspect", aspect })).toBeNull();
        expectOriginalsKept(cut, applied.texts, applied.inserted);
      }
    });
    test(`${doc.name}: a measure removed → a measure skeleton naming the unanswered problem`, () => {
      let checked = 0;
      for (const measure of itemLines(doc, "measures")) {
        const cut = withoutLines(texts, measure);
        const analysed = analyze(cut);
        // Unanswered now: the problems the labels pair with this measure alone (they precede it: same lines).
        const alone = problemsAnsweredBy(doc, measure.id).filter((p) => doc.label.pairs.every(([q, m]) => q !== p || m === measure.id));
        const expected = itemLines(doc, "problems").filter((p) => alone.includes(p.id)).map((p) => p.start);
        // The reader does not claim an answer for them: unpaired, or paired only by pairs it is
        // unsure of (it asks; the user then chooses 仍要插入).
        const unanswered = analysed.problems.filter((p) => !analysed.pairs.some((x) => x.problem === p.id && x.sure !== false)).map((p) => p.id);
        // Written by hand: in seed-004, measure (二) also speaks of “两个确立” and “两个维护”, the
        // subject of problem (一); without (一) the reader may take (二) as its answer.
        const known = doc.name === "seed-004" && measure.id === "M1" ? expected.filter((line) => line !== itemLines(doc, "problems")[0]!.start) : expected;
        expect(unanswered.map((id) => analysed.problems.find((p) => p.id === id)!.paragraph)).toEqual(known);
        for (const problem of unanswered) {
          const plan = planInsertion(analysed, { kind: "measure", problem }, { evenIfUnsure: !analysed.unpairedProblems.includes(problem) })!;
          const title = analysed.problems.find((p) => p.id === problem)!.title;
          expect(plan.insertion.paragraphs[0].text).toContain("针对");
          expect(plan.insertion.paragraphs[0].text).toMatch(/的问题，【写明具体措施：做什么、怎么做】，【时限】前完成/);
          const applied = applyPlanToTexts(cut, plan);
          const again = analyze(applied.texts);
          const inserted = again.measures.find((m) => m.paragraph === applied.inserted[0])!;
          expect(again.pairs).toContainEqual(expect.objectContaining({ problem, measure: inserted.id }));
          expect(title.length).toBeGreaterThan(0);
          expect(planInsertion(again, { kind: "measure", problem })).toBeNull();
          expectOriginalsKept(cut, applied.texts, applied.inserted);
          // The new measure takes the number after its predecessor's, and those after it follow on
          // (a gap left earlier by the removal is the numbering rule's business, not the insertion's).
          const values = again.measures.map((m) => m.marker?.value ?? 0);
          const at = again.measures.indexOf(inserted);
          for (let k = Math.max(1, at); k < values.length; k++) expect(values[k]).toBe(values[k - 1] + 1);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(2);
    });
  }
});

describe("a measure that answers no problem may answer the unpaired one", () => {
  const texts = [
    "对照检查材料",
    "现报告如下。",
    "一、存在问题",
    "（一）理论学习不够深入，学习笔记流于形式。",
    "（二）调查研究不够扎实，下基层次数偏少。",
    "二、整改措施",
    "（一）深化理论学习，每月撰写学习笔记。",
    "（二）严格落实值班值守制度，完善考勤台账。",
  ];
  test("no template measure while a spare measure is there: the user is asked", () => {
    const doc = analyze(texts);
    expect(doc.unpairedProblems).toHaveLength(1);
    expect(doc.unansweredMeasures).toHaveLength(1);
    const planned = plannedParts(doc);
    expect(planned.parts.filter((p) => p.kind === "measure")).toEqual([]);
    expect(planned.deferred.some((d) => d.request.kind === "measure" && /没有对应的问题|可能已由措施/.test(d.reason))).toBe(true);
  });
  test("with no spare measure, the template measure is planned", () => {
    const doc = analyze(texts.slice(0, 7));
    expect(doc.unansweredMeasures).toEqual([]);
    expect(plannedParts(doc).parts.filter((p) => p.kind === "measure").length).toBe(doc.unpairedProblems.length);
  });
});
