/**
 * Habits of materials written blind (dev-264…295), each with valid and invalid cases:
 * - an aspect named as a phrase of its own before a lead sentence heads a group
 *   (理论学习方面。对照“学思想”的要求，我的差距……。 over 一是/二是 points that restart);
 * - groups each holding one numbered paragraph right under the head (在政治纪律方面： then
 *   一是……二是…… in one paragraph): the head starts the item, as over an unnumbered paragraph;
 * - causes numbered inside one paragraph after a lead clause (根源主要在于：（一）……（二）……);
 * - 个人有关事项说明 standing bare after numbered parts heads its section;
 * - closings opened by 以这次……为新的起点 or 以上是……的对照检查，……批评意见.
 */
import { analyze } from "../../../src/core/analyze";
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const TITLE = "××医院院长主题教育专题民主生活会个人发言提纲";
const PREFACE = "按照统一部署，我认真学习、广泛征求意见，现将检视剖析情况报告如下。";
const CAUSES = ["二、原因剖析", "（一）理论武装还不够扎实。存在重业务、轻理论的倾向。", "（二）党性修养有所放松。对自己要求不严。"];
const MEASURES = ["三、整改措施", "（一）坚持学思用贯通。每月集中自学两个半天。", "（二）转变作风。每周一次行政查房。", "（三）严守廉洁底线。对药品耗材采购全程监督。"];
const END = ["以上发言，请同志们批评指正。"];
const read = (lines: string[]) => ({ lines, doc: analyzeStructure(paragraphsFromText(lines.join("\n"))) });
const starts = ({ lines, doc }: ReturnType<typeof read>, kind: "problems" | "causes" | "measures") => doc[kind].map((i) => lines[i.paragraph]!.slice(0, 6));

describe("an aspect phrase before a lead sentence heads a group", () => {
  const problems = (head: (aspect: string, lead: string) => string) => [
    "一、检视查摆的问题",
    head("理论学习方面", "对照“学思想”的要求，我的差距主要在学得不系统。"),
    "一是学习碎片化。主题教育期间自学多靠手机浏览，全年学习笔记不足两万字。",
    "二是学用结合不紧。学了以人民健康为中心，落到绩效考核上仍看收入。",
    head("工作作风方面", "对照“以学正风”的要求，我深入临床还做得不够。"),
    "一是调查研究浮在面上。全年到临床科室调研12次，多是听汇报。",
    "二是群众反映的问题解决不快。门诊挂号难的问题拖了半年。",
    head("廉洁自律方面", "对照集中整治的要求，我在管好自己上还有差距。"),
    "一是对重点领域廉洁风险管控不严。耗材采购只听汇报。",
    "二是自身要求有所放松。参加了两次有关企业的学术会议。",
  ];
  test("valid: the three lines head groups; the points are the problems and their restarts are no slip", () => {
    const lines = [TITLE, PREFACE, ...problems((a, l) => `${a}。${l}`), ...CAUSES, ...MEASURES, ...END];
    const { doc, findings } = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text" });
    expect(doc.groups.filter((g) => g.section === "problems").map((g) => lines[g.paragraph]!.slice(0, 6))).toEqual(["理论学习方面", "工作作风方面", "廉洁自律方面"]);
    expect(doc.problems).toHaveLength(6);
    expect(findings.filter((f) => f.rule === "numbering-sequence")).toEqual([]);
  });
  test("invalid: a paragraph of several sentences is no head (a point's text goes on), its restart stays a slip", () => {
    const lines = [TITLE, PREFACE, ...problems((a, l) => `${a}的问题我已在前面说过。${l}这一点我还要多说几句。`), ...CAUSES, ...MEASURES, ...END];
    const { doc } = analyze(paragraphsFromText(lines.join("\n")), { hostKind: "text" });
    expect(doc.groups.filter((g) => g.section === "problems")).toEqual([]);
  });
});

describe("groups each holding one numbered paragraph", () => {
  const groups = (second: string) => [
    "一、存在的问题",
    "在政治纪律方面：",
    "一是学纪不够深入。支部组织学习《条例》多是领读；二是对网上错误言论敢于发声不够。",
    "在组织纪律方面：",
    second,
    "在廉洁纪律方面：",
    "一是对节日病防范不够。春节前没有专门提醒；二是对廉政风险点排查不细。",
  ];
  test("valid: each head starts its item, the paragraph under it is the item's text", () => {
    const r = read([TITLE, PREFACE, ...groups("一是组织生活不够严肃规范。三会一课有时以业务会代替；二是批评与自我批评辣味不足。"), ...CAUSES, ...MEASURES, ...END]);
    expect(starts(r, "problems")).toEqual(["在政治纪律方", "在组织纪律方", "在廉洁纪律方"]);
  });
  test("invalid: a group holding two numbered paragraphs keeps its points as the items", () => {
    const two = groups("一是组织生活不够严肃规范。三会一课有时以业务会代替。");
    two.splice(5, 0, "二是批评与自我批评辣味不足。组织生活会上相互提意见少。");
    const r = read([TITLE, PREFACE, ...two, ...CAUSES, ...MEASURES, ...END]);
    expect(starts(r, "problems")).toEqual(["一是学纪不够", "一是组织生活", "二是批评与自", "一是对节日病"]);
  });
});

describe("causes numbered inside one paragraph after a lead clause", () => {
  const problems = ["一、存在的问题", "（一）理论学习不够深入。学习多是读文件。", "（二）服务群众不够到位。门诊挂号难的问题拖了半年。"];
  const measures = ["三、整改措施", "（一）深化理论武装。每月集中自学两个半天。", "（二）改进服务。增加专家门诊号源。"];
  test("valid: one cause per number", () => {
    const r = read([TITLE, PREFACE, ...problems, "二、原因剖析", "班子认真对照反思，问题的根源主要在于：（一）理论学习不够深入。学得不深不透。（二）宗旨意识有所淡化。对群众的关心停留在口头上。（三）管党治党不严不实。存在好人主义。", ...measures, ...END]);
    expect(r.doc.causes.map((c) => c.title)).toEqual(["（一）理论学习不够深入。", "（二）宗旨意识有所淡化。", "（三）管党治党不严不实。"]);
  });
  test("invalid: numbers quoted inside a sentence, not after its lead, make no causes of their own", () => {
    const r = read([TITLE, PREFACE, ...problems, "二、原因剖析", "上述问题的根源在于理论学习不深，对照条例（一）（二）两章的要求还有差距。", ...measures, ...END]);
    expect(r.doc.causes).toHaveLength(1);
  });
});

describe("个人有关事项说明 standing bare after numbered parts", () => {
  const body = (heading: string) => [
    TITLE,
    PREFACE,
    "第一部分　存在的问题",
    "一、理论学习方面。学习多是读文件，研讨发言多是表态。",
    "二、工作作风方面。到临床调研少，门诊挂号难的问题拖了半年。",
    "第二部分　原因剖析",
    "一是理论武装不够深入。二是宗旨意识有所淡化。",
    "第三部分　整改措施",
    "一、深化理论武装。每月集中自学两个半天。",
    "二、转变作风。每周一次行政查房，增加专家门诊号源。",
    heading,
    "本人严格按照规定如实报告个人有关事项，今年无房产、投资等重大变动。",
    ...END,
  ];
  test("valid: it heads the personal matters section", () => {
    const r = read(body("个人有关事项说明"));
    expect(r.doc.sections.map((s) => s.kind)).toContain("personal_matters");
    expect(r.doc.measures).toHaveLength(2);
  });
  test("invalid: a sentence that only mentions the matters is no heading", () => {
    const r = read(body("另外，关于个人有关事项，说明如下。"));
    expect(r.doc.sections.map((s) => s.kind)).not.toContain("personal_matters");
  });
});

describe("closings", () => {
  const material = (last: string[]) => [TITLE, PREFACE, "一、存在的问题", "（一）理论学习不够深入。学习多是读文件。", "（二）服务群众不够到位。挂号难的问题拖了半年。", ...CAUSES, ...MEASURES, ...last];
  test.each([
    ["以这次专题民主生活会为新的起点，我将以更高标准、更严要求真改实改。"],
    ["以上是分行党委班子的对照检查，诚恳欢迎同志们提出批评意见。"],
  ])("valid: %s closes the material, not the last measure", (line) => {
    const r = read(material([line]));
    expect(r.doc.sections.map((s) => s.kind)).toContain("closing");
    expect(r.doc.measures[r.doc.measures.length - 1]!.end).toBe(r.lines.length - 2);
  });
  test("invalid: a measure that mentions 以上 and a report stays a measure", () => {
    const r = read(material(["（四）每年开展10次以上专题调研，形成调研报告。"]));
    expect(r.doc.measures).toHaveLength(4);
    expect(r.doc.sections.map((s) => s.kind)).not.toContain("closing");
  });
});

describe("causes opened by aspect phrases, one of them long", () => {
  const causes = (first: string) => [
    "二、原因分析",
    first,
    "在党性修养上，班子成员自我要求有所放松。",
    "在宗旨意识上，班子习惯于从管理角度考虑问题。",
    "在纪律规矩上，对纪律的敬畏之心不足。",
  ];
  const problems = ["一、存在的问题", "（一）理论学习不够深入。学习多是读文件。", "（二）服务群众不够到位。挂号难的问题拖了半年。"];
  test("valid: the long first paragraph opened the same way is a cause too", () => {
    const r = read([TITLE, PREFACE, ...problems, ...causes("在理论武装上，班子对学习的重要性认识不足，往往以业务工作忙为由压缩学习时间，学习中满足于知道了、会说了，没有做到学思用贯通、知信行统一，用党的创新理论指导财政工作、推动高质量发展的能力还不强。"), ...MEASURES, ...END]);
    expect(starts(r, "causes")).toEqual(["在理论武装上", "在党性修养上", "在宗旨意识上", "在纪律规矩上"]);
  });
  test("invalid: a long general paragraph opened otherwise stays out", () => {
    const r = read([TITLE, PREFACE, ...problems, ...causes("深入反思，上述问题的产生，表面上看是工作忙、事务多，根子上还是主观原因，归结起来主要有以下几个方面，需要认真加以剖析。"), ...MEASURES, ...END]);
    expect(starts(r, "causes")).toEqual(["在党性修养上", "在宗旨意识上", "在纪律规矩上"]);
  });
});

describe("numbered labels naming only a place or an angle, over whole entries starting again at 1", () => {
  const problems = ["一、存在的问题", "（一）理论学习不够深入。中心组学习多是读文件。", "（二）担当作为不够。数字化转型推进慢，2户子企业连年亏损。", "（三）廉洁风险防控不严。物资采购化整为零。"];
  const measures = (labels: [string, string, string]) => [
    "三、整改措施",
    labels[0],
    "1. 完善“第一议题”学习和落实机制，党委会学习后明确贯彻措施和责任部门。",
    "2. 把党的领导融入公司治理各环节，2024年2月底前修订前置研究事项清单。",
    labels[1],
    "1. 成立数字化转型工作专班，由分管副总经理任组长，年内完成核心业务系统上线。",
    "2. 制定亏损子企业专项治理方案，一企一策，2户连续亏损企业年内扭亏。",
    labels[2],
    "1. 全面推行物资集中采购和电子化招标，对化整为零规避招标的问题逐项清理。",
    "2. 深化以案促改，在全集团召开警示教育大会，对重点岗位人员开展廉洁谈话。",
  ];
  const causes = (labels: [string, string]) => [
    "二、原因分析",
    labels[0],
    "1.理论学习的自觉性不够。局党组把主要精力放在业务上，学习多停留在传达文件。",
    "2.政治站位不够高。对财政是国家治理的基础和重要支柱认识不深，算经济账多。",
    labels[1],
    "1.宗旨意识有所淡化。有的同志对群众的冷暖感受不深，服务企业群众不够主动。",
    "2.自我要求有所降低。随着工作年限的增长，干事创业的精气神有所减退。",
  ];
  test("valid: 在思想建设上 / 在能力和作风建设上 / 在制度建设上 divide the measures; the entries are the measures", () => {
    const r = read([TITLE, PREFACE, ...problems, ...causes(["（一）从思想认识上剖析", "（二）从党性修养上剖析"]), ...measures(["（一）在思想建设上", "（二）在能力和作风建设上", "（三）在制度建设上"]), ...END]);
    expect(r.doc.measures).toHaveLength(6);
    expect(r.doc.causes).toHaveLength(4);
  });
  test("invalid: labels saying what is done (在……上下功夫) stay the measures, their entries the points", () => {
    const r = read([TITLE, PREFACE, ...problems, ...CAUSES, ...measures(["（一）在思想建设上下功夫", "（二）在能力和作风建设上见成效", "（三）在制度建设上求长效"]), ...END]);
    expect(r.doc.measures).toHaveLength(3);
  });
  test("invalid: among the problems such labels stay the items (their own group rules apply)", () => {
    const r = read([TITLE, PREFACE, "一、存在的问题", "（一）在思想建设上", "1.理论学习的自觉性不够，学习多停留在传达文件，没有结合实际深入研讨。", "2.政治站位不够高，对国有企业的政治属性认识不深，算经济账多。", "（二）在作风建设上", "1.调查研究不深入，到基层多是听汇报看材料，解决实际问题少。", "2.文山会海问题仍有反弹，全年发文较上年增加一成，会议时间偏长。", ...CAUSES, ...MEASURES, ...END]);
    expect(r.doc.problems).toHaveLength(2);
  });
});

describe("a table's header row pasted as text is no section heading", () => {
  const material = (header: string) => [
    TITLE,
    PREFACE,
    "上年度民主生活会整改落实情况",
    "上年度查摆的3个问题已全部整改完成，具体如下。",
    header,
    "1\t“我为群众办实事”项目推进慢\t将农村道路硬化纳入民生实事\t2022年6月\t镇长",
    "2\t森林防火责任落实不到位\t完善镇村组三级防火责任体系\t2022年3月\t分管副镇长",
    "存在的问题",
    "（一）理论学习不深。中心组学习多是读文件。",
    "（二）联系群众不够。下村走访少。",
    "原因剖析",
    "（一）理想信念有所松懈。",
    "整改措施",
    "（一）深化理论学习。每月专题研讨一次。",
    "（二）密切联系群众。每月下村走访两次。",
    ...END,
  ];
  test("valid: 序号	问题	整改措施	完成时限	责任人 heads its rows; the measures section is the one headed 整改措施", () => {
    const r = read(material("序号\t问题\t整改措施\t完成时限\t责任人"));
    expect(r.doc.sections.map((s) => s.kind)).toEqual(["title", "preface", "last_year_rectification", "problems", "causes", "measures", "closing"]);
    expect(r.doc.measures).toHaveLength(2);
  });
  test("invalid: a bare 整改措施 line where the table header stood still heads a section", () => {
    const r = read(material("整改措施"));
    expect(r.doc.sections.filter((s) => s.kind === "measures")[0]!.start).toBe(4);
  });
});
