/**
 * Measures that name their problems by the problems' own numbers written after the word
 * (针对问题一和问题三, （对应问题2、3）) or as the first few (针对前两个问题).
 */
import { pairDocument } from "../../../src/core/pairing";
import { numbersAfterWord, statedPairs, statedReferences } from "../../../src/core/pairing/references";
import { item } from "../../helpers/items";

const units = (title: string) => statedReferences({ title }).map((r) => r.unit);

describe("numbers after the word 问题", () => {
  it.each([
    ["问题一和问题三", [1, 3]],
    ["问题（二）", [2]],
    ["问题2、3", [2, 3]],
    ["问题一至三", [1, 2, 3]],
    ["问题１", [1]],
  ])("valid: %s → %p", (words, expected) => {
    expect(numbersAfterWord(words)).toEqual(expected);
  });

  it.each([["问题一是要"], ["问题十分突出"], ["问题"], ["上述问题"], ["突出问题二"], ["问题三至一"]])("invalid: %s names no number", (words) => {
    expect(numbersAfterWord(words)).toEqual([]);
  });
});

describe("a measure naming its problems by number", () => {
  it.each([
    ["（一）针对问题一和问题三，加强学习。", [1, 3]],
    ["（三）针对问题（二），强化担当。", [2]],
    ["（四）对应问题2、3：加强调研。", [2, 3]],
    ["（五）加强调研（针对问题三）。", [3]],
    ["（六）针对前两个问题，改进作风。", [1, 2]],
    ["（十）针对以上问题二，加强学习。", [2]],
    ["（二）针对第一、二个问题，坚持学思用贯通。", [1, 2]],
  ])("valid: %s", (title, expected) => {
    expect(units(title)).toEqual(expected);
  });

  it.each([["（一）解决问题一是要靠学习。"], ["（二）针对上述问题，加强学习。"], ["（三）针对前面的问题，改进作风。"], ["（四）问题一整改到位。"]])("invalid: %s names none", (title) => {
    expect(units(title)).toEqual([]);
  });

  const problems = [
    item("P1", "（一）理论学习不够深入。"),
    item("P2", "（二）担当作为不够。"),
    item("P3", "（三）调查研究不深入。"),
  ];

  it("valid: the measure is paired with the problems it names, as the author's own pairing", () => {
    const measures = [item("M1", "（一）针对问题一和问题三，改进学风。", "每月读一本书。"), item("M2", "（二）针对问题二，主动担当。")];
    const r = pairDocument(problems, measures, []);
    const m1 = r.pairs.filter((p) => p.measure === "M1");
    expect(m1.map((p) => p.problem)).toEqual(["P1", "P3"]);
    expect(m1.every((p) => p.sure && p.why === "措施中写明了针对该问题")).toBe(true);
  });

  it("invalid: a number the material has no problem for is not trusted at all", () => {
    const measures = [item("M1", "（一）针对问题二和问题五，主动担当。")];
    expect(statedPairs(problems, measures)).toEqual([]);
  });
});

describe("对照第……方面问题: a measure naming its problems with 对照", () => {
  it.each([
    ["三是对照第四方面的问题，每半年到分管分局开展一次廉政谈话。", [4]],
    ["4.对照第二方面问题，把国有企业的政治属性体现在服务“三农”上。", [2]],
    ["（三）推进作风建设（对照第一、三方面问题）。", [1, 3]],
  ])("valid: %s → %j", (title, expected) => {
    expect(units(title)).toEqual(expected);
  });

  it.each([
    "（一）对照党章党规找差距，严守纪律底线。",
    "（二）对照第一议题制度要求，查找学习上的差距。",
    "（三）对照先进典型，补齐短板。",
  ])("invalid: %s names no problem", (title) => {
    expect(units(title)).toEqual([]);
  });

  it("valid: the measure answers the problem it names, not a neighbour it shares a few words with", () => {
    const problems = [
      item("P1", "（一）在政治纪律方面。", "对上级部署落实有时打折扣。"),
      item("P2", "（二）在作风方面。", "到基层蹲点调研少。"),
      item("P3", "（三）在担当作为方面。", "数电发票推广进度滞后，廉政风险防控意识不强。"),
      item("P4", "（四）在廉洁自律方面。", "对分管分局的廉政风险提醒不够。"),
    ];
    const measures = [
      item("M1", "一是针对政治纪律方面的问题，", "建立台账，每月过一次进度。"),
      item("M2", "二是针对作风方面的问题，", "每季度到基层分局蹲点不少于2天。"),
      item("M3", "三是对照第四方面的问题，", "每半年到分管分局开展一次廉政谈话，强化廉政风险防控。"),
    ];
    const r = pairDocument(problems, measures, []);
    expect(r.pairs.filter((p) => p.measure === "M3").map((p) => p.problem)).toEqual(["P4"]);
  });
});
