import rule from "../../../src/core/rules/typo-common";
import { ruleTester } from "./ruleTester";

ruleTester.run(rule, {
  valid: [
    "该批评的不批评，该提醒的不提醒，是好人主义的表现。",
    "对照问题清单逐项整改，改正的不再反复，做到应改尽改。",
    "该改进的不改进，该整改的不整改。",
    "截止日期为2025年3月31日，逾期不再受理。",
    "截至2024年底，已完成整改任务18项。",
    "生活必需品供应充足，这是群众生活所必需的。",
    "必须坚持党的全面领导。",
    "既要抓好当前工作，又要谋划长远发展。",
    "即要求班子成员带头，又要求全体党员参与。",
    "作出重要部署，做好各项工作，做到融会贯通。",
    "经过认真的学习，大家有了更深的理解。",
    "把学到的知识运用到工作中，所做的还不够多。",
    "继承若干优良传统，传承若干宝贵经验。",
    "经历炼狱般的考验。",
    "在新形势下，面对复杂严峻的形势。",
    "以新形式开展主题党日活动。",
    "严守纪律规矩，增强规矩意识。",
    "持续放松驰骋的想象。",
    "其他同志",
    "对群众想什么、急什么……都要心中有数。。。",
  ],
  invalid: [
    { name: "警省 (issue 13)", text: "时刻警省自己。", errors: [{ quote: "警省", severity: "warning", fixOutput: "时刻警醒自己。" }] },
    {
      name: "改 for 该 (seed-004)",
      text: "对一些干部的苗头性问题，该提醒的不提醒、改批评的不批评。",
      errors: [{ quote: "改批评的不批评", severity: "error", fixOutput: "对一些干部的苗头性问题，该提醒的不提醒、该批评的不批评。" }],
    },
    {
      name: "改 for 该 with 没",
      text: "改管的没管，改说的没说。",
      errors: [
        { quote: "改管的没管", fixOutput: "该管的没管，改说的没说。" },
        { quote: "改说的没说", fixOutput: "改管的没管，该说的没说。" },
      ],
      output: "该管的没管，该说的没说。",
    },
    {
      name: "misspelt set phrases",
      text: "做到融汇贯通，再接再励，严于律已，加强党性休养。",
      errors: [
        { quote: "融汇贯通", severity: "error" },
        { quote: "再接再励", severity: "error" },
        { quote: "严于律已", severity: "error" },
        { quote: "党性休养", severity: "error" },
      ],
      output: "做到融会贯通，再接再厉，严于律己，加强党性修养。",
    },
    {
      name: "截止 before a date",
      text: "截止2024年底，共整改问题12个；截止目前已全部销号。",
      errors: [
        { quote: "截止", start: 0, severity: "warning", fixOutput: "截至2024年底，共整改问题12个；截止目前已全部销号。" },
        { quote: "截止", severity: "warning" },
      ],
    },
    {
      name: "必需 as an adverb",
      text: "我们必需坚持问题导向。",
      errors: [{ quote: "必需", severity: "warning", fixOutput: "我们必须坚持问题导向。" }],
    },
    {
      name: "既……又…… written with 即",
      text: "即要抓好当前，又要谋划长远。",
      errors: [{ start: 0, fixOutput: "既要抓好当前，又要谋划长远。" }],
    },
    {
      name: "作为 written with 做",
      text: "坚决整治不做为、慢做为问题，做到担当做为。",
      errors: [
        { quote: "不做为", fixOutput: "坚决整治不作为、慢做为问题，做到担当做为。" },
        { quote: "慢做为" },
        { quote: "担当做为" },
      ],
    },
    {
      name: "的 where 得 belongs (hint)",
      text: "理论学习抓的不紧，贯彻的还不够彻底。",
      errors: [
        { quote: "抓的不紧", severity: "info", fixOutput: "理论学习抓得不紧，贯彻的还不够彻底。" },
        { quote: "贯彻的还不够", severity: "info" },
      ],
    },
    {
      name: "的 where 地 belongs (hint)",
      text: "要认真的贯彻落实。",
      errors: [{ quote: "认真的贯彻", severity: "info", fixOutput: "要认真地贯彻落实。" }],
    },
    {
      name: "做出 in formal phrases (hint) and 其它 (hint)",
      text: "党中央做出重要部署，其它单位积极响应。",
      errors: [
        { quote: "做出重要部署", severity: "info", fixOutput: "党中央作出重要部署，其它单位积极响应。" },
        { quote: "其它", severity: "info", fixOutput: "党中央做出重要部署，其他单位积极响应。" },
      ],
    },
    {
      name: "doubled punctuation",
      text: "加强学习，，提高本领。。",
      errors: [
        { quote: "，，", severity: "warning", message: "标点重复：“，，”应为“，”", fixOutput: "加强学习，提高本领。。" },
        { quote: "。。", fixOutput: "加强学习，，提高本领。" },
      ],
    },
    {
      name: "形势 written 形式",
      text: "面对新形式下的新任务，形式严峻。",
      errors: [{ quote: "新形式下" }, { quote: "形式严峻" }],
    },
  ],
});
