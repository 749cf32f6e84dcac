/**
 * The reader on the layouts real materials use (issue 9's habits), each as a small
 * made-up material with its reading written out by hand: which lines are sections,
 * items and groups, which measure answers which problem, and which structural
 * findings a correct material must not get (valid) or a defective one must get
 * (invalid). Where the reading is unsure the reader asks, and the answer, kept in
 * the document's state, settles it.
 */
import { analyze } from "../../src/core/analyze";
import type { Finding } from "../../src/core/findings";
import { answerPair, emptyState, setLineRole, type DocumentState } from "../../src/core/state";
import { paragraphsFromText } from "../../src/host/text";

const read = (lines: string[], state?: DocumentState) => {
  const a = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text", state });
  const d = a.doc;
  return {
    a,
    d,
    sections: d.sections.map((s) => `${s.kind}@${s.start}`),
    problems: d.problems.map((p) => p.paragraph),
    causes: d.causes.map((p) => p.paragraph),
    measures: d.measures.map((p) => p.paragraph),
    /** Pairs as "problem paragraph>measure paragraph". */
    pairs: d.pairs.map((p) => `${d.problems.find((x) => x.id === p.problem)!.paragraph}>${d.measures.find((x) => x.id === p.measure)!.paragraph}`).sort(),
    errors: a.findings.filter((f: Finding) => f.severity === "error").map((f) => f.rule),
    rules: (rule: string) => a.findings.filter((f) => f.rule === rule),
  };
};

const STRUCTURAL_ERRORS = ["section-missing", "problem-unpaired", "measure-unpaired", "numbering-sequence"];
const noStructuralErrors = (r: ReturnType<typeof read>) => expect(r.errors.filter((e) => STRUCTURAL_ERRORS.includes(e))).toEqual([]);

describe("parts, section headings and items", () => {
  test("第一部分 parts (ideographic space) with 一、 items; a last-year part whose 一、关于…的问题 lines are its own", () => {
    const r = read([
      "县统计局党组2024年度民主生活会对照检查材料", // 0
      "按照县委部署，党组班子认真学习，广泛征求意见，现将对照检查情况报告如下。", // 1
      "第一部分　上年度民主生活会整改落实情况", // 2
      "一、关于调查研究不深入的问题", // 3
      "已建立班子成员联系乡镇制度，2024年开展蹲点调研12次。", // 4
      "二、关于统计数据质量把关不严的问题", // 5
      "已出台数据审核办法，全年核查基层报表300余份。", // 6
      "第二部分　存在的问题", // 7
      "一、在严守政治纪律和政治规矩方面。2024年3月传达上级精神滞后一周，对统计造假问题认识不足。", // 8
      "二、在增强党性、砥砺作风方面。下基层调研少，全年到联系点仅2次。", // 9
      "第三部分　原因剖析", // 10
      "一、理想信念有所松懈。", // 11
      "二、宗旨意识有所淡化。", // 12
      "第四部分　整改措施", // 13
      "一、严守政治纪律，2025年起上级精神一律当周传达，对统计造假零容忍。", // 14
      "二、改进作风，班子成员每季度到联系点调研不少于2次。", // 15
    ]);
    expect(r.sections).toEqual(["title@0", "preface@1", "last_year_rectification@2", "problems@7", "causes@10", "measures@13"]);
    expect(r.problems).toEqual([8, 9]);
    expect(r.causes).toEqual([11, 12]);
    expect(r.measures).toEqual([14, 15]);
    expect(r.pairs).toEqual(["8>14", "9>15"]);
    expect(r.d.reading.confidence.sure).toBe(true);
    noStructuralErrors(r);
  });

  test("section headings numbered 一. over items numbered 一、", () => {
    const r = read([
      "个人对照检查材料",
      "现将本人对照检查情况报告如下。",
      "一.存在的问题",
      "一、在理论学习方面，学习不系统，2024年缺席中心组学习2次。",
      "二、在联系群众方面，下基层少，全年仅走访3户困难群众。",
      "二.原因分析",
      "一、放松了理论学习。",
      "二、宗旨意识淡化。",
      "三.整改措施",
      "一、系统学习，每月精读原著一篇，不再缺席中心组学习。",
      "二、每季度走访困难群众不少于5户。",
    ]);
    expect(r.sections).toEqual(["title@0", "preface@1", "problems@2", "causes@5", "measures@8"]);
    expect(r.problems).toEqual([3, 4]);
    expect(r.measures).toEqual([9, 10]);
    expect(r.rules("numbering-sequence")).toEqual([]);
    noStructuralErrors(r);
  });

  test("sections numbered （一） with no 一、 level, items 1.", () => {
    const r = read([
      "2020年度民主生活会个人对照检查材料",
      "现将对照检查情况报告如下：",
      "（一）存在的主要问题",
      "1.政治理论学习不深，2020年只写了1篇心得。",
      "2.服务群众不主动，群众来访有3次未及时回复。",
      "（二）产生问题的原因",
      "1.学习的自觉性不强。",
      "（三）整改措施",
      "1.加强政治理论学习，每季度至少撰写1篇心得。",
      "2.主动服务群众，来访当日回复。",
    ]);
    expect(r.sections).toEqual(["title@0", "preface@1", "problems@2", "causes@5", "measures@7"]);
    expect(r.problems).toEqual([3, 4]);
    expect(r.pairs).toEqual(["3>8", "4>9"]);
    noStructuralErrors(r);
  });

  test("bare headings, a lead sentence under each, items （一）", () => {
    const r = read([
      "支部书记2019年度专题组织生活会检视剖析材料",
      "按照支部安排，现将个人检视剖析情况报告如下。",
      "存在的主要问题",
      "对照党章党规，主要存在以下问题：",
      "（一）学习不够深入，2019年读原著只有2本。",
      "（二）发挥作用不够，牵头的2项工作推进缓慢。",
      "问题产生的根源",
      "深入反思，原因主要有：",
      "（一）理想信念有所松懈。",
      "今后的努力方向",
      "针对上述问题，我将：",
      "（一）读原著学原理，年内再读3本原著。",
      "（二）牵头工作倒排工期，按月通报进度。",
    ]);
    expect(r.sections).toEqual(["title@0", "preface@1", "problems@2", "causes@6", "measures@9"]);
    expect(r.problems).toEqual([4, 5]);
    expect(r.causes).toEqual([8]);
    expect(r.measures).toEqual([11, 12]);
    noStructuralErrors(r);
  });

  test("items ①②③ and 第一，第二，", () => {
    const circled = read([
      "党员个人检视剖析材料",
      "现将检视情况报告如下。",
      "一、存在问题",
      "①学习不深，2021年学习党史只写了1篇笔记。",
      "②为群众办实事少，只办了2件。",
      "二、原因",
      "①党性锻炼放松。",
      "三、整改措施",
      "①系统学习党史，每月写1篇笔记。",
      "②年内为群众办实事不少于6件。",
    ]);
    expect(circled.problems).toEqual([3, 4]);
    expect(circled.pairs).toEqual(["3>8", "4>9"]);
    const di = read([
      "局党组2020年度民主生活会对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "第一，学习贯彻党的十九届五中全会精神不及时，传达滞后5天。",
      "第二，推动高质量发展办法不多，两个重点项目进度滞后。",
      "二、原因分析",
      "第一，政治站位不够高。",
      "三、整改措施",
      "第一，五中全会精神当周传达到全体党员。",
      "第二，重点项目实行周调度，年底前全部达到序时进度。",
    ]);
    expect(di.problems).toEqual([3, 4]);
    expect(di.pairs).toEqual(["3>8", "4>9"]);
    noStructuralErrors(circled);
    noStructuralErrors(di);
  });

  test("a preface with its own numbered list is not a section; measures before causes are read as they stand", () => {
    const r = read([
      "2024年度民主生活会个人对照检查材料",
      "会前做了以下准备：",
      "1.认真学习党的二十届三中全会精神。",
      "2.征求意见建议15条。",
      "3.与班子成员逐一谈心。",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）落实全面从严治党责任不到位，对分管科室监督不严。",
      "二、整改措施",
      "（一）履行“一岗双责”，每季度听取分管科室廉政情况汇报。",
      "三、原因分析",
      "（一）管党治党意识不强。",
    ]);
    expect(r.sections).toEqual(["title@0", "preface@1", "problems@6", "measures@8", "causes@10"]);
    expect(r.problems).toEqual([7]);
    expect(r.rules("section-order").map((f) => f.severity)).not.toContain("error");
    noStructuralErrors(r);
  });

  test("a 反面典型案例剖析 section is its own (other); causes inline in one paragraph are one item each", () => {
    const r = read([
      "2023年主题教育专题民主生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）理论学习方面。学习不系统，2023年缺席学习2次。",
      "（二）廉洁自律方面。对身边人管得不严。",
      "二、反面典型案例剖析",
      "（一）案例基本情况。某局原局长严重违纪违法。",
      "（二）对照案例查找差距。我在家风建设上也有不足。",
      "三、产生问题的原因",
      "一是理论学习的自觉性不够。二是党性修养有所放松。三是纪律规矩意识淡化。",
      "四、整改措施",
      "（一）每月参加集中学习，不再缺席。",
      "（二）管好身边人，每半年开展一次家风教育。",
    ]);
    expect(r.sections).toEqual(["title@0", "preface@1", "problems@2", "other@5", "causes@8", "measures@10"]);
    expect(r.causes).toEqual([9, 9, 9]);
    expect(r.d.causes.map((c) => c.title)).toEqual(["一是理论学习的自觉性不够。", "二是党性修养有所放松。", "三是纪律规矩意识淡化。"]);
    noStructuralErrors(r);
  });

  const COMMITMENT_BASE = [
    "县水利局党组2024年度民主生活会对照检查材料", // 0
    "按照县委部署，党组班子认真学习，广泛征求意见，现将对照检查情况报告如下。", // 1
    "一、存在的问题", // 2
    "（一）理论学习不够深入，2024年中心组学习缺席较多。", // 3
    "（二）农村饮水工程管护不到位，全年停水投诉46件。", // 4
    "二、原因分析", // 5
    "（一）理想信念有所松懈。", // 6
    "三、整改措施", // 7
    "（一）加强理论学习，中心组每月集中学习一次，不再缺席。", // 8
  ];
  test("a 班子 material's closing commitment (将以这次民主生活会为新的起点) after its last measure is the closing", () => {
    const r = read([...COMMITMENT_BASE, "（二）落实饮水工程管护责任，停水投诉限时办结。", "局党组将以这次民主生活会为新的起点，以钉钉子精神抓好整改落实。"]);
    expect(r.sections).toEqual(["title@0", "preface@1", "problems@2", "causes@5", "measures@7", "closing@10"]);
    expect(r.measures).toEqual([8, 9]);
  });

  test("a table after the last measure (an inserted 整改清单) is not that measure's words", () => {
    const text = [...COMMITMENT_BASE, "（二）落实饮水工程管护责任，停水投诉限时办结。"];
    const table = ["序号", "问题", "措施", "理论学习不够深入，中心组学习缺席较多", "加强理论学习，中心组每月集中学习", "农村饮水工程管护不到位", "落实饮水工程管护责任"];
    const paragraphs = [...paragraphsFromText(text.join("\n")), ...table.map((t) => ({ index: 0, text: t, inTable: true }))].map((p, index) => ({ ...p, index }));
    const a = analyze(paragraphs, { hostKind: "docx" });
    const last = a.doc.measures[a.doc.measures.length - 1]!;
    expect(last.body).toBe("（二）落实饮水工程管护责任，停水投诉限时办结。");
    expect(a.doc.pairs.map((p) => `${p.problem}>${p.measure}`)).toEqual(["P1>M1", "P2>M2"]);
  });

  test("the same words in a numbered measure, or in a paragraph the measures go on after, are no closing", () => {
    const numbered = read([...COMMITMENT_BASE, "（二）以这次民主生活会为新的起点，落实饮水工程管护责任，停水投诉限时办结。"]);
    expect(numbered.sections).toEqual(["title@0", "preface@1", "problems@2", "causes@5", "measures@7"]);
    expect(numbered.measures).toEqual([8, 9]);
    const midway = read([...COMMITMENT_BASE, "我们将以这次民主生活会为新的起点，逐项抓好整改。", "（二）落实饮水工程管护责任，停水投诉限时办结。"]);
    expect(midway.sections).toEqual(["title@0", "preface@1", "problems@2", "causes@5", "measures@7"]);
    expect(midway.measures).toEqual([8, 10]);
  });
});

test("heading styles without typed numbers: 标题 1 heads the sections, 标题 2 the items", () => {
  const p = (text: string, level?: number) => ({ text, ...(level ? { builtInStyle: `Heading${level}`, outlineLevel: level } : {}) });
  const paragraphs = [
    p("班子对照检查材料"),
    p("现将有关情况报告如下。"),
    p("存在的问题", 1),
    p("理论学习方面", 2),
    p("学习不够深入，2024年缺席中心组学习2次。"),
    p("联系群众方面", 2),
    p("下基层少，全年走访仅3次。"),
    p("原因分析", 1),
    p("理想信念有所松懈。"),
    p("整改措施", 1),
    p("加强理论学习", 2),
    p("每月集中学习，不再缺席。"),
    p("密切联系群众", 2),
    p("每季度下基层走访不少于5次。"),
  ].map((x, index) => ({ index, ...x }));
  const a = analyze(paragraphs, { hostKind: "docx" });
  expect(a.doc.sections.map((s) => `${s.kind}@${s.start}`)).toEqual(["title@0", "preface@1", "problems@2", "causes@7", "measures@9"]);
  expect(a.doc.problems.map((x) => x.paragraph)).toEqual([3, 5]);
  expect(a.doc.measures.map((x) => x.paragraph)).toEqual([10, 12]);
  expect(a.doc.pairs.map((x) => `${x.problem}>${x.measure}`)).toEqual(["P1>M1", "P2>M2"]);
});

describe("groups, restarts and pairing", () => {
  const DIVIDED_HEAD = [
    "县住建局党组民主生活会对照检查材料", // 0
    "现将对照检查情况报告如下。", // 1
    "一、存在的问题", // 2
    "（一）理论学习不够深入。中心组学习以读文件为主。", // 3
    "（二）老旧小区改造推进慢。全年计划48个，完工39个。", // 4
    "（三）物业管理矛盾多。物业投诉同比上升18%。", // 5
    "（四）工程质量监管不严。有2个项目被通报。", // 6
    "二、原因分析", // 7
    "（一）理想信念有所松懈。", // 8
    "三、整改措施", // 9
  ];
  test("numbered dividers over one running list (（一）立行立改的 1. 2. （二）长期坚持的 3. 4.): the list holds the measures", () => {
    const r = read([
      ...DIVIDED_HEAD,
      "（一）立行立改的", // 10
      "1.中心组每月开展一次专题研讨，班子成员轮流领学。", // 11
      "2.对延期的9个老旧小区改造项目实行专班推进。", // 12
      "（二）长期坚持的", // 13
      "3.建立物业纠纷联调机制，物业投诉限时办结。", // 14
      "4.健全工程质量巡查制度，每季度开展一次质量大检查。", // 15
    ]);
    expect(r.measures).toEqual([11, 12, 14, 15]);
    expect(r.d.groups.filter((g) => g.section === "measures").map((g) => g.paragraph)).toEqual([10, 13]);
    expect(r.pairs).toEqual(["3>11", "4>12", "5>14", "6>15"]);
    expect(r.rules("numbering-sequence")).toEqual([]);
    noStructuralErrors(r);
  });

  test("a slip in the running list under dividers is reported once; points that restart under each heading stay points", () => {
    const slip = read([...DIVIDED_HEAD, "（一）立行立改的", "1.中心组每月开展一次专题研讨。", "2.老旧小区改造项目专班推进。", "（二）长期坚持的", "4.建立物业纠纷联调机制。", "5.健全工程质量巡查制度。"]);
    expect(slip.measures).toEqual([11, 12, 14, 15]);
    expect(slip.rules("numbering-sequence").map((f) => f.paragraph)).toEqual([14]);
    const restarting = read([
      ...DIVIDED_HEAD,
      "（一）强化理论武装", // 10
      "1.中心组每月开展一次专题研讨。", // 11
      "2.班子成员每年讲专题党课。", // 12
      "（二）加快老旧小区改造", // 13
      "1.对延期项目实行专班推进。", // 14
      "2.物业纠纷联调，工程质量每季度巡查。", // 15
    ]);
    expect(restarting.measures).toEqual([10, 13]);
    expect(restarting.rules("numbering-sequence")).toEqual([]);
    // A divider that says something (a sentence) is a measure with points, not a label.
    const saying = read([...DIVIDED_HEAD, "（一）立行立改，抓好当前整改。", "1.中心组每月专题研讨。", "2.老旧小区专班推进。", "（二）长期坚持，健全制度机制。", "3.物业纠纷联调。", "4.工程质量巡查。"]);
    expect(saying.measures).toEqual([10, 13]);
  });

  test("a first group head ending in a colon like the others (理论学习上：) is a group, a lead sentence before them is not", () => {
    const body = (first: string[]) => [
      "个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      ...first,
      "理论学习上：",
      "1.学习不够系统，读原著少。",
      "2.学用结合不紧，运用理论指导乡村振兴不够。",
      "联系群众上：",
      "1.下村入户少，全年走访农户不足20户。",
      "2.群众诉求办理慢。",
      "廉洁自律上：",
      "1.公务接待偶有超标。",
      "二、原因分析",
      "（一）理想信念有所松懈。",
      "三、整改措施",
      "（一）加强理论学习，每月精读原著一篇，用理论指导乡村振兴。",
      "（二）践行群众路线，每月走访农户10户，群众诉求限期办结。",
      "（三）严守廉洁纪律，公务接待严格执行标准。",
    ];
    const bare = read(body([]));
    expect(bare.d.groups.filter((g) => g.section === "problems").map((g) => g.paragraph)).toEqual([3, 6, 9]);
    expect(bare.problems).toEqual([4, 5, 7, 8, 10]);
    expect(bare.rules("numbering-sequence")).toEqual([]);
    const led = read(body(["对照检查，我主要存在以下问题："]));
    expect(led.d.groups.filter((g) => g.section === "problems").map((g) => g.paragraph)).toEqual([4, 7, 10]);
    expect(led.rules("numbering-sequence")).toEqual([]);
  });

  test("measures under unnumbered aspect heads ending in a colon (在理论学习方面：) start at the first head; a colon lead of another shape is no measure", () => {
    const head = [
      "个人对照检查材料", // 0
      "现将对照检查情况报告如下。", // 1
      "一、存在的问题", // 2
      "（一）理论学习不够深入，读原著少，研讨不深。", // 3
      "（二）调查研究不够扎实，全年到基层调研只有6次。", // 4
      "（三）落实“一岗双责”不够到位，对分管科室干部管理偏松。", // 5
      "二、原因分析", // 6
      "（一）理想信念有所松懈。", // 7
      "三、整改措施", // 8
    ];
    const aspects = read([...head, "在理论学习方面：", "每月精读一篇原著，撰写学习笔记。", "在调查研究方面：", "每季度到基层蹲点调研不少于5天。", "在“一岗双责”方面：", "每半年与分管科室干部谈心谈话一次。"]);
    expect(aspects.measures).toEqual([9, 11, 13]);
    expect(aspects.pairs).toEqual(["3>9", "4>11", "5>13"]);
    const led = read([...head, "在今后工作中，我将努力做到：", "加强理论学习，每月精读一篇原著。", "深入调查研究，每季度到基层蹲点调研不少于5天。", "履行“一岗双责”，每半年与分管科室干部谈心谈话一次。"]);
    expect(led.measures).toEqual([10, 11, 12]);
  });

  test("items numbering on across unnumbered groups (1. 2. | 3. 4.) are no slip; a group that starts again among groups that run on is", () => {
    const head = ["个人对照检查材料", "现将对照检查情况报告如下。", "一、存在的问题"];
    const tail = ["二、原因分析", "（一）理想信念有所松懈。", "三、整改措施", "（一）加强理论学习，每月精读原著一篇。", "（二）深入调研，每季度蹲点5天。", "（三）严守纪律，拒绝无关宴请。"];
    const runOn = read([...head, "在政治建设方面：", "1.理论学习不深，读原著少。", "2.请示报告不及时。", "在作风建设方面：", "3.调查研究不深入，蹲点少。", "4.廉洁自律有松懈，参加无关宴请。", ...tail]);
    expect(runOn.problems).toEqual([4, 5, 7, 8]);
    expect(runOn.rules("numbering-sequence")).toEqual([]);
    const mixed = read([
      ...head,
      "在政治建设方面：", // 3
      "1.理论学习不深，读原著少。", // 4
      "2.请示报告不及时。", // 5
      "在作风建设方面：", // 6
      "1.调查研究不深入，蹲点少。", // 7
      "在廉洁自律方面：", // 8
      "3.参加无关宴请。", // 9
      ...tail,
    ]);
    expect(mixed.problems).toEqual([4, 5, 7, 9]);
    expect(mixed.rules("numbering-sequence").map((f) => f.paragraph)).toEqual([9]);
  });

  const grouped = [
    "2025年度民主生活会个人对照检查材料", // 0
    "现将对照检查情况报告如下。", // 1
    "一、存在的问题", // 2
    "在带头强化政治忠诚、提高政治能力方面", // 3
    "1.传达上级精神不及时，2025年有2次滞后一周以上。", // 4
    "2.对意识形态领域的错误言论缺乏警觉。", // 5
    "在带头干事创业、担当作为方面", // 6
    "1.推进老旧小区改造畏难，3个小区改造延期。", // 7
    "2.招商引资办法不多，全年只引进1个项目。", // 8
    "3.遇到矛盾往上推，2起群众纠纷未及时化解。", // 9
    "二、原因分析", // 10
    "（一）政治理论学习不深。", // 11
    "（二）担当精神不足。", // 12
    "三、整改措施", // 13
    "（一）强化政治忠诚，上级精神当周传达，对意识形态领域错误言论敢于亮剑。", // 14
    "（二）敢于担当作为，老旧小区改造倒排工期，招商引资每季度走访企业，群众纠纷当月化解。", // 15
  ];

  test("points restarting under unnumbered group headings; measures written per group answer every point", () => {
    const r = read(grouped);
    expect(r.problems).toEqual([4, 5, 7, 8, 9]);
    expect(r.d.groups.filter((g) => g.section === "problems").map((g) => g.paragraph)).toEqual([3, 6]);
    expect(r.d.problems.map((p) => p.group)).toEqual(["PG1", "PG1", "PG2", "PG2", "PG2"]);
    expect(r.pairs).toEqual(["4>14", "5>14", "7>15", "8>15", "9>15"]);
    expect(r.d.pairLevel).toBe("group");
    // Restarts inside groups are normal.
    expect(r.rules("numbering-sequence")).toEqual([]);
    noStructuralErrors(r);
  });

  test("a real slip inside a group is reported once, with the numbers that follow", () => {
    const slipped = [...grouped];
    slipped[8] = "3.招商引资办法不多，全年只引进1个项目。";
    slipped[9] = "4.遇到矛盾往上推，2起群众纠纷未及时化解。";
    const r = read(slipped);
    const found = r.rules("numbering-sequence");
    expect(found).toHaveLength(1);
    expect(found[0]!.paragraph).toBe(8);
    expect(found[0]!.message).toContain("以下应依次改为“2.”“3.”");
  });

  test("一是 restarting under unnumbered lead sentences", () => {
    const r = read([
      "2022年度组织生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "在政治信仰上还有差距。",
      "一是对党的创新理论学得不深，2022年只读了1本原著。",
      "二是对网上错误言论辨别不够。",
      "在作用发挥上还有差距。",
      "一是在急难险重任务面前冲锋不够，疫情防控值班有1次请人代班。",
      "二、原因分析",
      "（一）党员意识淡化。",
      "三、整改措施",
      "（一）坚定政治信仰，年内精读原著3本，对错误言论坚决抵制。",
      "（二）发挥先锋作用，值班任务一律亲自到岗。",
    ]);
    expect(r.problems).toEqual([4, 5, 7]);
    expect(r.d.groups.filter((g) => g.section === "problems").map((g) => g.paragraph)).toEqual([3, 6]);
    expect(r.rules("numbering-sequence")).toEqual([]);
    expect(r.pairs).toEqual(["4>11", "5>11", "7>12"]);
    noStructuralErrors(r);
  });

  test("three levels: an aspect heading alone, a summary line, points on lines of their own", () => {
    const r = read([
      "局领导班子2021年度党史学习教育专题民主生活会对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）在践行以人民为中心的发展思想方面",
      "班子为群众办实事还有差距。",
      "一是群众反映的供暖问题回应慢，2021年有4件超期。",
      "二是下基层调研少。",
      "（二）在落实全面从严治党责任方面",
      "班子对干部管理失之于宽。",
      "一是对1名干部违规报销问题发现不及时。",
      "二、原因分析",
      "（一）宗旨意识淡化。",
      "三、整改措施",
      "（一）建立群众诉求台账，供暖问题24小时内回应。",
      "（二）从严管理干部，每季度开展一次廉政谈话。",
    ]);
    expect(r.problems).toEqual([3, 7]);
    expect(r.d.problems[0]!.points.map((p) => p.paragraph)).toEqual([5, 6]);
    expect(r.pairs).toEqual(["3>13", "7>14"]);
    noStructuralErrors(r);
  });

  test("one measure for two problems, two measures for one problem, measures in another order", () => {
    const r = read([
      "2023年主题教育专题民主生活会班子对照检查材料", // 0
      "现将对照检查情况报告如下。", // 1
      "一、存在的问题", // 2
      "（一）理论学习不深，中心组学习2023年有3次以传达文件代替研讨。", // 3
      "（二）能力本领不足，推动数字化转型办法不多，两个信息化项目延期。", // 4
      "（三）工作作风不实，调查研究走过场，文件会议多，基层反映负担重。", // 5
      "二、原因分析", // 6
      "（一）理想信念有所松懈。", // 7
      "三、整改措施", // 8
      "（一）精简文件会议，2024年文件会议压减三成，为基层减负。", // 9
      "（二）深化理论学习、提升本领，中心组学习每次安排研讨，两个信息化项目6月底前上线，推动数字化转型。", // 10
      "（三）建立蹲点调查研究制度，班子成员每季度蹲点调研3天。", // 11
    ]);
    expect(r.pairs).toEqual(["3>10", "4>10", "5>11", "5>9"].sort());
    noStructuralErrors(r);
  });

  test("a measure that names the problems it answers (针对第二、三方面问题)", () => {
    const r = read([
      "2025年度民主生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）政治能力不强，2025年传达上级精神有滞后。",
      "（二）党性锻炼放松，组织生活请假2次。",
      "（三）担当作为不够，2个重点项目推进缓慢。",
      "二、原因分析",
      "（一）理想信念松懈。",
      "三、整改措施",
      "（一）上级精神当周传达。",
      "（二）针对第二、三方面问题，把党性锤炼放到攻坚一线，组织生活不再请假，重点项目倒排工期。",
    ]);
    expect(r.pairs).toEqual(["3>9", "4>10", "5>10"]);
    expect(r.d.pairs.every((p) => p.sure)).toBe(true);
    noStructuralErrors(r);
  });
});

describe("certain before it acts", () => {
  test("a problem no measure answers is an error when the reading is sure (invalid)", () => {
    const r = read([
      "2024年度民主生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）理论学习不深，2024年缺席中心组学习2次。",
      "（二）财务审批把关不严，有1笔差旅费超标准报销。",
      "二、原因分析",
      "（一）放松学习。",
      "三、整改措施",
      "（一）深入学习，不再缺席中心组学习。",
    ]);
    expect(r.rules("problem-unpaired").map((f) => [f.paragraph, f.severity])).toEqual([[4, "error"]]);
    expect(r.a.insertions.map((i) => i.request)).toContainEqual({ kind: "measure", problem: "P2" });
  });

  test("a heading that names nothing: the reader asks, section-missing is no error, nothing is inserted; the answer settles it", () => {
    const lines = [
      "2024年度民主生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）理论学习不深，2024年缺席中心组学习2次。",
      "二、几点思考",
      "（一）思想上放松了学习。",
      "三、整改措施",
      "（一）深入学习，不再缺席中心组学习。",
    ];
    const r = read(lines);
    // 二、几点思考 names no section: placed by position as 原因分析, and the reader is unsure.
    expect(r.d.sections.find((s) => s.headingParagraph === 4)).toMatchObject({ kind: "causes", recognisedBy: "position" });
    expect(r.d.reading.confidence.sure).toBe(false);
    expect(r.d.reading.questions.some((q) => q.kind === "heading" && q.paragraph === 4)).toBe(true);
    noStructuralErrors(r);
    // The user says the line is body text: 原因分析 is then missing for sure.
    const answered = read(lines, setLineRole(emptyState(), { text: lines[4]! }, { role: "body" }));
    expect(answered.d.sections.some((s) => s.kind === "causes")).toBe(false);
    expect(answered.rules("section-missing").map((f) => [f.data?.kind, f.severity])).toEqual([["causes", "error"]]);
    expect(answered.a.insertions.map((i) => i.request)).toContainEqual({ kind: "section", section: "causes" });
    // …or that it heads 原因分析: then the reading is sure.
    const confirmed = read(lines, setLineRole(emptyState(), { text: lines[4]! }, { role: "section", kind: "causes" }));
    expect(confirmed.d.sections.find((s) => s.headingParagraph === 4)).toMatchObject({ kind: "causes", recognisedBy: "heading" });
    expect(confirmed.rules("section-missing")).toEqual([]);
  });

  test("a pair the reader is unsure of is asked about; 否 makes the problem unanswered, 是 makes it sure", () => {
    const lines = [
      "2024年度民主生活会个人对照检查材料", // 0
      "现将对照检查情况报告如下。", // 1
      "一、存在的问题", // 2
      "（一）理论学习不深，2024年缺席中心组学习2次，研讨发言照读材料。", // 3
      "（二）学用结合不紧，运用理论推动工作不够，重点项目论证不充分。", // 4
      "（三）联系群众不够，全年下基层调研仅3次。", // 5
      "二、原因分析", // 6
      "（一）放松了理论学习。", // 7
      "三、整改措施", // 8
      "（一）深入学习理论，不再缺席中心组学习，研讨发言自己准备，注重学用结合。", // 9
      "（二）每季度下基层调研不少于3次。", // 10
    ];
    const r = read(lines);
    const unsure = r.d.pairs.find((p) => p.sure === false);
    expect(unsure).toBeDefined();
    const question = r.d.reading.questions.find((q) => q.kind === "pair" && q.problem === unsure!.problem && q.measure === unsure!.measure);
    expect(question?.text).toMatch(/是否由措施.*回应？/);
    expect(r.rules("problem-unpaired")).toEqual([]);
    expect(r.a.insertions.some((i) => i.request.kind === "measure")).toBe(false);
    expect(r.a.deferredInsertions.map((i) => i.request)).toContainEqual({ kind: "measure", problem: unsure!.problem });

    const no = read(lines, answerPair(emptyState(), r.d, unsure!.problem, unsure!.measure, false));
    expect(no.d.pairs.some((p) => p.problem === unsure!.problem && p.measure === unsure!.measure)).toBe(false);
    expect(no.d.reading.questions.some((q) => q.problem === unsure!.problem && q.measure === unsure!.measure)).toBe(false);

    const yes = read(lines, answerPair(emptyState(), r.d, unsure!.problem, unsure!.measure, true));
    expect(yes.d.pairs).toContainEqual(expect.objectContaining({ problem: unsure!.problem, measure: unsure!.measure, source: "user", sure: true }));
  });

  test.each([
    ["a notice", ["关于召开2024年度民主生活会的通知", "各党支部：", "现将有关事项通知如下。", "一、认真查摆问题", "对照四个方面查摆问题。", "二、深入剖析原因", "三、制定整改措施", "四、有关要求"]],
    ["a speech", ["在县统计局2024年度民主生活会上的讲话", "同志们：", "今天的民主生活会开得很好。", "一、充分肯定", "二、找准问题", "三、抓好整改措施落实"]],
    ["a rectification report", ["中共××县市场监督管理局党组关于2023年度主题教育专题民主生活会整改落实情况的报告", "县委：", "局党组召开了专题民主生活会，现将整改落实情况报告如下。", "一、整改工作总体开展情况", "（一）压实整改责任。", "二、班子查摆问题整改落实情况", "1.关于“理论学习与业务工作结合不够紧密”的问题。已制定学习计划。", "2.关于“文山会海问题仍有反弹”的问题。全年发文减少三成。", "三、存在的不足和下一步打算", "整改措施还需持续巩固。", "特此报告。"]],
    ["a story", ["第三章　会前", "老李把材料摊在桌上。", "“这次的问题可得写实。”书记说。", "“我知道。”老李答道，“一、存在的主要问题，我先写。”", "他在纸上写下：一、存在的主要问题", "“措施呢？”小王问。", "“明天再说。”老李笑着说。"]],
  ])("%s is not a material: it is said once, without structural findings", (_name, lines) => {
    const r = read(lines);
    expect(r.d.reading.material).toBe(false);
    expect(r.rules("not-material")).toHaveLength(1);
    for (const rule of [...STRUCTURAL_ERRORS, "title-missing", "length-range", "aspect-missing", "problem-no-points"]) expect(r.rules(rule)).toEqual([]);
    expect(r.a.insertions).toEqual([]);
  });

  test.each([
    ["党史学习教育专题民主生活会个人发言材料"],
    ["2023年度组织生活会个人发言材料（县人民政府副县长）"],
    ["在2024年度民主生活会上的发言"],
  ])("a member's 发言材料 for the meeting (%s) is a material", (title) => {
    const r = read([title, "根据安排，现将对照检查情况报告如下。", "一、存在的问题", "（一）理论学习不深。", "（二）联系群众不够。", "二、原因分析", "（一）宗旨意识淡化。", "三、整改措施", "（一）每月集中学习一次。", "（二）每月下基层走访群众。"]);
    expect(r.d.reading.material).toBe(true);
    expect(r.rules("not-material")).toEqual([]);
  });

  test.each([
    ["在全县经济工作会议上的发言"],
    ["在县统计局2024年度民主生活会上的点评讲话"],
    ["民主生活会召开情况的报告"],
    ["关于2023年度民主生活会整改情况的通报"],
  ])("a speech or report about a meeting (%s) is still no material", (title) => {
    const r = read([title, "同志们：", "今天的会议开得很好。", "一、充分肯定成绩", "二、找准差距", "三、抓好落实"]);
    expect(r.d.reading.material).toBe(false);
  });

  const body = ["一、存在的问题", "（一）理论学习不深。", "（二）联系群众不够。", "二、原因分析", "（一）宗旨意识淡化。", "三、整改措施", "（一）每月集中学习一次。", "（二）每月下基层走访群众。"];
  test.each([
    ["关于2024年度组织生活会的个人对照检查", "现将本人对照检查情况报告如下："],
    ["2024年度组织生活会个人对照检查", "根据支部安排，现将对照检查情况报告如下:"],
  ])("a preface closed by a colon under a title (%s) is the preface, not the title's second line", (title, preface) => {
    const r = read([title, preface, ...body]);
    expect(r.sections.slice(0, 3)).toEqual(["title@0", "preface@1", "problems@2"]);
    expect(r.rules("section-missing")).toEqual([]);
  });

  test("invalid: a title split over two lines still joins (the second line names the material)", () => {
    const r = read(["县审计局党组书记、局长", "2024年度民主生活会个人对照检查材料", "现将对照检查情况报告如下。", ...body]);
    expect(r.sections.slice(0, 3)).toEqual(["title@0", "preface@2", "problems@3"]);
  });

  test("a correct material with its own title is never taken for a story because it quotes people", () => {
    const r = read([
      "2024年度民主生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）联系群众不够。群众说：“你们来得太少了。”",
      "（二）作风不实。有同志问：“调研报告在哪里？”",
      "（三）担当不够。企业负责人说：“审批太慢。”",
      "二、原因分析",
      "（一）宗旨意识淡化。",
      "三、整改措施",
      "（一）每月下基层走访群众。",
      "（二）每季度形成调研报告。",
      "（三）审批时限压缩一半。",
    ]);
    expect(r.d.reading.material).toBe(true);
    noStructuralErrors(r);
  });
});
