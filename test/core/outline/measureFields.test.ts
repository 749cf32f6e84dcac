/**
 * A measure's own field lines (整改时限：…, 预期目标：…, 责任领导：…) under its last measure stay
 * the measure's, even where an empty line sets them apart like a signature (dev-148 with
 * blank lines); a speaker's label (对照检查人：, 发言人：) is still a signature.
 */
import { analyzeStructure } from "../../../src/core/structure";
import { paragraphsFromText } from "../../../src/host/text";

const BODY = [
  "某局干部2024年度组织生活会个人对照检查材料",
  "现将个人对照检查情况报告如下。",
  "一、存在的问题",
  "（一）理论学习不够深入。学习笔记以摘抄为主。",
  "（二）服务群众不够主动。窗口引导不及时。",
  "二、原因分析",
  "一是学习主动性不够。二是宗旨意识不牢。",
  "三、整改措施",
  "（1）每周自学不少于3小时，撰写学习体会2篇。",
  "整改时限：2025年6月底前",
  "（2）落实首问负责制，高峰期主动引导分流。",
  "整改时限：立行立改",
];
const closingStart = (lines: string[]) => {
  const text = lines.flatMap((l) => [l, ""]).join("\n");
  const doc = analyzeStructure(paragraphsFromText(text));
  const closing = doc.sections.find((s) => s.kind === "closing");
  const measures = doc.sections.find((s) => s.kind === "measures");
  return { closing: closing ? text.split("\n")[closing.start] : null, measuresEnd: measures ? text.split("\n")[measures.end] : null };
};

test.each(["预期目标：独立处理各类业务", "责任领导：分管副局长", "具体目标：纳税人评价全年无不满意", "牵头部门：办公室"])(
  "a last field line %s, set apart by an empty line, is the measure's, not the closing",
  (field) => {
    expect(closingStart([...BODY, field, "以上是我的对照检查，请同志们批评帮助。"])).toEqual({
      closing: "以上是我的对照检查，请同志们批评帮助。",
      measuresEnd: field,
    });
  },
);

test.each(["对照检查人：某某某", "发言人：某某某"])("invalid: a speaker's label %s after 批评指正 is the closing's signature", (signature) => {
  expect(closingStart([...BODY, "以上是我的对照检查，请同志们批评帮助。", signature]).closing).toBe("以上是我的对照检查，请同志们批评帮助。");
  // Before the cue and set apart, a signature-like line with no measure field still opens the closing.
  expect(closingStart([...BODY, signature, "2025年1月10日"]).closing).toBe(signature);
});
