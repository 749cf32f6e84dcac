/**
 * A document that is not a 对照检查材料 (a speech, a notice, a report) is said to be one
 * and asked nothing about its reading: no heading questions and no pair questions, even
 * where some of its lines look like problems and measures (issue 9: no storm of findings,
 * and the pane does not ask "P1 是否由 M1 回应？" about a speech).
 */
import { analyze } from "../../src/core/analyze";
import { paragraphsFromText } from "../../src/host/text";
import { labelledMaterials } from "../helpers/labelled";

const read = (text: string) => analyze(paragraphsFromText(text), { hostKind: "text" });

describe("not a material: no reading questions", () => {
  const notMaterials = labelledMaterials("dev").filter((m) => m.label.not_material);
  test("there are labelled non-materials to read", () => expect(notMaterials.length).toBeGreaterThan(3));
  test.each(notMaterials.map((m) => [m.name, m] as const))("%s: said to be no material, asked nothing", (_name, m) => {
    const a = read(m.text);
    expect(a.doc.reading.material).toBe(false);
    expect(a.doc.reading.questions).toEqual([]);
  });

  // Invalid side: the same lines inside a material are asked about where pairing is unsure.
  const speechLike = [
    "在全市工作会议上的讲话",
    "同志们：",
    "今天召开会议，主要任务是部署明年工作。",
    "一、存在的问题",
    "（一）调查研究不够深入。到基层次数少，听取意见不全面。",
    "（二）工作落实有差距。推进重点任务节奏偏慢。",
    "二、下一步打算",
    "（一）坚持问计于民。每月安排时间走访群众。",
    "（二）强化督查问效。建立台账，按月通报。",
  ].join("\n");
  test("a speech with lines like problems and measures gets no pair question", () => {
    const a = read(speechLike);
    if (a.doc.reading.material) return expect(a.doc.reading.material).toBe(false);
    expect(a.doc.reading.questions.filter((q) => q.kind === "pair")).toEqual([]);
  });
});

describe("a material: questions are still asked", () => {
  test("a material with pair candidates keeps its pair questions", () => {
    const withQuestions = labelledMaterials("dev")
      .filter((m) => !m.label.not_material)
      .map((m) => read(m.text))
      .filter((a) => a.doc.pairCandidates.length > 0);
    expect(withQuestions.length).toBeGreaterThan(3);
    for (const a of withQuestions) expect(a.doc.reading.questions.some((q) => q.kind === "pair")).toBe(true);
  });
});
