import rule from "../../../src/core/rules/term-noncanonical";
import { ruleTester } from "./ruleTester";

ruleTester.run(rule, {
  valid: [
    "坚持以习近平新时代中国特色社会主义思想为指导。",
    "组织学习《习近平新时代中国特色社会主义思想学习纲要》。",
    "新时代中国特色社会主义思想是当代中国马克思主义。",
    "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "牢固树立“四个意识”，坚定“四个自信”，坚决做到“两个维护”。",
    "不断增强“两个维护”的思想自觉、政治自觉、行动自觉。",
    "认真学习总书记重要讲话精神，复习总书记关于党的建设的重要论述。",
    "同以习近平同志为核心的党中央保持高度一致。",
    "全面贯彻党的二十大和二十届三中全会精神，学习党的十九届六中全会决议。",
    "召开民主生活会议程确定后，及时通知班子成员。",
    "推进全面从严治党，落实全面从严治党主体责任和监督责任。",
    "严明政治纪律和政治规矩，坚持全面从严管党治党。",
    "按照“十四五”规划，谋划“十五五”发展。",
    "道路自信、理论自信、制度自信和文化自信。",
    "深入学习马克思主义中国化时代化的最新成果。",
    "要以习近平新时代中国特色社会主义思想凝心铸魂。",
    "推进中国式现代化，着力推动高质量发展，发展新质生产力。",
    "召开党的二十届四中全会，审议“十五五”规划建议。",
    "以人民为中心的发展理念贯穿工作始终。",
    "坚持全面从严治警，全面从严治校。",
    "二○二五年一月",
    { name: "a substitution that changes the sound in a short term reads as a rewording", text: "全面从严拾党。" },
    { name: "hints can be turned off", text: "开展批评与自我批评。", options: { hints: false } },
    { name: "在思想上政治上行动上同……保持高度一致", text: "在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。" },
    { name: "与……保持高度一致", text: "始终与以习近平同志为核心的党中央保持高度一致。" },
    { name: "the official order of the 四个意识", text: "牢固树立政治意识、大局意识、核心意识、看齐意识。" },
    { name: "法治化 is right", text: "推进决策科学化、民主化、法治化。" },
    { name: "两个维度 is no slip of 两个维护", text: "从时间和空间两个维度分析问题。" },
    {
      name: "决胜全面建成小康社会 is right in a 2020 material",
      paragraphs: ["××局党组2020年度民主生活会对照检查材料", "现将对照检查情况报告如下。", "一、存在的问题", "（一）对决胜全面建成小康社会的任务研究不深。"],
    },
    { name: "a reversed quote is punct-unpaired's business, not a missing quote", text: "”十五五“期间要抓好落实。" },
  ],
  invalid: [
    {
      name: "two 维护 slips (issue 13)",
      text: "坚决做到两个维户，深刻领悟两个确力。",
      errors: [
        { quote: "两个维户", message: /^提法有误：“两个维户”应为“两个维护”/, fixOutput: "坚决做到两个维护，深刻领悟两个确力。" },
        { quote: "两个确力", fixOutput: "坚决做到两个维户，深刻领悟两个确立。" },
      ],
    },
    {
      name: "the missing 同 before 以习近平同志为核心的党中央",
      text: "在思想上政治上行动上以习近平同志为核心的党中央保持高度一致。",
      errors: [{ quote: "以习近平同志为核心的党中央保持高度一致", fixOutput: "在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。" }],
    },
    {
      name: "slogans in another order: a warning with the official order, nested quotes as ‘’",
      text: "增强“四个意识”、做到“两个维护”、坚定“四个自信”，做到政治意识、核心意识、看齐意识、大局意识。",
      errors: [
        {
          severity: "warning",
          message: "表述顺序有误：“增强‘四个意识’、做到‘两个维护’、坚定‘四个自信’”（顺序应为“增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’”）",
          fixOutput: "增强“四个意识”、坚定“四个自信”、做到“两个维护”，做到政治意识、核心意识、看齐意识、大局意识。",
        },
        { severity: "warning", quote: "政治意识、核心意识、看齐意识、大局意识" },
      ],
    },
    {
      name: "法制化 where 法治化 is meant",
      text: "推进决策科学化、民主化、法制化。",
      errors: [{ quote: "科学化、民主化、法制化", fixOutput: "推进决策科学化、民主化、法治化。" }],
    },
    {
      name: "决胜全面建成小康社会 in a 2023 material",
      paragraphs: ["××局党组2023年度民主生活会对照检查材料", "现将对照检查情况报告如下。", "一、存在的问题", "（一）对决胜全面建成小康社会的任务研究不深。"],
      errors: [{ paragraph: 3, severity: "info", quote: "决胜全面建成小康社会" }],
    },
    {
      name: "a quoted plan name in a message nests as ‘’",
      text: "谋划十五五发展。",
      errors: [{ severity: "info", message: "建议使用规范提法：“十五五”改为“‘十五五’”（规划名称加引号）" }],
    },
    {
      name: "real near miss: 新世代 (substituted, same sound)",
      text: "深入学习习近平新世代中国特色社会主义思想。",
      errors: [
        {
          quote: "习近平新世代中国特色社会主义思想",
          severity: "error",
          data: { canonical: "习近平新时代中国特色社会主义思想", kind: "wrong" },
          fixOutput: "深入学习习近平新时代中国特色社会主义思想。",
        },
      ],
    },
    {
      name: "near miss not in the lists: 主意 for 主义",
      text: "深入学习习近平新时代中国特色社会主意思想。",
      errors: [
        {
          quote: "习近平新时代中国特色社会主意思想",
          severity: "error",
          data: { kind: "near-miss", edit: "substitute" },
          fixOutput: "深入学习习近平新时代中国特色社会主义思想。",
        },
      ],
    },
    {
      name: "near miss: two characters swapped",
      text: "落实中央八项规定及其施实细则精神。",
      errors: [{ quote: "中央八项规定及其施实细则精神", severity: "error", data: { edit: "transpose" }, fixOutput: "落实中央八项规定及其实施细则精神。" }],
    },
    {
      name: "near miss: a character added",
      text: "树立以人民为中心的发展新思想。",
      errors: [{ quote: "以人民为中心的发展新思想", data: { edit: "insert" }, fixOutput: "树立以人民为中心的发展思想。" }],
    },
    {
      name: "near miss: a character dropped",
      text: "推进国家治理体系和治理能现代化。",
      errors: [{ quote: "推进国家治理体系和治理能现代化", data: { edit: "delete" }, fixOutput: "推进国家治理体系和治理能力现代化。" }],
    },
    {
      name: "canonical-formulation slip 做表率 (seed-000)",
      text: "初步实现了理论学习有收获，思想政治受洗礼，干事创业敢担当，为民服务解难题，清正廉洁做表率的目标。",
      errors: [{ quote: "清正廉洁做表率", severity: "error", fixOutput: "初步实现了理论学习有收获，思想政治受洗礼，干事创业敢担当，为民服务解难题，清正廉洁作表率的目标。" }],
    },
    {
      name: "wrong collocations",
      text: "坚定“四个意识”，增强“四个自信”。",
      errors: [
        { quote: "坚定“四个意识”", severity: "error", fixOutput: "增强“四个意识”，增强“四个自信”。" },
        { quote: "增强“四个自信”", severity: "error", fixOutput: "坚定“四个意识”，坚定“四个自信”。" },
      ],
      output: "增强“四个意识”，坚定“四个自信”。",
    },
    {
      name: "wrong collocation without a safe fix",
      text: "坚决做到“两个确立”。",
      errors: [{ quote: "做到“两个确立”", severity: "error", fixOutput: null }],
    },
    {
      name: "title abbreviated, but not inside 学习总书记",
      text: "认真学习总书记讲话，落实习总书记指示。",
      errors: [{ quote: "习总书记", start: 12, fixOutput: "认真学习总书记讲话，落实习近平总书记指示。" }],
    },
    {
      name: "homophone slips in names of regulations and systems",
      paragraphs: ["严格执行民主集权制。", "压实全面从严治党主题责任。", "学习《中国共产党纪律处罚条例》。"],
      errors: [
        { paragraph: 0, quote: "民主集权制", fixOutput: "严格执行民主集中制。" },
        { paragraph: 1, quote: "主题责任", fixOutput: "压实全面从严治党主体责任。" },
        { paragraph: 2, quote: "纪律处罚条例", fixOutput: "学习《中国共产党纪律处分条例》。" },
      ],
    },
    {
      name: "plenary sessions are counted by 届",
      text: "学习贯彻党的二十大三中全会精神。",
      errors: [{ quote: "二十大三中全会", fixOutput: "学习贯彻党的二十届三中全会精神。" }],
    },
    {
      name: "non-preferred forms are hints",
      text: "开展批评与自我批评，推动高质发展，落实三会一课制度。",
      errors: [
        { quote: "批评与自我批评", severity: "info", fixOutput: "开展批评和自我批评，推动高质发展，落实三会一课制度。" },
        { quote: "高质发展", severity: "info" },
        { quote: "三会一课", severity: "info", fixOutput: "开展批评与自我批评，推动高质发展，落实“三会一课”制度。" },
      ],
    },
    {
      name: "a stray space inside quotes does not make a term unquoted (punct-space reports the space)",
      text: "坚定“ 四个自信”，落实 两个维护 要求。",
      errors: [{ quote: "两个维护", severity: "info" }],
    },
    {
      name: "in a short term a same-sound slip is an error, a swap only a warning",
      text: "全面从严治党要求高质量发展。全面从严制党，全面从治严党。",
      errors: [
        { quote: "全面从严制党", severity: "error", fixOutput: "全面从严治党要求高质量发展。全面从严治党，全面从治严党。" },
        { quote: "全面从治严党", severity: "warning", fixOutput: "全面从严治党要求高质量发展。全面从严制党，全面从严治党。" },
      ],
    },
    {
      name: "after an automatic number only",
      paragraphs: [{ text: "（一）民主集权制执行不到位", autoNumber: "（一）" }],
      errors: [{ quote: "民主集权制", start: 3 }],
    },
  ],
});
