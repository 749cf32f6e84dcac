/**
 * problem-vague against made-up good and vague problems (domain research §4: a good
 * problem names a dated instance, a place, a number, a project or a document; a
 * 万能问题 fits anyone in any year).
 */
import rule, { hasConcreteInstance } from "../../../src/core/rules/problem-vague";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const withProblems = (...problems: string[]) => material({ problems });

const GOOD = [
  "（一）调查研究不够深入。2024年全年到基层调研8次，其中4次是听汇报、看材料，形成调研报告仅1篇。",
  "（一）落实“第一议题”制度有偏差。今年上半年局党组会议传达学习总书记重要讲话精神六次，结合分管的安全生产工作研究落实措施仅一次。",
  "（一）为民服务有差距。去年底处理城东片区供暖投诉时，只批转科室办理，没有到现场察看，群众反映的问题拖了两个月才解决。",
  "（一）斗争精神不足。在推进老旧小区改造项目中，面对个别商户阻挠施工，担心矛盾激化，没有及时依法处置，导致工期延误。",
  "（一）执行中央八项规定精神不够严格。在接受市委巡察时，被指出公务接待超标准问题，本人作为分管领导负有责任。",
  "（一）学习不够系统。学习《习近平著作选读》时只读了部分篇目，没有结合分管工作做笔记。",
  "（一）带头攻坚不够。分管的“百企帮百村”行动推进缓慢，帮扶措施落地少。",
  "（一）监督不严。对分管科室两名干部的苗头性问题没有及时提醒。",
];

const VAGUE = [
  "（一）理论学习不够深入，学习有所放松，还有一定差距。",
  "（一）担当精神有所弱化。一是工作标准不够高，满足于完成任务；二是攻坚克难的劲头不足。",
  "（一）服务群众意识不强。深入基层不够，了解群众需求不全面，解决群众困难不及时。",
  // Numbers of canonical formulations are no instance.
  "（一）在增强“四个意识”、坚定“四个自信”、做到“两个维护”方面有差距。对“两个确立”的决定性意义领悟不够。",
  "（一）落实“三会一课”制度不够严格，履行“一岗双责”不到位。",
  // Words every material uses are no event.
  "（一）工作作风不够扎实。会议精神传达多、落实少，有时以会议落实会议，调研走马观花。",
  // A technology name is no number.
  "（一）创新意识不强。对5G等新技术应用研究不够，思路不宽。",
];

describe("what counts as a concrete instance", () => {
  it.each(GOOD)("good: %s", (text) => expect(hasConcreteInstance(text)).toBe(true));
  it.each(VAGUE)("vague: %s", (text) => expect(hasConcreteInstance(text)).toBe(false));
});

ruleTester.run(rule, {
  valid: [
    {
      name: "a point's instance may stand after its opening sentence (the whole point is read)",
      text: withProblems("（一）理论学习不够深入。一是学习不够系统。2024年缺席中心组学习2次。二是学用结合不紧。比如在研究供暖改造方案时，没有运用所学分析群众诉求。"),
    },
    {
      name: "every point with its instance",
      text: withProblems("（一）理论学习不够深入。一是学习不够系统，2024年缺席中心组学习2次；二是学用结合不紧，3次研讨发言都是照读材料。"),
    },
    ...GOOD.map((p) => ({ name: `good: ${p.slice(3, 20)}`, text: withProblems(p) })),
    { name: "no problems section: nothing to judge", text: material({ problems: null }) },
  ],
  invalid: [
    {
      name: "a relative date is no instance (今年以来)",
      text: withProblems("（一）政治站位方面。一是今年以来政治站位还不够高，对上级部署领会不深。二是去年以来斗争精神有所弱化。"),
      errors: [{ paragraph: 3, severity: "warning", message: /^该问题没有具体事例/ }],
    },
    {
      name: "a bare 项目 is no instance",
      text: withProblems("（一）担当作为不够。推进项目时畏难情绪较重，有的项目进展缓慢。"),
      errors: [{ paragraph: 3, severity: "warning" }],
    },
    {
      name: "each point is judged: one instance does not carry the others",
      text: withProblems("（一）理论学习不够深入。一是学习不够系统，2024年缺席中心组学习2次；二是学用结合不紧，研讨发言多是照读材料；三是今年以来学习有所放松。"),
      errors: [
        {
          paragraph: 3,
          quote: "二是",
          severity: "info",
          data: { problem: "P1", points: ["二是", "三是"] },
          message: "该问题的二是、三是没有具体事例（时间、数字、事项或案例），建议逐条写实",
        },
      ],
    },
    ...VAGUE.map((p) => ({
      name: `vague: ${p.slice(3, 20)}`,
      text: withProblems(p),
      errors: [{ paragraph: 3, severity: "warning" as const, data: { problem: "P1" }, message: /万能问题/ }],
    })),
    {
      name: "the degree words are named",
      text: withProblems("（一）理论学习不够深入，学习有所放松，理解有待深化。"),
      errors: [{ paragraph: 3, data: { degreeWords: ["不够", "有所", "有待"] }, message: /“不够”“有所”“有待”等程度词/ }],
    },
    {
      name: "a long description without one instance is a hint",
      text: withProblems(
        "（一）联系服务群众不够紧密。一是深入基层不够，习惯于听汇报、看材料，到群众中面对面听取意见少，对群众的所思所盼掌握不全面；二是解决群众困难不够主动，对一些长期积累的难点问题研究不深、推动不力，满足于按部就班。",
      ),
      errors: [{ paragraph: 3, severity: "info", message: /没有一个具体事例/ }],
    },
    {
      name: "only the vague ones of several",
      text: withProblems(GOOD[0].replace("（一）", "（一）"), VAGUE[0].replace("（一）", "（二）"), GOOD[2].replace("（一）", "（三）")),
      errors: [{ paragraph: 4, data: { problem: "P2" } }],
    },
  ],
});
