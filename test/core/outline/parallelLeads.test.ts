/**
 * Unnumbered measures written as lead sentences in parallel (坚持……，着力……。), each over
 * body paragraphs of its own (dev-142): the leads are the measures, their bodies are not.
 * Valid and invalid cases.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { beforeMeasures } from "../../helpers/madeUp";

const HEAD = beforeMeasures("某局局长2023年度民主生活会个人对照检查材料", "现将个人对照检查情况报告如下。");
const CLOSING = ["以上对照检查，请同志们批评指正。"];
const read = (measures: string[]) => {
  const lines = [...HEAD, ...measures, ...CLOSING];
  const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
  return doc.measures.map((m) => lines[m.paragraph]!.slice(0, 4));
};

describe("lead sentences in parallel over their bodies", () => {
  test("the same opening (坚持……), each lead over one or two body paragraphs: the leads are the measures", () => {
    expect(
      read([
        "坚持把理论武装摆在首位，着力在学懂弄通做实上下功夫。",
        "每周安排半天时间自学原著，每季度撰写一篇学习体会。",
        "在理论学习中心组带头领学，围绕难点问题开展专题研讨。",
        "坚持把群众的事当成自己的事，着力解决群众急难愁盼问题。",
        "每月到基层蹲点调研不少于2天，对群众诉求建立台账逐件回复。",
        "坚持把纪律挺在前面，着力扎紧采购监督的制度笼子。",
        "修订采购管理办法，每半年检查一次下属单位采购。",
      ]),
    ).toEqual(["坚持把理", "坚持把群", "坚持把纪"]);
  });

  test("leads alike only after their first comma (……，着力……。) or in their ending (……上下功夫。)", () => {
    const afterComma = read([
      "强化理论武装，着力提升学习的系统性。",
      "每周自学半天，每季度撰写一篇学习体会。",
      "密切联系群众，着力解决急难愁盼问题。",
      "每月到基层蹲点调研不少于2天。",
      "严守纪律规矩，着力扎紧制度笼子。",
      "修订采购管理办法，每半年检查一次。",
    ]);
    expect(afterComma).toEqual(["强化理论", "密切联系", "严守纪律"]);
    const ending = read([
      "学懂弄通还要下功夫。",
      "每周自学半天，每季度撰写一篇学习体会。",
      "服务群众还要下功夫。",
      "每月到基层蹲点调研不少于2天。",
      "严守纪律还要下功夫。",
      "修订采购管理办法，每半年检查一次。",
    ]);
    expect(ending).toEqual(["学懂弄通", "服务群众", "严守纪律"]);
  });

  test("invalid: paragraphs alike without bodies between them, or a body written like the leads, are each a measure", () => {
    const noBodies = [
      "坚持学用结合，每月研讨一次。",
      "坚持深入基层，每月调研两天。",
      "坚持从严监督，每半年检查一次采购。",
      "加强制度建设，年内修订办法3项。",
      "强化警示教育，每年开展2次。",
      "完善考核机制，年底前出台细则。",
    ];
    expect(read(noBodies)).toHaveLength(6);
    // The last lead has nothing under it: no pattern.
    const lastBare = [
      "坚持学用结合，着力提升学习实效。",
      "每周自学半天。",
      "坚持深入基层，着力解决群众诉求。",
      "每月调研两天。",
      "加强制度建设，年内修订办法3项。",
      "坚持从严监督，着力扎紧制度笼子。",
    ];
    expect(read(lastBare)).toHaveLength(6);
    // Only two alike: too few to tell from chance.
    const two = ["坚持学用结合，着力提升学习实效。", "每周自学半天。", "坚持深入基层，着力解决群众诉求。", "每月调研两天。", "修订采购办法。", "每半年检查一次。"];
    expect(read(two)).toHaveLength(6);
  });
});

describe("bare phrases over one-sentence bodies", () => {
  const measures = [
    "强化理论武装。",
    "每月集中研讨一次，结合实际撰写体会，年内撰写学习体会4篇。",
    "密切联系群众。",
    "每季度到基层调研不少于两次，群众诉求一周内回复。",
    "严格廉洁监督。",
    "修订采购管理办法，每半年检查一次下属单位采购。",
  ];
  test("each phrase (强化理论武装。) heads the body under it; a general preface before them is no measure", () => {
    expect(read(measures)).toEqual(["强化理论", "密切联系", "严格廉洁"]);
    const preface = "为切实把问题整改到位，我认真制定了整改方案。下一步将一项一项抓落实。";
    expect(read([preface, ...measures])).toEqual(["强化理论", "密切联系", "严格廉洁"]);
  });
  test("invalid: two phrases in a row, a last phrase with no body, or two paragraphs before the first phrase: each paragraph is a measure", () => {
    expect(read(["强化理论武装。", "密切联系群众。", ...measures.slice(3)])).toHaveLength(5);
    expect(read([...measures.slice(0, 5)])).toHaveLength(5);
    expect(read(["为切实把问题整改到位，我认真制定了整改方案。", "坚持问题导向，一项一项抓落实。", ...measures])).toHaveLength(8);
  });
});
