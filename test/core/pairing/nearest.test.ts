/**
 * The measures nearest to a problem (what 问题与措施 offers beside a problem
 * nobody answers): the labelled answer is among the first offered, what they
 * share is really in both texts, and the list is ordered and bounded.
 */
import { analyze } from "../../../src/core/analyze";
import { nearestMeasures, sharedWords } from "../../../src/core/pairing/nearest";
import { paragraphsFromText } from "../../../src/host/text";
import { labelledMaterials } from "../../helpers/labelled";

const materials = [...labelledMaterials("seed"), ...labelledMaterials("dev")].filter((m) => !m.label.not_material && m.label.pairs.length > 0);

describe("nearestMeasures", () => {
  test("the labelled measure of a problem is among the three offered first, for nearly every labelled pair", () => {
    let pairs = 0;
    let first = 0;
    let inThree = 0;
    for (const m of materials) {
      const doc = analyze(paragraphsFromText(m.text), { hostKind: "text" }).doc;
      const byLine = (items: typeof doc.problems, line: number) => items.find((i) => i.paragraph === line - 1);
      for (const [p, q] of m.label.pairs) {
        const lp = m.label.problems.find((x) => x.id === p);
        const lm = m.label.measures.find((x) => x.id === q);
        const problem = lp && byLine(doc.problems, lp.line);
        const measure = lm && byLine(doc.measures, lm.line);
        if (!problem || !measure) continue; // an item the reader did not find is the reader's business, not this list's
        pairs++;
        const near = nearestMeasures(doc, problem.id, 3).map((n) => n.measure);
        if (near[0] === measure.id) first++;
        if (near.includes(measure.id)) inThree++;
      }
    }
    expect(pairs).toBeGreaterThan(100);
    // Measured on seeds + dev (309 pairs): first for 91 %, among the three for all.
    expect(inThree / pairs).toBeGreaterThanOrEqual(0.97);
    expect(first / pairs).toBeGreaterThanOrEqual(0.85);
  });

  test("nearest first, at most the limit, only measures that share something", () => {
    const m = materials[0];
    const doc = analyze(paragraphsFromText(m.text), { hostKind: "text" }).doc;
    for (const problem of doc.problems) {
      const near = nearestMeasures(doc, problem.id, 2);
      expect(near.length).toBeLessThanOrEqual(2);
      for (let k = 1; k < near.length; k++) expect(near[k - 1].similarity).toBeGreaterThanOrEqual(near[k].similarity);
      for (const n of near) {
        expect(n.similarity).toBeGreaterThan(0);
        expect(n.confidence).toBeGreaterThan(0);
        expect(doc.measures.some((x) => x.id === n.measure)).toBe(true);
      }
    }
    expect(nearestMeasures(doc, "P999")).toEqual([]);
    expect(nearestMeasures({ problems: doc.problems, measures: [] }, doc.problems[0].id)).toEqual([]);
  });

  test("what they share stands in both texts", () => {
    for (const m of materials.slice(0, 10)) {
      const doc = analyze(paragraphsFromText(m.text), { hostKind: "text" }).doc;
      for (const problem of doc.problems) {
        for (const n of nearestMeasures(doc, problem.id)) {
          const measure = doc.measures.find((x) => x.id === n.measure)!;
          for (const word of n.sharedWords) {
            expect(word.length).toBeGreaterThanOrEqual(2);
            expect(problem.body.normalize("NFKC").toLowerCase() + problem.title).toContain(word);
            expect((measure.body + measure.title).normalize("NFKC").toLowerCase()).toContain(word);
          }
        }
      }
    }
  });

  test("sharedWords: longest runs first, none inside another, stop phrases left out", () => {
    const words = sharedWords("理论学习不够深入，调查研究走过场", "深入开展理论学习，改进调查研究方法");
    expect(words).toContain("理论学习");
    expect(words).toContain("调查研究");
    for (const a of words) for (const b of words) if (a !== b) expect(a.includes(b)).toBe(false);
    expect(sharedWords("完全不同的内容", "另外一件事情")).toEqual([]);
  });
});
