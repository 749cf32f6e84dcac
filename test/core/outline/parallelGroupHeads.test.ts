/**
 * Unnumbered group heads written as lead sentences in parallel, lead words and all
 * (对照带头……的要求，班子还存在以下差距： over 一是/二是 points, five times): the first is a
 * group head like the others, not the section's lead sentence (dev-239). A lead sentence
 * written otherwise, or standing above the first head, is still no group. Valid and invalid cases.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const heads = [
  "对照带头深刻认识“两个确立”的决定性意义的要求，班子还存在以下差距：",
  "对照带头牢记我们党是什么、要干什么这个根本问题的要求，班子还存在以下差距：",
  "对照带头践行以人民为中心的发展思想的要求，班子还存在以下差距：",
  "对照带头汲取党史中正反两方面经验的要求，班子还存在以下差距：",
];
const points = [
  ["一是对粮食安全的认识还不够到位。集团承担地方储备任务，有的班子成员只算经济账。", "二是贯彻种业振兴部署行动不够快。种子公司改革方案拖了半年。"],
  ["一是国有企业的政治属性体现不够。考核所属企业时主要看利润。", "二是党建引领作用发挥不够。有9个支部组织生活不正常。"],
  ["一是服务农民群众不够贴心。承诺的烘干服务点只建成一半。", "二是关心职工不够。一线保管员驻库条件艰苦，班子过问少。"],
  ["一是对购销领域腐败问题警示教育不深。只组织过一次警示教育。", "二是监督执纪宽松软问题仍然存在。对违规公务接待只作了批评教育。"],
];
const read = (lead: string[]) => {
  const lines = [
    "××集团党委领导班子党史学习教育专题民主生活会对照检查材料",
    "根据统一部署，集团党委认真查摆问题，现将对照检查情况报告如下。",
    "一、查摆的问题及具体表现",
    ...lead,
    ...heads.flatMap((h, k) => [h, ...points[k]!]),
    "二、问题产生的原因",
    "第一，理论学习还不够深入。第二，政治站位还不够高。",
    "三、整改措施",
    "1.严格落实全面从严治党责任。2.提高风险防控能力。",
    "以上对照检查，请批评指正。",
  ];
  const doc = analyzeStructure(paragraphsFromText(lines.join("\n")));
  const grouped = doc.groups.filter((g) => g.section === "problems").map((g) => lines[g.paragraph]!.slice(0, 8));
  return { grouped, problems: doc.problems.map((p) => (p.group ? "g" : "-")).join("") };
};

describe("parallel lead sentences as group heads", () => {
  test("valid: the first head, written as every other head is, heads its points too", () => {
    const r = read([]);
    expect(r.grouped).toEqual(heads.map((h) => h.slice(0, 8)));
    expect(r.problems).toBe("gggggggg");
  });

  test("invalid: a section lead written otherwise, above the first head, is no group", () => {
    const r = read(["对照党史学习教育目标要求，班子主要存在以下四个方面的问题："]);
    expect(r.grouped).toEqual(heads.map((h) => h.slice(0, 8)));
    expect(r.problems).toBe("gggggggg");
  });
});
