import * as fs from "fs";
import * as path from "path";
import rule from "../../../src/core/rules/copied-passage";
import { ruleTester, type DocumentInput } from "./ruleTester";
import { material, materialLines, SIX_LEADS_2022 } from "./materials";

const OTHER_MARK = "〔同批另一份材料〕";

/** Reads the rule's examples: lines marked 〔同批另一份材料〕 are a paragraph of another file of the run. */
function withOther(example: string): DocumentInput {
  const lines = example.split("\n");
  return {
    paragraphs: lines.filter((l) => !l.startsWith(OTHER_MARK)),
    file: "本人.txt",
    others: [{ file: "同事.txt", paragraphs: lines.filter((l) => l.startsWith(OTHER_MARK)).map((l) => l.slice(OTHER_MARK.length)) }],
  };
}

const corpus = (name: string) =>
  fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "corpus", `${name}.txt`), "utf8").replace(/\n$/, "");

const THEME_2022 =
  "全面贯彻习近平新时代中国特色社会主义思想，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，团结带领党员干部群众以奋发有为的精神贯彻落实党的二十大作出的重大决策部署";

/** Two different members' materials for the same meeting: same theme, same aspects, same quotations, own words. */
function member(own: { preface: string; instances: string[] }): string {
  return material({
    title: "2022年度民主生活会个人对照检查材料",
    preface: `按照要求，围绕${THEME_2022}这一主题，${own.preface}`,
    problems: SIX_LEADS_2022.map((heading, i) => `${heading}习近平总书记强调，打铁必须自身硬，全面从严治党永远在路上。${own.instances[i % own.instances.length]}`),
    causes: null,
    measures: null,
  });
}
const MEMBER_A = member({
  preface: "我认真学习了党的二十大报告和党章，同分管的12个科室负责人谈心谈话，征求到意见建议9条。",
  instances: ["2022年参加中心组学习10次，发言3次，结合分管的招商工作谈体会少。", "分管的开发区项目审批平均用时超过30天，企业反映较多。"],
});
const MEMBER_B = member({
  preface: "本人通过个人自学、集中研讨和到联系点调研，查找出问题6个。",
  instances: ["今年上半年到联系的城东社区走访仅2次，对老旧小区加装电梯的诉求回应慢。", "对分管的执法大队2名队员的苗头性问题提醒不及时。"],
});

/** A paragraph of seed-000 (the causes (二)) pasted into seed-004. */
const SEED000 = corpus("seed-000").split("\n");
const SEED004 = corpus("seed-004").split("\n");
const COPIED = SEED000[11].replace(/^\(二\)/, "");

ruleTester.run(
  rule,
  {
    valid: [
      { name: "alone in the run", text: material() },
      { name: "two members' materials sharing only the canonical wording", text: MEMBER_A, file: "甲.txt", others: [{ file: "乙.txt", text: MEMBER_B }] },
      { name: "two real, different materials", text: corpus("seed-004"), file: "seed-004.txt", others: [{ file: "seed-000.txt", text: corpus("seed-000") }] },
      {
        name: "a shared sentence shorter than a passage",
        text: "（一）学用结合不紧，研讨发言多是照读材料，全年只写了2篇体会。",
        file: "甲.txt",
        others: [{ file: "乙.txt", text: "（三）调研不深，研讨发言多是照读材料，调研报告质量不高。" }],
      },
      {
        name: "the same file twice in one run is not a copy of itself",
        text: material(),
        file: "甲.txt",
        others: [{ file: "甲.txt", text: material() }],
      },
    ],
    invalid: [
      {
        name: "a team's material is asked for the team's own words, not 本人撰写 (issue 13)",
        paragraphs: ["××局党组领导班子2024年度民主生活会对照检查材料", `（一）${COPIED}`],
        file: "team.txt",
        others: [{ file: "seed-000.txt", text: corpus("seed-000") }],
        errors: [{ paragraph: 1, message: "这段文字与“seed-000.txt”第 12 段相同：班子对照检查材料应结合本班子实际撰写" }],
      },
      {
        name: "a paragraph of one material pasted into another",
        paragraphs: [...SEED004.slice(0, 13), `（四）${COPIED}`, ...SEED004.slice(13)],
        file: "seed-004.txt",
        others: [{ file: "seed-000.txt", text: corpus("seed-000") }],
        errors: [
          {
            paragraph: 13,
            severity: "warning",
            start: 3,
            quote: COPIED.replace(/。$/, ""),
            data: { file: "seed-000.txt", paragraph: 11 },
            message: "这段文字与“seed-000.txt”第 12 段相同：对照检查应由本人撰写",
          },
        ],
      },
      {
        name: "one character changed is still one passage",
        paragraphs: ["（一）" + COPIED.replace("官本位", "官僚")],
        file: "乙.txt",
        others: [{ file: "甲.txt", paragraphs: SEED000 }],
        errors: [{ paragraph: 0, data: { file: "甲.txt", paragraph: 11 } }],
      },
      {
        name: "a shared preface is only a hint (offices hand out templates)",
        text: material({ preface: SEED000[2] }),
        file: "乙.txt",
        others: [{ file: "甲.txt", paragraphs: SEED000 }],
        errors: [{ paragraph: 1, severity: "info", data: { file: "甲.txt", paragraph: 2 }, message: /模板/ }],
      },
      {
        name: "the same passage in two other files: one finding, naming both",
        paragraphs: ["（一）" + COPIED],
        file: "丙.txt",
        others: [
          { file: "甲.txt", paragraphs: SEED000 },
          { file: "乙.txt", paragraphs: ["（二）" + COPIED] },
        ],
        errors: [{ paragraph: 0, data: { file: "甲.txt", paragraph: 11, also: [{ file: "乙.txt", paragraph: 0 }] }, message: /另有 1 处相同/ }],
      },
      {
        name: "two passages from two places of one file",
        paragraphs: [`${SEED000[11].slice(3, 80)}我还做了很多别的工作，这里是本人自己写的一段话，和别人的都不一样。${SEED000[12].slice(3, 80)}`],
        file: "乙.txt",
        others: [{ file: "甲.txt", paragraphs: SEED000 }],
        errors: [{ data: { paragraph: 11 } }, { data: { paragraph: 12 } }],
      },
    ],
  },
  { examples: withOther },
);

describe("with the run's index", () => {
  it("uses the index the run built instead of building one", async () => {
    const { PassageIndex } = await import("../../../src/core/passages");
    const { runRules } = await import("../../../src/core/rules/engine");
    const { buildDocument } = await import("./ruleTester");
    const index = new PassageIndex();
    const mine = materialLines({ problems: ["（一）" + COPIED] });
    index.add("乙.txt", mine.map((text, i) => ({ index: i, text })));
    index.add("甲.txt", SEED000.map((text, i) => ({ index: i, text })));
    const findings = runRules(buildDocument({ paragraphs: mine }), { registry: [rule], passages: index, file: "乙.txt" });
    expect(findings.map((f) => [f.paragraph, f.data])).toEqual([[3, { file: "甲.txt", paragraph: 11 }]]);
  });
});
