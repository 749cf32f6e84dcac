/**
 * Unnumbered measures between a general first sentence and a pledge: 针对查摆出的问题，我决心认真整改。
 * speaks of the problems as a whole and is no measure, even without a colon; a pledge opened
 * by 我坚信， / 我决心， after the last measure is the closing. Invalid: a first measure that
 * names its own problem (针对理论学习不深的问题，……), or a pledge among the measures.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";
import { beforeMeasures } from "../../helpers/madeUp";

const HEAD = beforeMeasures("某局局长2024年度民主生活会个人对照检查材料", "现将个人对照检查情况报告如下。");
const MEASURES = [
  "加强理论学习。每月集中研讨一次，结合实际撰写体会。",
  "密切联系群众。每季度到基层调研不少于两次，群众诉求一周内回复。",
  "严格廉洁监督。修订采购管理办法，每半年检查一次下属单位采购。",
];
const END = "以上对照检查，请同志们批评指正。";
const read = (lines: string[]) => {
  const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
  const closing = doc.sections.find((s) => s.kind === "closing");
  return { measures: doc.measures.map((m) => lines[m.paragraph]!.slice(0, 6)), closing: closing ? lines[closing.start]!.slice(0, 6) : null };
};

test.each(["针对查摆出的问题，我决心认真整改，切实做到知行合一。", "对照以上问题，班子将逐项抓好整改落实。", "针对上述问题，我将认真抓好整改"])(
  "a first sentence about the problems as a whole (%s) is no measure",
  (lead) => {
    expect(read([...HEAD, lead, ...MEASURES, END]).measures).toEqual(["加强理论学习", "密切联系群众", "严格廉洁监督"]);
  },
);

test.each(["我坚信，只要持之以恒抓整改，就一定能够把问题解决好。", "我决心，以更加务实的作风抓好整改落实。", "班子深知，整改贵在落实、重在坚持。", "我们相信，只要坚持问题导向，就一定能够把整改工作做好。"])(
  "a pledge (%s) after the last measure opens the closing",
  (pledge) => {
    const out = read([...HEAD, ...MEASURES, pledge, END]);
    expect(out.measures).toEqual(["加强理论学习", "密切联系群众", "严格廉洁监督"]);
    expect(out.closing).toBe(pledge.slice(0, 6));
  },
);

test("invalid: a first measure naming its own problem, a lead of two sentences, and a pledge among the measures stay measures", () => {
  const own = "针对理论学习不深的问题，每月集中研讨一次。";
  expect(read([...HEAD, own, ...MEASURES.slice(1), END]).measures).toEqual([own.slice(0, 6), "密切联系群众", "严格廉洁监督"]);
  const twoSentences = "针对上述问题，建立学习台账。每月集中研讨一次，结合实际撰写体会。";
  expect(read([...HEAD, twoSentences, ...MEASURES.slice(1), END]).measures).toHaveLength(3);
  // 相信 inside a sentence opens nothing.
  const believing = "严格廉洁监督。相信群众、依靠群众，每半年检查一次下属单位采购。";
  expect(read([...HEAD, ...MEASURES.slice(0, 2), believing, END]).measures).toEqual(["加强理论学习", "密切联系群众", "严格廉洁监督"]);
  const among = "我决心，每季度到基层调研不少于两次。";
  const out = read([...HEAD, MEASURES[0]!, among, MEASURES[2]!, END]);
  expect(out.measures).toEqual(["加强理论学习", among.slice(0, 6), "严格廉洁监督"]);
  expect(out.closing).toBe(END.slice(0, 6));
});

test("measures marked by one bullet (●, ——) start at each bullet, their body lines under them", () => {
  const bulleted = ["●强化理论武装", "每月集中研讨一次，结合实际撰写体会。", "年内撰写体会4篇。", "●密切联系群众", "每季度到基层调研不少于两次。", "●严格廉洁监督", "修订采购管理办法。"];
  expect(read([...HEAD, ...bulleted, END]).measures).toEqual(["●强化理论武", "●密切联系群", "●严格廉洁监"]);
  const dashes = ["为切实抓好整改，我制定了整改方案。下一步将逐项落实。", ...MEASURES.map((m) => `——${m}`)];
  expect(read([...HEAD, ...dashes, END]).measures).toEqual(["——加强理论", "——密切联系", "——严格廉洁"]);
});

test("invalid: a single bullet, or bullets that are not where the list starts, mark nothing", () => {
  expect(read([...HEAD, "●加强理论学习。每月集中研讨一次。", ...MEASURES.slice(1), END]).measures).toHaveLength(3);
  expect(read([...HEAD, ...MEASURES, "●修订采购管理办法。", "●每半年检查一次。", END]).measures).toHaveLength(5);
});

test("measures ①……；②……；③…… inline in one paragraph are one measure each; ①② inside a numbered measure stay its points", () => {
  const inline = "①加强理论学习，每月集中研讨一次；②密切联系群众，每季度到基层调研不少于两次；③严格廉洁监督，修订采购管理办法。";
  const lines = [...HEAD, inline, END];
  const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
  expect(doc.measures.map((m) => [m.paragraph, m.title.slice(0, 7)])).toEqual([
    [HEAD.length, "①加强理论学习"],
    [HEAD.length, "②密切联系群众"],
    [HEAD.length, "③严格廉洁监督"],
  ]);
  const numbered = "（一）强化理论武装：①每月集中研讨一次；②年内撰写体会4篇；③每季度到基层调研。";
  const one = analyzeStructure(paragraphsFromText([...HEAD, numbered, END].join("\n")));
  expect(one.measures).toHaveLength(1);
});

test("measures inline after a lead (一是……二是……三是……), then a pledge opened by 我们相信，: three measures, the pledge the closing", () => {
  const inline = "一是加强理论学习，每月集中研讨一次。二是密切联系群众，每季度到基层调研两次。三是严格廉洁监督，每半年检查一次下属单位采购。";
  const pledge = "我们相信，只要坚持问题导向，就一定能够把整改工作做好。";
  const out = read([...HEAD, "针对上述问题，将重点做好以下工作：", inline, pledge, END]);
  expect(out.measures).toHaveLength(3);
  expect(out.closing).toBe(pledge.slice(0, 6));
});
