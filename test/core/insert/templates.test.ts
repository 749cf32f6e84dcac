/** Template wording (issue 13): measures in a material's own voice, causes picked from the problems. */
import { causeRoots, measureTemplate, problemSummary, sectionBodyTemplate } from "../../../src/core/insert/templates";
import { planInsertion } from "../../../src/core/insert/planner";
import { analyzeDocument } from "../../../src/core/analyze";

describe("the measure template", () => {
  it("is a sentence of the material, not a line of the 整改清单", () => {
    const [p] = measureTemplate("（一）理论学习不够深入。");
    expect(p!.text).toBe("针对“理论学习不够深入”的问题，【写明具体措施：做什么、怎么做】，【时限】前完成。");
    expect(p!.text).not.toMatch(/责任人：|完成时限：/);
  });
  it("names who leads it only in a team's material", () => {
    expect(measureTemplate("（一）理论学习不够深入。", { team: true })[0]!.text).toMatch(/由【牵头的班子成员】牵头抓落实。$/);
    expect(measureTemplate("（一）理论学习不够深入。", { team: false })[0]!.text).not.toMatch(/牵头|责任人/);
  });
  it("quotes the problem whole or up to a clause boundary, never cut mid-word", () => {
    const long = "（二）思想政治建设中的斗争精神不足，全局观念不强，责任意识不够，对社会上一些错误思想和言论警觉不高。";
    expect(problemSummary(long)).toBe("思想政治建设中的斗争精神不足，全局观念不强，责任意识不够");
    expect(problemSummary(long, 20)).toBe("思想政治建设中的斗争精神不足");
    expect(problemSummary("（一）在带头深刻领悟“两个确立”的决定性意义方面。")).toBe("带头深刻领悟“两个确立”的决定性意义");
    // A first clause longer than the limit is kept whole.
    const one = "（三）对标对表党中央决策部署和省委市委工作要求的政治自觉还不够强";
    expect(problemSummary(one)).toBe("对标对表党中央决策部署和省委市委工作要求的政治自觉还不够强");
    // Quotes inside the quoted problem become single quotes.
    expect(measureTemplate("（一）在带头深刻领悟“两个确立”的决定性意义方面。")[0]!.text).toContain("针对“带头深刻领悟‘两个确立’的决定性意义”的问题");
  });
});

describe("the cause template", () => {
  it("picks the roots from what the problems speak of", () => {
    const roots = causeRoots(["（一）服务群众不够主动，下基层少。", "（二）执行中央八项规定精神不严，廉洁自律有松懈。"]);
    expect(roots).toEqual([
      "理想信念有所松懈，理论学习不够系统深入",
      "宗旨意识有所淡化，群众观点树得不牢",
      "党性修养有所放松，自我要求有所降低",
      "纪律规矩意识不强，从严从实要求不够",
    ]);
    expect(causeRoots(["（一）理论学习不够深入。"])).toEqual(["理想信念有所松懈，理论学习不够系统深入", "党性修养有所放松，自我要求有所降低"]);
    expect(causeRoots(["（一）担当作为不够，遇到难题绕着走。"])).toContain("担当精神有所弱化，干事创业劲头不足");
  });
  it("is no longer the same four roots whatever the problems", () => {
    const a = sectionBodyTemplate("causes", { aspects: [], problems: ["（一）联系群众不够紧密。"] }).map((t) => t.text);
    const b = sectionBodyTemplate("causes", { aspects: [], problems: ["（一）落实中央八项规定精神不严。"] }).map((t) => t.text);
    expect(a).not.toEqual(b);
  });
});

describe("numbering of an inserted item", () => {
  it("follows the level's own form: 4、 after 1、 2、 3、, not 4.", () => {
    const lines = [
      "××同志2024年度民主生活会个人对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "1、理论学习不够深入。2024年缺席中心组学习2次。",
      "2、联系群众不够紧密。全年到联系村走访仅3次。",
      "3、落实中央八项规定精神不严。2024年有1次超标准接待。",
      "二、原因分析",
      "1、理想信念有所松懈。",
      "2、宗旨意识有所淡化。",
      "三、整改措施",
      "1、深入开展理论学习。每月集中学习1次。",
      "2、密切联系群众。每季度到联系村走访2次。",
    ];
    const doc = analyzeDocument(lines.map((text, index) => ({ index, text })), { hostKind: "text", profileId: "none" });
    const problem = doc.unpairedProblems[0]!;
    const plan = planInsertion(doc, { kind: "measure", problem })!;
    expect(plan.insertion.paragraphs[0]!.text).toMatch(/^3、针对“落实中央八项规定精神不严”的问题/);
    expect(plan.insertion.paragraphs[0]!.text).not.toMatch(/责任人|牵头/);
  });
});
