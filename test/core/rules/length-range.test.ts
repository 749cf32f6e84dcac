import rule, { LENGTH_LIMITS } from "../../../src/core/rules/length-range";
import { ruleTester, runRule } from "./ruleTester";
import { material, PROBLEMS } from "./materials";

const size = (text: string) => text.replace(/\s/g, "").length;

/** A material of `n` characters or a little more, most of it in the problems section (or in the measures). */
function sized(n: number, where: "problems" | "measures" = "problems"): string {
  const filler = "一是学习不够系统，2024年缺席中心组学习2次；二是学用结合不紧。";
  const items: string[] = [];
  const build = () =>
    where === "problems" ? material({ problems: [PROBLEMS[0], ...items] }) : material({ measures: ["（一）深入开展理论学习。", ...items] });
  while (size(build()) < n) items.push(filler);
  return build();
}

ruleTester.run(rule, {
  valid: [
    { name: "about 3,000 characters, mostly problems", text: sized(3000) },
    { name: "an empty document", text: "" },
    { name: "long, but under the limit", text: sized(LENGTH_LIMITS.maxTotal - 2000) },
  ],
  invalid: [
    {
      name: "a few lines: far too short",
      text: material(),
      errors: [{ paragraph: null, severity: "warning", message: /明显偏短/ }],
    },
    {
      name: "far too long",
      text: sized(LENGTH_LIMITS.maxTotal + 1000),
      errors: [{ paragraph: null, severity: "info", message: /明显偏长/ }],
    },
    {
      name: "the problems are a small part of the whole",
      text: sized(3000, "measures"),
      errors: [{ paragraph: 2, severity: "info", data: { section: "problems" }, message: /只占全文的 \d+%/ }],
    },
  ],
});

describe("length-range data", () => {
  it("counts characters without spaces", () => {
    const [f] = runRule(rule, "对照 检查\u3000材料\n现报告如下。");
    expect(f.data).toEqual({ total: 12 });
  });
});
