/**
 * Measures opened only by a lead sentence after the causes (no heading of their own):
 * read as the measures section only when the lead announces measures, the material has
 * no measures heading, and what follows reads as measures.
 */
import { analyzeStructure } from "../../src/core/structure";
import { paragraphsFromText } from "../../src/host/text";

const HEAD = [
  "某局副局长2022年度民主生活会个人对照检查材料",
  "根据通知要求，现将对照检查情况报告如下。",
  "一、存在的问题",
  "（一）理论学习不够深入。学习党的二十大精神满足于读原文，联系实际思考不多。",
  "（二）服务群众不够主动。深入基层调研不够，群众反映的问题跟踪督办不及时。",
  "（三）担当作为不够有力。面对难题有畏难情绪，推进力度不够。",
  "二、原因分析",
  "（一）理论武装不够深入，以干代学的现象在一定程度上存在。",
  "（二）宗旨意识有所淡化，对群众急难愁盼问题感受不深。",
  "（三）担当精神有所减退，求稳怕乱的思想有所抬头。",
];
const MEASURES = [
  "（一）加强理论武装，每月至少精读一篇重要文章，每季度形成一篇学习心得。",
  "（二）坚持人民至上，每季度到基层调研不少于两次，建立问题台账。",
  "（三）强化担当作为，对剩余问题逐一明确时限和责任人，年底前全部销号。",
];
const CLOSING = "以上发言，不妥之处，请同志们批评指正。";

const read = (...ls: string[]) => analyzeStructure(paragraphsFromText(ls.join("\n")));
const section = (s: ReturnType<typeof read>, kind: string) => s.sections.find((x) => x.kind === kind);

describe("measures opened by a lead sentence", () => {
  test.each([
    "针对上述问题，今后我将着力抓好以下几个方面：",
    "针对上述问题，我将从以下几个方面抓好整改。",
    "下一步，我将重点从以下三个方面努力：",
  ])("%s opens the measures", (lead) => {
    const s = read(...HEAD, lead, ...MEASURES, CLOSING);
    expect(section(s, "causes")).toMatchObject({ start: 6, end: 9 });
    expect(section(s, "measures")).toMatchObject({ heading: lead, headingParagraph: 10, start: 10, end: 13, recognisedBy: "content" });
    expect(s.causes.map((c) => c.paragraph)).toEqual([7, 8, 9]);
    expect(s.measures.map((m) => m.paragraph)).toEqual([11, 12, 13]);
  });

  test("a lead that names no measures is no heading (causes go on)", () => {
    const s = read(...HEAD, "深入反思，主要有以下几个方面的原因：", ...MEASURES, CLOSING);
    expect(section(s, "measures")).toBeUndefined();
  });

  test("a lead that announces no list is no heading", () => {
    const s = read(...HEAD, "今后我将认真整改，决不辜负组织的信任。", ...MEASURES, CLOSING);
    expect(section(s, "measures")).toBeUndefined();
  });

  test("lines after the lead that do not read as measures keep it in the causes", () => {
    const causesAgain = [
      "（四）纪律意识有所松懈，对自己要求不严。",
      "（五）工作作风不够扎实，满足于一般化。",
      "（六）党性锻炼有所放松，自我要求降低。",
    ];
    const s = read(...HEAD, "今后需要从以下几个方面深刻反思：", ...causesAgain, CLOSING);
    expect(section(s, "measures")).toBeUndefined();
    expect(s.causes).toHaveLength(6);
  });

  test("a material with a measures heading keeps it; the lead stays in that section", () => {
    const s = read(...HEAD, "三、整改措施", "针对上述问题，今后我将着力抓好以下几个方面：", ...MEASURES, CLOSING);
    expect(section(s, "measures")).toMatchObject({ heading: "三、整改措施", headingParagraph: 10 });
    expect(section(s, "causes")!.end).toBe(9);
  });

  test("a lead right after the causes heading is not one (the measures need causes before them)", () => {
    const s = read(...HEAD.slice(0, 7), "针对上述问题，今后我将着力抓好以下几个方面：", ...MEASURES, CLOSING);
    expect(section(s, "measures")).toBeUndefined();
  });
});

describe("measures opened by a lead sentence, as materials write them", () => {
  test("numbered measure heads over prose: the heads decide", () => {
    const s = read(
      ...HEAD,
      "针对上述问题，今后我将着力抓好以下几个方面：",
      "（一）加强理论武装。",
      "每月至少精读一篇重要文章，每季度形成一篇学习心得。",
      "（二）坚持人民至上。",
      "每季度到基层调研不少于两次，建立问题台账。",
      CLOSING,
    );
    expect(s.measures.map((m) => m.paragraph)).toEqual([11, 13]);
  });

  test("a problem that speaks of 整改措施 is no measures heading", () => {
    const head = [...HEAD];
    head[5] = "（三）整改措施落实不到位。";
    const s = read(...head, "针对上述问题，今后我将着力抓好以下几个方面：", ...MEASURES, CLOSING);
    expect(section(s, "measures")).toMatchObject({ headingParagraph: 10 });
  });

  test("an unnumbered 整改措施 heading elsewhere is one: the lead is not needed", () => {
    const s = read(...HEAD, "针对上述问题，今后我将着力抓好以下几个方面：", ...MEASURES, "整改措施", CLOSING);
    expect(section(s, "measures")?.headingParagraph).not.toBe(10);
  });
});
