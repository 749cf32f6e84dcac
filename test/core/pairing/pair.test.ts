import { existsSync } from "node:fs";
import { join } from "node:path";
import { PAIR_THRESHOLD, pairConfidence, pairProblems, pairSimilarities } from "../../../src/core/pairing";
import { CORPUS_DIR, corpusNames, loadCorpusDoc } from "./corpusItems";
import { item } from "../../helpers/items";


const sortPairs = (pairs: [string, string][]) => pairs.map((p) => p.join("-")).sort();

describe("pairing the corpus documents (from the real text)", () => {
  it("has the corpus fixtures", () => {
    expect(existsSync(join(CORPUS_DIR, "seed-000.txt"))).toBe(true);
    expect(existsSync(join(CORPUS_DIR, "seed-004.txt"))).toBe(true);
  });

  for (const name of corpusNames()) {
    it(`${name}: pairs exactly as labelled, every problem and measure used`, () => {
      const doc = loadCorpusDoc(name);
      const result = pairProblems(doc.problems, doc.measures);
      expect(sortPairs(result.pairs.map((p) => [p.problem, p.measure]))).toEqual(sortPairs(doc.labels.pairs));
      expect(result.unpairedProblems).toEqual([]);
      expect(result.unansweredMeasures).toEqual([]);
      for (const p of result.pairs) {
        expect(p.source).toBe("auto");
        expect(p.score).toBeGreaterThan(0.4);
        expect(p.score).toBeLessThanOrEqual(1);
      }
    });

    it(`${name}: pairs the same when the measures come in reverse order`, () => {
      const doc = loadCorpusDoc(name);
      const result = pairProblems(doc.problems, [...doc.measures].reverse());
      expect(sortPairs(result.pairs.map((p) => [p.problem, p.measure]))).toEqual(sortPairs(doc.labels.pairs));
    });

    it(`${name}: when a problem's measure is removed, the other pairs stay and its own pair weakens or goes`, () => {
      const doc = loadCorpusDoc(name);
      const full = pairProblems(doc.problems, doc.measures);
      const scoreOf = (r: typeof full, p: string) =>
        Math.max(0, ...r.pairs.filter((x) => x.problem === p).map((x) => x.score));
      for (const [problem, measure] of doc.labels.pairs) {
        const result = pairProblems(
          doc.problems,
          doc.measures.filter((m) => m.id !== measure),
        );
        const others = result.pairs
          .filter((p) => p.problem !== problem)
          .map((p): [string, string] => [p.problem, p.measure]);
        expect(sortPairs(others)).toEqual(sortPairs(doc.labels.pairs.filter(([p]) => p !== problem)));
        // Real measures overlap (a measure on 凝心铸魂 also speaks of “两个确立”), so the
        // orphan may lean on a neighbour's measure — but never as confidently as on its own.
        expect(scoreOf(result, problem)).toBeLessThan(scoreOf(full, problem));
      }
    });
  }

  it("seed-004: the crossing (三)→(四), (四)→(三) is found by content", () => {
    const doc = loadCorpusDoc("seed-004");
    const result = pairProblems(doc.problems, doc.measures);
    const measureOf = (p: string) => result.pairs.filter((x) => x.problem === p).map((x) => x.measure);
    // The labels say which; read them rather than repeating them.
    for (const [p, m] of doc.labels.pairs) expect(measureOf(p)).toEqual([m]);
    expect(doc.labels.pairs).toContainEqual(["P3", "M4"]);
    expect(doc.labels.pairs).toContainEqual(["P4", "M3"]);
  });
});

describe("pairing synthetic materials", () => {
  // A township team's material, written for these tests (no corpus wording).
  const problems = [
    item(
      "P1",
      "（一）在理论学习方面。",
      "一是学习的系统性不够。班子中心组每月集中学习一次，但多是领读文件，研讨发言准备不足，对党的创新理论的核心要义把握不深。二是学用结合不紧，运用理论指导乡村振兴实践的办法不多。",
    ),
    item(
      "P2",
      "（二）在服务群众方面。",
      "一是联系群众不够经常。班子成员下村入户的次数不多，2023年全年走访农户平均不足20户。二是对村民反映的道路硬化、饮水安全等诉求，办理周期偏长。",
    ),
    item(
      "P3",
      "（三）在安全生产方面。",
      "一是对辖区内非煤矿山、危化品企业的隐患排查不够彻底，专项检查以听汇报为主。二是应急演练流于形式，预案更新不及时。",
    ),
    item(
      "P4",
      "（四）在廉洁自律方面。",
      "一是对中央八项规定精神的执行存在松懈思想，偶有公务接待超标的苗头。二是对身边工作人员管得不严，提醒谈话次数偏少。",
    ),
  ];
  const measures = [
    item(
      "M1",
      "（一）深化理论武装。",
      "坚持每月中心组专题学习制度，每次确定一个研讨主题，班子成员轮流领学发言，把学习成果转化为推进乡村振兴的具体举措。",
    ),
    item(
      "M2",
      "（二）践行为民宗旨。",
      "建立班子成员包村联户制度，每人每月走访不少于10户农户，对道路、饮水等民生诉求建立台账，限期办结销号。",
    ),
    item(
      "M3",
      "（三）压实安全责任。",
      "每季度开展一次非煤矿山、危化品企业隐患排查，实行清单管理，年内组织不少于两次应急演练，修订完善应急预案。",
    ),
    item(
      "M4",
      "（四）严守廉洁底线。",
      "严格执行中央八项规定及其实施细则精神，规范公务接待，每半年对身边工作人员开展一次提醒谈话。",
    ),
  ];
  const pairsOf = (r: ReturnType<typeof pairProblems>) => r.pairs.map((p) => `${p.problem}-${p.measure}`);

  it("pairs in order when the material is in order", () => {
    expect(pairsOf(pairProblems(problems, measures))).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4"]);
  });

  it("follows the content when the measures are shuffled", () => {
    const shuffled = [measures[2]!, measures[0]!, measures[3]!, measures[1]!];
    expect(pairsOf(pairProblems(problems, shuffled))).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4"]);
  });

  it("follows the content when the problems are shuffled", () => {
    const shuffled = [problems[3]!, problems[1]!, problems[0]!, problems[2]!];
    expect(pairsOf(pairProblems(shuffled, measures)).sort()).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4"]);
  });

  it("pairs by themes when problem and measure share few words", () => {
    const p = [
      item("P1", "（一）宗旨意识有所淡化。", "深入基层调研少，对村民诉求回应慢，存在“坐等上门”的思想。"),
      item("P2", "（二）学习不够系统。", "满足于读文件、看通报，对新思想的理解停留在字面。"),
      item("P3", "（三）管党治党失之于宽。", "对下属的苗头性问题提醒不及时，一岗双责抓得不实。"),
    ];
    const m = [
      item("M1", "（一）强化理论武装。", "坚持第一议题制度，读原著、学原文、悟原理，做到学懂弄通做实。"),
      item("M2", "（二）扛牢主体责任。", "运用监督执纪“四种形态”，抓早抓小，对违规违纪问题严肃问责。"),
      item("M3", "（三）坚持以人民为中心。", "建立联系点制度，每月到联系村走访，及时解决群众反映的急难愁盼问题。"),
    ];
    expect(pairsOf(pairProblems(p, m))).toEqual(["P1-M3", "P2-M1", "P3-M2"]);
  });

  it("lets one measure answer two problems when measures are fewer", () => {
    const merged = item(
      "M1",
      "（一）深化理论武装，践行为民宗旨。",
      "坚持每月中心组专题学习制度，把学习成果转化为推进乡村振兴的具体举措。建立班子成员包村联户制度，每人每月走访不少于10户农户，对道路、饮水等民生诉求建立台账，限期办结销号。",
    );
    const fewer = [merged, { ...measures[2]!, id: "M2" }, { ...measures[3]!, id: "M3" }];
    const result = pairProblems(problems, fewer);
    expect(pairsOf(result)).toEqual(["P1-M1", "P2-M1", "P3-M2", "P4-M3"]);
    expect(result.unpairedProblems).toEqual([]);
    expect(result.unansweredMeasures).toEqual([]);
  });

  it("leaves a problem no measure answers unpaired instead of forcing a pair", () => {
    const result = pairProblems(
      problems,
      measures.filter((m) => m.id !== "M3"),
    );
    expect(pairsOf(result)).toEqual(["P1-M1", "P2-M2", "P4-M4"]);
    expect(result.unpairedProblems).toEqual(["P3"]);
  });

  it("lists a measure that answers no problem", () => {
    const extra = item("M5", "（五）抓好机关档案管理。", "按年度对文书档案进行归档，完成数字化扫描和目录编制。");
    const result = pairProblems(problems, [...measures, extra]);
    expect(pairsOf(result)).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4"]);
    expect(result.unansweredMeasures).toEqual(["M5"]);
  });

  it("gives a problem a second measure that is about it too", () => {
    const second = item(
      "M5",
      "（五）常态化开展应急演练。",
      "针对危化品企业和非煤矿山，组织应急演练，完善应急预案，提升隐患排查和处置能力。",
    );
    const result = pairProblems(problems, [...measures, second]);
    expect(pairsOf(result)).toEqual(["P1-M1", "P2-M2", "P3-M3", "P3-M5", "P4-M4"]);
    expect(result.unansweredMeasures).toEqual([]);
  });

  it("does not pair unrelated text (the threshold)", () => {
    const unrelated = [
      item("M1", "（一）改进机关食堂管理。", "每周公布菜谱，改善职工就餐环境，控制食材采购成本。"),
      item("M2", "（二）做好年度档案归档。", "按年度对文书档案进行归档，完成数字化扫描。"),
    ];
    const result = pairProblems(problems, unrelated);
    expect(result.pairs).toEqual([]);
    expect(result.unpairedProblems).toEqual(["P1", "P2", "P3", "P4"]);
    expect(result.unansweredMeasures).toEqual(["M1", "M2"]);
    for (const row of pairSimilarities(problems, unrelated))
      for (const s of row) expect(s).toBeLessThan(PAIR_THRESHOLD);
  });

  it("handles empty inputs", () => {
    expect(pairProblems([], measures)).toMatchObject({
      pairs: [],
      unpairedProblems: [],
      unansweredMeasures: ["M1", "M2", "M3", "M4"],
    });
    expect(pairProblems(problems, [])).toMatchObject({
      pairs: [],
      unpairedProblems: ["P1", "P2", "P3", "P4"],
      unansweredMeasures: [],
    });
  });

  describe("user overrides", () => {
    it("a user's choice wins, is marked user, and the rest re-pairs around it", () => {
      const result = pairProblems(problems, measures, [{ problem: "P1", measure: "M2" }]);
      const p1 = result.pairs.filter((p) => p.problem === "P1");
      expect(p1).toEqual([expect.objectContaining({ measure: "M2", source: "user" })]);
      // M2 was taken by the user: P2's own measure is gone from the one-to-one stage,
      // but a measure may answer several problems, so P2 may still take it.
      for (const p of result.pairs.filter((x) => x.problem !== "P1")) expect(p.source).toBe("auto");
      expect(pairsOf(result)).toContain("P3-M3");
      expect(pairsOf(result)).toContain("P4-M4");
    });

    it("“无对应措施” (null) unpairs the problem and marks it as the user's decision", () => {
      const result = pairProblems(problems, measures, [{ problem: "P3", measure: null }]);
      expect(result.pairs.some((p) => p.problem === "P3")).toBe(false);
      expect(result.unpairedProblems).toEqual(["P3"]);
      expect(result.userUnpaired).toEqual(["P3"]);
      expect(result.unansweredMeasures).toEqual(["M3"]);
    });

    it("fixes a crossing the other way when the user says so", () => {
      const doc = loadCorpusDoc("seed-004");
      const result = pairProblems(doc.problems, doc.measures, [
        { problem: "P3", measure: "M3" },
        { problem: "P4", measure: "M4" },
      ]);
      expect(result.pairs.filter((p) => p.source === "user").map((p) => `${p.problem}-${p.measure}`)).toEqual([
        "P3-M3",
        "P4-M4",
      ]);
      expect(result.unpairedProblems).toEqual([]);
    });

    it("a user may give one problem several measures", () => {
      const result = pairProblems(problems, measures, [
        { problem: "P1", measure: "M1" },
        { problem: "P1", measure: "M4" },
      ]);
      expect(result.pairs.filter((p) => p.problem === "P1").map((p) => p.measure)).toEqual(["M1", "M4"]);
    });

    it("ignores and reports overrides naming items the document no longer has", () => {
      const stale = [
        { problem: "P9", measure: "M1" },
        { problem: "P1", measure: "M9" },
      ];
      const result = pairProblems(problems, measures, stale);
      expect(result.staleOverrides).toEqual(stale);
      expect(pairsOf(result)).toEqual(["P1-M1", "P2-M2", "P3-M3", "P4-M4"]);
    });
  });
});

describe("pairConfidence", () => {
  it("is monotonic, 0 at 0, below 1, and about one half at twice the threshold", () => {
    expect(pairConfidence(0)).toBe(0);
    expect(pairConfidence(Number.NaN)).toBe(0);
    expect(pairConfidence(-0.2)).toBe(0);
    expect(pairConfidence(Number.POSITIVE_INFINITY)).toBe(1);
    expect(pairConfidence(2 * PAIR_THRESHOLD)).toBeCloseTo(0.5, 2);
    let last = -1;
    for (let s = 0; s <= 1; s += 0.05) {
      const c = pairConfidence(s);
      expect(c).toBeGreaterThanOrEqual(last);
      expect(c).toBeLessThanOrEqual(1);
      last = c;
    }
  });
});
