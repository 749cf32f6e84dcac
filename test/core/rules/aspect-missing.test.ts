import rule from "../../../src/core/rules/aspect-missing";
import { ruleTester } from "./ruleTester";
import { FIVE_GOALS_2019, material, SIX_LEADS_2022 } from "./materials";

const TITLE_2022 = "××局党组2022年度民主生活会对照检查材料";

ruleTester.run(
  rule,
  {
    valid: [
      { name: "all six aspects of 2022", text: material({ title: TITLE_2022, problems: SIX_LEADS_2022 }) },
      {
        name: "aspects named in the problems' own words",
        text: material({
          title: TITLE_2022,
          problems: [
            "（一）政治站位不够高，对“两个确立”的决定性意义领悟不深，落实党中央决策部署有时打折扣、搞变通。",
            "（二）理论武装不够扎实，用党的创新理论凝心铸魂不够，学用脱节，存在“两张皮”。",
            "（三）坚持党的全面领导有差距，执行民主集中制和“三重一大”议事规则不够严格。",
            "（四）以人民为中心的发展思想树得不牢，解决群众急难愁盼问题不及时，营商环境改善慢。",
            "（五）斗争精神不足，防范化解风险隐患办法不多，处置矛盾纠纷和网络舆情不够果断。",
            "（六）落实全面从严治党政治责任不力，履行“一岗双责”不到位，监督执纪存在失之于宽、失之于软。",
          ],
        }),
      },
      { name: "no profile (structure only): nothing to cover", text: material({ title: TITLE_2022, problems: SIX_LEADS_2022.slice(0, 2) }), profileId: "none" },
      { name: "nothing says which year: no profile is claimed", text: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n二、原因分析\n（一）放松学习。" },
    ],
    invalid: [
      {
        name: "four of the six aspects",
        text: material({ title: TITLE_2022, problems: SIX_LEADS_2022.slice(0, 4) }),
        errors: [
          { paragraph: 2, severity: "warning", data: { aspect: "A5" }, message: /斗争精神/ },
          { paragraph: 2, data: { aspect: "A6", label: "带头落实全面从严治党政治责任" } },
        ],
      },
      {
        name: "the profile chosen by the user, three problems",
        text: material({ title: "对照检查材料", problems: FIVE_GOALS_2019.slice(0, 3) }),
        profileId: "2019-ztjy-mzshh-five-goals",
        errors: [{ data: { aspect: "A4" }, paragraph: 2 }, { data: { aspect: "A5" }, paragraph: 2 }],
      },
      {
        name: "a problems section without items misses every aspect",
        text: `${TITLE_2022}\n现将对照检查情况报告如下。\n一、存在问题\n二、原因分析\n（一）放松学习。`,
        profileId: "2022-mzshh-six-leads",
        errors: ["A1", "A2", "A3", "A4", "A5", "A6"].map((aspect) => ({ paragraph: 2, data: { aspect } })),
      },
    ],
  },
  { analysis: "full" },
);
