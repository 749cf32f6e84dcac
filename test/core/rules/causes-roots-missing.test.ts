/** causes-roots-missing: causes that never reach the author's roots, or a single cause. */
import rule from "../../../src/core/rules/causes-roots-missing";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const withCauses = (...causes: string[]) => material({ causes });

ruleTester.run(rule, {
  valid: [
    material(),
    {
      name: "one paragraph with inline ordinals counts as several causes",
      text: withCauses("上述问题的根子在思想上。一是理想信念有所松懈。二是宗旨意识有所淡化。三是纪律规矩意识不强。"),
    },
    { name: "no causes section: section-missing speaks", text: material({ causes: null }) },
    { name: "two causes reaching one root each", text: withCauses("（一）理论学习不够系统深入。", "（二）从严从实要求不够。") },
  ],
  invalid: [
    {
      name: "causes only at work level",
      text: withCauses("（一）工作方法不够科学，统筹安排不够合理。", "（二）业务知识更新不及时，对新情况研究不多。"),
      errors: [{ paragraph: 6, data: { roots: [], causes: 2 }, message: /没有触及理想信念、宗旨意识、党性修养、纪律规矩/ }],
    },
    {
      name: "a single cause",
      text: withCauses("（一）理想信念有所松懈，理论学习的自觉性不强。"),
      errors: [{ paragraph: 6, data: { roots: ["ideals"], causes: 1 }, message: /只有一条/ }],
    },
  ],
});
